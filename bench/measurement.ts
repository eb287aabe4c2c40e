import type { Stats } from './percentiles';

export type Group = 'ingest' | 'engine' | 'browser' | 'bundle';

/** Briefs from the project's generator, or copies of the real briefs (bench/realDerived.ts). */
export type CorpusKind = 'synthetic' | 'real';
export const CORPUS_KINDS: readonly CorpusKind[] = ['synthetic', 'real'];

export interface Corpus {
  kind: CorpusKind;
  size: number;
}
export const GROUPS: readonly Group[] = ['ingest', 'engine', 'browser', 'bundle'];

/** Sizes use decimal units: MB = 10^6 bytes, kB = 10^3 bytes. */
export type Unit = 'ms' | 's' | 'MB' | 'MB/s' | 'kB';

/** One figure: `value` is what a budget judges (p95 for sampled timings, else the single reading). */
export interface Figure {
  value: number;
  p50?: number;
  p95?: number;
  /** Samples behind p50/p95. */
  count?: number;
}

export interface Measurement extends Figure {
  group: Group;
  /** Stable id, e.g. "browser.theme"; budgets refer to it. */
  measure: string;
  label: string;
  /** Briefs in the corpus; null for figures that do not depend on it (the bundle). */
  size: number | null;
  /** The kind of corpus measured; absent for the bundle and in results written before real-derived corpora. */
  corpus?: CorpusKind;
  unit: Unit;
  /** Browser figures: each run's own figure; the measurement holds their medians. */
  runs?: Figure[];
  note?: string;
}

/** A sampled timing as a figure judged on its p95. */
export function sampledFigure(stats: Stats): Figure {
  return { value: stats.p95, p50: stats.p50, p95: stats.p95, count: stats.count };
}
