/** The canonical dataset, exactly as ../shared/DATA-FORMAT.md fixes it. */

export const SCHEMA_VERSION = 1;

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
  related: string[];
  warnings: string[];
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
