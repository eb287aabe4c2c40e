import { assignUniqueIds, buildDataset } from '../dataset/buildDataset';
import { ENTRY_KINDS, type Brief, type Dataset, type Result } from '../model/types';
import { keepHttpUrl } from '../parse/headerLine';
import { parseBrief, type ParseOptions } from '../parse/parseBrief';
import { countOf } from '../parse/text';
import { decodeText, noteReplacedBytes } from './decodeText';
import { binaryReason, looksBinary, type FileKind } from './fileKind';
import { readCsvExports, type CsvFileRead } from './readCsvExports';
import { readDatasetJson } from './readDatasetJson';

/** One file of an import after it was read on its own; CSV files are read together at the end (they join on brief ids). */
export type SourceRead =
  | { file: string; kind: 'brief'; result: Result<Brief> }
  | { file: string; kind: 'dataset'; result: Result<Dataset> }
  | { file: string; kind: 'csv'; text: string }
  | { file: string; kind: 'refused'; reason: string };

export type FileReport =
  | { file: string; status: 'read'; briefs: number; rows: number; warnings: string[] }
  | { file: string; status: 'rejected'; reason: string };

export interface ImportOutcome {
  /** Null when no file gave a brief. */
  dataset: Dataset | null;
  /** One per file offered, in the order given. */
  reports: FileReport[];
  /** Files inside folders that were not read (not .md/.txt, or hidden). */
  ignored: string[];
}

/**
 * Reads one file's bytes as the kind it was classified as (see classifyFile): binary content is
 * refused, invalid UTF-8 is replaced and, in a brief, named in its warnings, like ingest does.
 */
export function readSource(
  file: string,
  kind: FileKind,
  bytes: Uint8Array,
  options: ParseOptions = {},
): SourceRead {
  if (looksBinary(bytes)) return refusedSource(file, binaryReason(kind));
  const decoded = decodeText(bytes);
  if (!decoded.ok) return refusedSource(file, decoded.reason);
  const { text, replaced } = decoded.value;
  if (kind === 'csv') return { file, kind, text };
  if (kind === 'dataset') return { file, kind, result: readDatasetJson(text) };
  const result = parseBrief(text, file, options);
  if (result.ok) noteReplacedBytes(result.value, replaced);
  return { file, kind, result };
}

/** A file refused before its content was read (size, binary, unreadable). */
export function refusedSource(file: string, reason: string): SourceRead {
  return { file, kind: 'refused', reason };
}

/** What one file adds: its report, its briefs (CSV briefs are added jointly), and its files read and skipped. */
interface Contribution {
  report: FileReport;
  briefs: Brief[];
  files: number;
  skipped: number;
}

/**
 * Puts the files of one import together, with a report per file: what was read (briefs, rows,
 * warnings) or rejected and why. The dataset is assembled like ingest does (buildDataset: ids made
 * unique, briefs sorted); a dataset file's stats count its files, any other file counts as one.
 * Links other than http(s) in a dataset file are removed and said, as the parser does for briefs.
 */
export function assembleImport(reads: readonly SourceRead[], ignored: readonly string[] = []): ImportOutcome {
  const csv = readCsvExports(
    reads.flatMap((read) => (read.kind === 'csv' ? [{ file: read.file, text: read.text }] : [])),
  );
  const csvResults = csv.files.values();
  const contributions = reads.map((read) =>
    contributionOf(read, read.kind === 'csv' ? csvResults.next().value!.result : null),
  );
  const reports = contributions.map((contribution) => contribution.report);
  const parts = [...contributions, { report: null, briefs: csv.briefs }];
  const briefs = parts.flatMap((part) => part.briefs);
  if (briefs.length === 0) return { dataset: null, reports, ignored: [...ignored] };

  const unique = assignUniqueIds(briefs);
  let position = 0;
  for (const { report, briefs: partBriefs } of parts) {
    for (const brief of partBriefs) {
      const renamed = unique[position++]!;
      if (renamed !== brief && report?.status === 'read') report.warnings.push(renamed.warnings.at(-1)!);
    }
  }
  let files = 0;
  let skipped = 0;
  for (const contribution of contributions) {
    files += contribution.files;
    skipped += contribution.skipped;
  }
  return { dataset: buildDataset(unique, { files, skipped }), reports, ignored: [...ignored] };
}

function contributionOf(read: SourceRead, csvResult: Result<CsvFileRead> | null): Contribution {
  const { file } = read;
  const rejected = (reason: string): Contribution => ({
    report: { file, status: 'rejected', reason },
    briefs: [],
    files: 1,
    skipped: 1,
  });
  switch (read.kind) {
    case 'refused':
      return rejected(read.reason);
    case 'csv': {
      if (csvResult === null || !csvResult.ok) return rejected(csvResult?.reason ?? 'not read');
      return { report: { file, status: 'read', ...csvResult.value }, briefs: [], files: 1, skipped: 0 };
    }
    case 'brief': {
      if (!read.result.ok) return rejected(read.result.reason);
      const brief = read.result.value;
      const report: FileReport = {
        file,
        status: 'read',
        briefs: 1,
        rows: rowsOf([brief]),
        warnings: [...brief.warnings],
      };
      return { report, briefs: [brief], files: 1, skipped: 0 };
    }
    case 'dataset': {
      if (!read.result.ok) return rejected(read.result.reason);
      const { stats, briefs: original } = read.result.value;
      const briefs = original.map(withWebLinksOnly);
      const changed = briefs.filter((brief, position) => brief !== original[position]).length;
      const warnings =
        changed === 0
          ? []
          : [
              `links that are not http(s) removed from ${countOf(changed, 'brief')} (named in their warnings)`,
            ];
      const report: FileReport = {
        file,
        status: 'read',
        briefs: briefs.length,
        rows: rowsOf(briefs),
        warnings,
      };
      return { report, briefs, files: stats.files, skipped: stats.skipped };
    }
  }
}

function rowsOf(briefs: readonly Brief[]): number {
  let rows = 0;
  for (const brief of briefs) for (const kind of ENTRY_KINDS) rows += brief[kind].length;
  return rows;
}

/** The brief with its page and article links set to null, and said so, unless they are http(s). */
function withWebLinksOnly(brief: Brief): Brief {
  const warnings = [...brief.warnings];
  const pageUrl = brief.pageUrl === null ? null : keepHttpUrl(brief.pageUrl, 'page URL', warnings);
  const url = brief.url === null ? null : keepHttpUrl(brief.url, 'article URL', warnings);
  return warnings.length === brief.warnings.length ? brief : { ...brief, pageUrl, url, warnings };
}
