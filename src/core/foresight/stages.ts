import { addMonths, dayAfter } from './months';

/** Where a label stands, read from the dates of the briefs that carry it. Inner ring first. */
export const STAGES = ['emerging', 'growing', 'established', 'fading'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  emerging: 'Emerging',
  growing: 'Growing',
  established: 'Established',
  fading: 'Fading',
};

export interface StageRules {
  /** Months in the recent window, which ends on the newest dated brief. */
  windowMonths: number;
  /** Growing: share of recent briefs at least this many times its share of earlier briefs. */
  riseRatio: number;
  /** Fading: share of recent briefs at most this many times its share of earlier briefs. */
  fallRatio: number;
}

export const DEFAULT_STAGE_RULES: StageRules = { windowMonths: 6, riseRatio: 1.5, fallRatio: 0.5 };

/** The recent window, as inclusive yyyymmdd bounds, and how many briefs fall in it and before it. */
export interface StageWindow {
  start: number;
  end: number;
  recentBriefs: number;
  earlierBriefs: number;
}

/** One value's briefs in the recent window and before it. */
export interface StageCounts {
  recent: number;
  earlier: number;
}

/**
 * The stage of a value from its briefs in the window and before it, against all briefs in each:
 * first seen in the window is Emerging; otherwise its share of recent briefs against its share of
 * earlier ones decides Growing (at least riseRatio), Fading (at most fallRatio) or Established.
 * Null when the value has no dated brief at all.
 */
export function stageOf(counts: StageCounts, window: StageWindow, rules: StageRules): Stage | null {
  if (counts.recent === 0 && counts.earlier === 0) return null;
  if (counts.earlier === 0) return 'emerging';
  const earlierShare = counts.earlier / window.earlierBriefs;
  const recentShare = window.recentBriefs === 0 ? 0 : counts.recent / window.recentBriefs;
  const ratio = recentShare / earlierShare;
  if (ratio >= rules.riseRatio) return 'growing';
  if (ratio <= rules.fallRatio) return 'fading';
  return 'established';
}

/**
 * The recent window of `windowMonths` months ending on the newest date among `briefIds` (dates as
 * yyyymmdd, -1 for none; future-dated briefs are expected to be left out already). Null when no
 * brief is dated.
 */
export function stageWindow(
  briefDate: Int32Array,
  briefIds: Uint32Array,
  windowMonths: number,
): StageWindow | null {
  let end = -1;
  for (const brief of briefIds) end = Math.max(end, briefDate[brief]!);
  if (end < 0) return null;
  const start = dayAfter(addMonths(end, -windowMonths));
  let recentBriefs = 0;
  let earlierBriefs = 0;
  for (const brief of briefIds) {
    const date = briefDate[brief]!;
    if (date < 0) continue;
    if (date >= start) recentBriefs++;
    else earlierBriefs++;
  }
  return { start, end, recentBriefs, earlierBriefs };
}

/** One value's counts per window, from the briefs that carry it (any order), keeping only `included` ones. */
export function stageCounts(
  valueBriefs: ArrayLike<number>,
  included: Uint8Array,
  briefDate: Int32Array,
  window: StageWindow,
): StageCounts {
  let recent = 0;
  let earlier = 0;
  for (let i = 0; i < valueBriefs.length; i++) {
    const brief = valueBriefs[i]!;
    if (included[brief] !== 1) continue;
    const date = briefDate[brief]!;
    if (date < 0) continue;
    if (date >= window.start) recent++;
    else earlier++;
  }
  return { recent, earlier };
}

/** The caption that states the rules, so a reader of the slide knows how a label got its ring. */
export function stageRulesCaption(rules: StageRules): string {
  const months = `${rules.windowMonths} month${rules.windowMonths === 1 ? '' : 's'}`;
  return (
    `Emerging: first seen in the last ${months}. ` +
    `Growing: share of briefs in the last ${months} at least ${rules.riseRatio}× its share before. ` +
    `Fading: at most ${rules.fallRatio}×. Established: in between.`
  );
}
