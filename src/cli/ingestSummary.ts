import { ENTRY_KINDS, type Brief, type EntryKind } from '../core/model/types';
import type { BriefCounts } from '../core/parse/countBrief';
import { formatCount, plural } from '../core/format/formatCount';
import { formatMegabytes, formatSeconds } from './format';
import type { Skip } from './readInputs';

/** What the summary and the report need of a brief that was read (see countBrief). */
export type IngestedBrief = Pick<Brief, 'file' | 'warnings'> & { counts: BriefCounts };

export interface IngestSummary {
  files: number;
  /** Files in the folders that are not .md/.txt. */
  ignored: number;
  bytes: number;
  milliseconds: number;
  briefs: readonly IngestedBrief[];
  skipped: readonly Skip[];
  out: string;
  outBytes: number;
  report: string | null;
}

const LISTED_SKIPS = 10;

export function formatIngestSummary(summary: IngestSummary): string {
  const { briefs, skipped } = summary;
  const rows = countRows(briefs);
  const totalRows = ENTRY_KINDS.reduce((sum, kind) => sum + rows[kind], 0);
  const warnings = briefs.reduce((sum, brief) => sum + brief.warnings.length, 0);
  const briefsWithWarnings = briefs.filter((brief) => brief.warnings.length > 0).length;
  const seconds = summary.milliseconds / 1000;
  const speed = seconds > 0 ? `${(summary.bytes / 1_000_000 / seconds).toFixed(1)} MB/s` : 'instant';
  const lines = [
    `Read ${plural(briefs.length, 'brief')} from ${plural(summary.files, 'file')} (${formatMegabytes(summary.bytes)}) in ${formatSeconds(summary.milliseconds)}, ${speed}`,
    `Rows: ${ENTRY_KINDS.map((kind) => `${formatCount(rows[kind])} ${kind}`).join(', ')} (${formatCount(totalRows)} in all)`,
    warnings === 0
      ? 'Warnings: none'
      : `Warnings: ${formatCount(warnings)} in ${plural(briefsWithWarnings, 'brief')}${summary.report ? ` (all in ${summary.report})` : ' (--report FILE lists them)'}`,
  ];
  if (summary.ignored > 0) lines.push(`Ignored ${plural(summary.ignored, 'file')} not ending in .md or .txt`);
  if (skipped.length > 0) {
    lines.push(`Skipped ${plural(skipped.length, 'file')}:`);
    for (const skip of skipped.slice(0, LISTED_SKIPS)) lines.push(`  ${skip.file}: ${skip.reason}`);
    if (skipped.length > LISTED_SKIPS) lines.push(`  and ${formatCount(skipped.length - LISTED_SKIPS)} more`);
  }
  if (summary.outBytes > 0) lines.push(`Wrote ${summary.out} (${formatMegabytes(summary.outBytes)})`);
  return `${lines.join('\n')}\n`;
}

/** Every warning and skip as `file: message`, in reading order. */
export function formatReport(outcomes: readonly ({ brief: IngestedBrief } | { skip: Skip })[]): string {
  const lines: string[] = [];
  for (const outcome of outcomes) {
    if ('skip' in outcome) lines.push(`${outcome.skip.file}: skipped: ${outcome.skip.reason}`);
    else for (const warning of outcome.brief.warnings) lines.push(`${outcome.brief.file}: ${warning}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function countRows(briefs: readonly IngestedBrief[]): Record<EntryKind, number> {
  const rows: Record<EntryKind, number> = {
    signals: 0,
    concerns: 0,
    behaviors: 0,
    technologies: 0,
    issues: 0,
  };
  for (const { counts } of briefs) for (const kind of ENTRY_KINDS) rows[kind] += counts[kind];
  return rows;
}
