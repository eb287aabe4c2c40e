import type { ImportOutcome } from '../core/import/assembleImport';

/** A file offered for import: `path` names it in reports (relative to the folder chosen, when it came from one). */
export interface OfferedFile {
  file: File;
  path: string;
  /** Found inside a folder: then only .md/.txt files are read, like ingest does. */
  inFolder: boolean;
}

export interface ParseRequest {
  files: OfferedFile[];
  /** The user's local date, yyyy-mm-dd: briefs dated after it are flagged. */
  today: string;
}

export type ParseReply =
  | { type: 'progress'; done: number; total: number; file: string }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; reason: string };
