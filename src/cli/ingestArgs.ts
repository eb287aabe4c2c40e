import type { Result } from '../core/model/types';
import { MAX_TOPICS, MIN_TOPICS } from '../core/topics/topicModel';
import { readArgs } from './cliArgs';

export interface IngestOptions {
  /** Folders and/or brief files, as given. */
  inputs: string[];
  out: string;
  report: string | null;
  /** ISO yyyy-mm-dd; briefs dated after it are flagged. */
  today: string;
  /** How many topics to find; null lets the data decide (see topicCountFor). */
  topicCount: number | null;
}

export const INGEST_USAGE =
  'usage: npm run ingest -- <folder or files...> [--out FILE] [--report FILE] [--today YYYY-MM-DD] [--topics N]';
export const DEFAULT_OUT = 'public/data/briefs.json';

/** `defaultToday` is the caller's local date: the only clock reading, and --today replaces it. */
export function parseIngestArgs(argv: readonly string[], defaultToday: string): Result<IngestOptions> {
  const args = readArgs(argv, ['out', 'report', 'today', 'topics']);
  if (!args.ok) return args;
  const { values, positionals } = args.value;
  if (positionals.length === 0)
    return { ok: false, reason: 'no input given: name a folder of .md/.txt briefs' };
  const today = values.today ?? defaultToday;
  if (!isIsoDate(today)) return { ok: false, reason: `--today expects a date as YYYY-MM-DD, got "${today}"` };
  const topics = values.topics;
  const topicCount = topics === undefined ? null : Number(topics);
  if (
    topicCount !== null &&
    !(Number.isInteger(topicCount) && topicCount >= MIN_TOPICS && topicCount <= MAX_TOPICS)
  )
    return {
      ok: false,
      reason: `--topics expects a whole number from ${MIN_TOPICS} to ${MAX_TOPICS}, got "${topics}"`,
    };
  return {
    ok: true,
    value: {
      inputs: positionals,
      out: values.out ?? DEFAULT_OUT,
      report: values.report ?? null,
      today,
      topicCount,
    },
  };
}

export function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
