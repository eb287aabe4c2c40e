/** The canonical dataset, exactly as ../shared/DATA-FORMAT.md fixes it. */

export const SCHEMA_VERSION = 2;

/** The versions a reader of this one still reads: version 1 is read and upgraded (see validateDataset). */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

export interface Entry {
  name: string;
  /** "" when the table has no description column. */
  description: string;
  /** 1..5, null when absent or unreadable. */
  relevancy: number | null;
}

export interface Signal extends Entry {
  change: string;
  tenYear: string;
  drivingForce: string;
}

export interface Brief {
  id: string;
  file: string;
  title: string;
  page: string | null;
  date: string | null;
  pageUrl: string | null;
  url: string | null;
  keywords: string[];
  themes: string[];
  category: string | null;
  type: string | null;
  summary: string;
  signals: Signal[];
  concerns: Entry[];
  behaviors: Entry[];
  technologies: Entry[];
  issues: Entry[];
  related: RelatedBrief[];
  /** Strongest first, at most three; [] when no topic fits (or none was computed yet). */
  topics: BriefTopic[];
  warnings: string[];
}

/** A brief named in Closest: its id and the link's text ("" when none), so an absent brief still has a name. */
export interface RelatedBrief {
  id: string;
  title: string;
}

/** A topic a brief belongs to, with how strongly (0..1]. */
export interface BriefTopic {
  id: string;
  weight: number;
}

/** A subject found in the briefs' own text (see src/core/topics). */
export interface Topic {
  /** Stable: the same input gives the same ids; derived from the topic's terms, not its position. */
  id: string;
  /** A short human name from its most distinctive terms, e.g. "AI regulation · EU · policy". */
  label: string;
  /** One line from its most representative signals. */
  description: string;
  /** The most distinctive terms, strongest first. */
  terms: string[];
  /** Briefs whose primary topic this is. */
  size: number;
}

export interface DatasetStats {
  files: number;
  briefs: number;
  skipped: number;
  warnings: number;
}

export interface Dataset {
  schemaVersion: typeof SCHEMA_VERSION;
  briefs: Brief[];
  /** Largest first; [] until computed (a version-1 file, briefs imported in the browser). */
  topics: Topic[];
  stats: DatasetStats;
}

/** The five row tables of a brief, in display order. */
export const ENTRY_KINDS = ['signals', 'concerns', 'behaviors', 'technologies', 'issues'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  signals: 'Signals',
  concerns: 'Concerns',
  behaviors: 'Behaviors',
  technologies: 'Technologies',
  issues: 'Issues',
};

/** Results, not exceptions, wherever input comes from outside. */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };
