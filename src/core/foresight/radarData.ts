import { withoutFutureBriefs } from '../charts/timeScope';
import { ENTRY_KINDS } from '../model/types';
import { briefCountsPerValue, topValueIds } from '../query/aggregateValues';
import type { CorpusIndex } from '../query/corpusIndex';
import type { FacetName, QueryResult } from '../query/types';
import type { BlipInput } from './radarLayout';
import {
  stageCounts,
  stageOf,
  stageWindow,
  type StageCounts,
  type StageRules,
  type StageWindow,
} from './stages';

export interface RadarSettings {
  /** The facet whose largest values are the segments (topics or category). */
  segmentFacet: FacetName;
  segmentCount: number;
  /** The facet whose values are the blips (themes or keywords). */
  blipFacet: FacetName;
  /** Blips drawn per segment at most, the largest first. */
  blipsPerSegment: number;
  /** A value carried by fewer filtered briefs is not drawn. */
  minBriefs: number;
}

export interface RadarBlip extends BlipInput {
  counts: StageCounts;
  /** Mean relevancy of the matching rows of its briefs; null when none is rated. */
  meanRelevancy: number | null;
  /** Value id in the blip facet (for filtering to it). */
  valueId: number;
}

export interface RadarData {
  segments: { key: string; label: string; briefs: number }[];
  blips: RadarBlip[];
  window: StageWindow | null;
  /** Filtered briefs dated after today, left out of the stages. */
  futureBriefs: number;
  /** Values with enough briefs that are not drawn: outside the segments, or past blipsPerSegment. */
  notDrawn: number;
}

/** Per brief, the sum and number of relevancy ratings of its matching rows. */
function briefRelevancy(index: CorpusIndex, result: QueryResult): { sum: Float64Array; rated: Uint32Array } {
  const sum = new Float64Array(index.briefs.length);
  const rated = new Uint32Array(index.briefs.length);
  for (const kind of ENTRY_KINDS) {
    const { briefOf, relevancy } = index.rows[kind];
    for (const row of result.rowIds[kind]) {
      const level = relevancy[row]!;
      if (level === 0) continue;
      sum[briefOf[row]!]! += level;
      rated[briefOf[row]!]!++;
    }
  }
  return { sum, rated };
}

/**
 * The radar's content for the filtered briefs: the largest values of the segment facet as segments,
 * and the values of the blip facet as blips, each in the segment most of its briefs belong to (a
 * brief belongs to its first segment value, the primary topic for topics), staged by the dates of
 * its briefs. Briefs dated after `today` (yyyymmdd) are left out.
 */
export function radarData(
  index: CorpusIndex,
  fullResult: QueryResult,
  settings: RadarSettings,
  rules: StageRules,
  today: string,
): RadarData {
  const { result, future } = withoutFutureBriefs(index, fullResult, today);
  const segmentValues = index.facets[settings.segmentFacet];
  const segmentCounts = briefCountsPerValue(index, settings.segmentFacet, result.briefIds);
  const segmentIds = topValueIds(index, settings.segmentFacet, segmentCounts, settings.segmentCount);
  const slotOfValue = new Int32Array(segmentValues.keys.length).fill(-1);
  segmentIds.forEach((id, slot) => (slotOfValue[id] = slot));

  const included = new Uint8Array(index.briefs.length);
  const segmentOfBrief = new Int32Array(index.briefs.length).fill(-1);
  for (const brief of result.briefIds) {
    included[brief] = 1;
    for (let i = segmentValues.briefOffsets[brief]!; i < segmentValues.briefOffsets[brief + 1]!; i++) {
      const slot = slotOfValue[segmentValues.briefValues[i]!]!;
      if (slot >= 0) {
        segmentOfBrief[brief] = slot;
        break;
      }
    }
  }

  const window = stageWindow(index.briefDate, result.briefIds, rules.windowMonths);
  const values = index.facets[settings.blipFacet];
  const { sum, rated } = briefRelevancy(index, result);
  const candidates: RadarBlip[][] = segmentIds.map(() => []);
  let notDrawn = 0;
  const perSegment = new Uint32Array(segmentIds.length);
  for (let value = 0; value < values.keys.length; value++) {
    const from = values.valueOffsets[value]!;
    const to = values.valueOffsets[value + 1]!;
    let briefs = 0;
    let relevancySum = 0;
    let ratedRows = 0;
    perSegment.fill(0);
    for (let i = from; i < to; i++) {
      const brief = values.valueBriefs[i]!;
      if (included[brief] !== 1) continue;
      briefs++;
      relevancySum += sum[brief]!;
      ratedRows += rated[brief]!;
      const slot = segmentOfBrief[brief]!;
      if (slot >= 0) perSegment[slot]!++;
    }
    if (briefs < settings.minBriefs || window === null) continue;
    let segment = -1;
    perSegment.forEach((count, slot) => {
      if (count > 0 && (segment < 0 || count > perSegment[segment]!)) segment = slot;
    });
    const counts = stageCounts(values.valueBriefs.subarray(from, to), included, index.briefDate, window);
    const stage = stageOf(counts, window, rules);
    if (segment < 0 || stage === null) {
      notDrawn++;
      continue;
    }
    candidates[segment]!.push({
      key: values.keys[value]!,
      label: values.labels[value]!,
      valueId: value,
      segment,
      stage,
      size: briefs,
      counts,
      meanRelevancy: ratedRows === 0 ? null : relevancySum / ratedRows,
    });
  }
  const blips = candidates.flatMap((list) => {
    list.sort((a, b) => b.size - a.size || a.label.localeCompare(b.label));
    notDrawn += Math.max(0, list.length - settings.blipsPerSegment);
    return list.slice(0, settings.blipsPerSegment);
  });
  return {
    segments: segmentIds.map((id) => ({
      key: segmentValues.keys[id]!,
      label: segmentValues.labels[id]!,
      briefs: segmentCounts[id]!,
    })),
    blips,
    window,
    futureBriefs: future,
    notDrawn,
  };
}
