import { readFileSync } from 'node:fs';
import { DEFAULT_CHART_SETTINGS, MOMENTUM_LINES } from '../src/core/charts/chartSettings';
import { validateDataset } from '../src/core/dataset/validateDataset';
import { toCsv } from '../src/core/export/csv';
import { buildCsvRows } from '../src/core/export/buildCsvRows';
import { relevancyHistogram } from '../src/core/query/aggregateRelevancy';
import { momentum, timeline } from '../src/core/query/aggregateTime';
import { coOccurrence, topValues } from '../src/core/query/aggregateValues';
import { VIEW_COLUMNS } from '../src/core/query/columns';
import { buildIndex, prepareSearch, type CorpusIndex } from '../src/core/query/corpusIndex';
import { createQueryEngine } from '../src/core/query/queryEngine';
import { runQuery } from '../src/core/query/runQuery';
import { sortIds } from '../src/core/query/sortIds';
import { EMPTY_FILTERS, type Filters, type QueryResult, type SortKey } from '../src/core/query/types';
import { ensureDataset } from './corpora';
import { sampledFigure, type Corpus, type Figure, type Measurement } from './measurement';
import { formatValue } from './report';
import { percentiles, timed } from './percentiles';

/** At least this many timed runs per sampled figure. */
export const ENGINE_SAMPLES = 50;

const CHART = DEFAULT_CHART_SETTINGS;

/** The chart aggregations with the dashboard's default chart settings. */
const CHART_AGGREGATIONS: {
  key: string;
  call: string;
  run: (index: CorpusIndex, result: QueryResult) => unknown;
}[] = [
  { key: 'relevancy', call: 'relevancyHistogram', run: (index, result) => relevancyHistogram(index, result) },
  {
    key: 'topThemes',
    call: `topValues(themes, ${CHART.topN})`,
    run: (index, result) => topValues(index, result, 'themes', CHART.topN),
  },
  {
    key: 'topKeywords',
    call: `topValues(keywords, ${CHART.topN})`,
    run: (index, result) => topValues(index, result, 'keywords', CHART.topN),
  },
  {
    key: 'timelineRelevancy',
    call: 'timeline(relevancy)',
    run: (index, result) => timeline(index, result, 'relevancy'),
  },
  { key: 'timelineKind', call: 'timeline(kind)', run: (index, result) => timeline(index, result, 'kind') },
  {
    key: 'momentum',
    call: `momentum(${MOMENTUM_LINES} themes, ${CHART.momentumWindow} months, min ${CHART.momentumMinCount})`,
    run: (index, result) =>
      momentum(index, result, {
        themes: MOMENTUM_LINES,
        months: CHART.momentumWindow,
        minCount: CHART.momentumMinCount,
      }),
  },
  {
    key: 'coOccurrence',
    call: `coOccurrence(${CHART.coOccurrenceSize})`,
    run: (index, result) => coOccurrence(index, result, CHART.coOccurrenceSize),
  },
];

function filtersWith(patch: Partial<Filters>): Filters {
  return { ...structuredClone(EMPTY_FILTERS), ...patch };
}

function sample(count: number, step: (run: number) => void): number[] {
  return Array.from({ length: count }, (_, run) => timed(() => step(run)).ms);
}

/** Distinct lower-case words of six letters or more from the signal names, enough to type `letters` keystrokes. */
function wordsToType(index: CorpusIndex, letters: number): string[] {
  const words = new Set<string>();
  let typed = 0;
  const signals = index.rows.signals;
  for (let row = 0; row < signals.count && typed < letters; row += 97) {
    for (const word of signals
      .entry(row)
      .name.toLowerCase()
      .match(/\p{L}{6,}/gu) ?? []) {
      if (words.has(word)) continue;
      words.add(word);
      typed += word.length;
      break;
    }
  }
  return [...words];
}

/**
 * Measures the query core in Node on the dataset of a corpus: one-off load steps, then
 * sampled interactions through the stateful engine, sorts, facet counts, chart aggregations
 * and the CSV of every Signals row.
 */
export function measureEngine(corpus: Corpus, log: (message: string) => void): Measurement[] {
  const file = ensureDataset(corpus);
  const measurements: Measurement[] = [];
  const add = (measure: string, label: string, figure: Figure, note?: string) => {
    measurements.push({
      group: 'engine',
      size: corpus.size,
      corpus: corpus.kind,
      measure,
      label,
      unit: 'ms',
      ...figure,
      ...(note ? { note } : {}),
    });
    log(`  ${label}: ${formatValue(figure.value, 'ms')}`);
  };
  const once = (measure: string, label: string, ms: number, note?: string) =>
    add(measure, label, { value: ms }, note);
  const sampled = (measure: string, label: string, samples: number[], note?: string) =>
    add(measure, label, sampledFigure(percentiles(samples)), note);

  const text = readFileSync(file, 'utf8');
  const parsed = timed(() => JSON.parse(text) as unknown);
  once('engine.jsonParse', 'JSON.parse of the dataset', parsed.ms);
  const checked = timed(() => validateDataset(parsed.value));
  const dataset = checked.value;
  if (!dataset.ok) throw new Error(`${file}: ${dataset.reason}`);
  once('engine.validate', 'validateDataset', checked.ms);
  const built = timed(() => buildIndex(dataset.value));
  const index = built.value;
  once('engine.buildIndex', 'buildIndex', built.ms);
  once('engine.prepareSearch', 'prepareSearch (token search index)', timed(() => prepareSearch(index)).ms);

  const engine = createQueryEngine(index);
  const unfiltered = timed(() => engine.run(filtersWith({})));
  once('engine.firstRun', 'first engine.run, no filters', unfiltered.ms);
  const all = unfiltered.value;

  const themes = all.facets.themes.map((facet) => facet.label).slice(0, ENGINE_SAMPLES / 2);
  sampled(
    'engine.theme',
    'toggle a theme (engine.run)',
    sample(themes.length * 2, (run) =>
      engine.run(filtersWith(run % 2 === 0 ? { themes: [themes[run / 2]!] } : {})),
    ),
    `${themes.length} themes, each on then off`,
  );

  const words = wordsToType(index, ENGINE_SAMPLES + 10);
  const keystrokes: number[] = [];
  for (const word of words) {
    for (let length = 1; length <= word.length; length++) {
      keystrokes.push(timed(() => engine.run(filtersWith({ text: word.slice(0, length) }))).ms);
    }
    engine.run(filtersWith({}));
  }
  sampled('engine.search', 'keystroke in Search (engine.run)', keystrokes, `typing ${words.join(', ')}`);

  const levels = [1, 2, 3, 4, 5, null];
  sampled(
    'engine.minRelevancy',
    'set minimum relevancy (engine.run)',
    sample(ENGINE_SAMPLES + 4, (run) =>
      engine.run(filtersWith({ minRelevancy: levels[run % levels.length]! })),
    ),
  );

  const signals = all.rowIds.signals;
  for (const column of ['relevancy', 'name']) {
    const label = column === 'name' ? 'Name' : 'Relevancy';
    const keys = (desc: boolean): SortKey[] => [{ column, desc }];
    once(
      `engine.sort${label}Cold`,
      `sort Signals by ${column}, first time (sortIds)`,
      timed(() => sortIds(index, 'signals', signals, keys(false))).ms,
      `${signals.length} rows; builds the column's ranks`,
    );
    sampled(
      `engine.sort${label}`,
      `sort Signals by ${column} (sortIds)`,
      sample(ENGINE_SAMPLES, (run) => sortIds(index, 'signals', signals, keys(run % 2 === 1))),
      `${signals.length} rows, ranks cached`,
    );
  }

  const pick = <T>(values: readonly T[], run: number): T[] =>
    values.length === 0 ? [] : [values[run % values.length]!];
  const labels = (facet: keyof QueryResult['facets']) => all.facets[facet].map((value) => value.label);
  sampled(
    'engine.facets',
    'all facet counts (runQuery, a value in each facet)',
    sample(ENGINE_SAMPLES, (run) =>
      runQuery(
        index,
        filtersWith({
          themes: pick(labels('themes'), run),
          keywords: pick(labels('keywords'), run),
          category: pick(labels('category'), run),
          type: pick(labels('type'), run),
        }),
      ),
    ),
    'uncached: each facet counted under every other filter',
  );

  for (const { key, call, run } of CHART_AGGREGATIONS) {
    sampled(
      `engine.chart.${key}`,
      `chart: ${call}`,
      sample(ENGINE_SAMPLES, () => run(index, all)),
      'unfiltered',
    );
  }

  const columns = VIEW_COLUMNS.signals.map((column) => column.id);
  let csvLength = 0;
  const csvSamples = sample(ENGINE_SAMPLES, () => {
    csvLength = toCsv(buildCsvRows(index, 'signals', signals, columns, { neutralizeFormulas: true })).length;
  });
  sampled(
    'engine.csv',
    'CSV of every Signals row (buildCsvRows + Papa.unparse)',
    csvSamples,
    `${signals.length} rows x ${columns.length} columns, ${(csvLength / 1e6).toFixed(1)} M chars`,
  );
  return measurements;
}
