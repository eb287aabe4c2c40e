import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './paths';

/** The real briefs beside the repository; never copied into it (bench/corpora is gitignored). */
export const REAL_CORPUS_DIR = resolve(ROOT, '../shared/corpus/real');

const DAY_MS = 86_400_000;
/** Each round of copies is dated this many days earlier than the one before, wrapping over four years. */
const SHIFT_DAYS = 29;
const SPAN_DAYS = 4 * 365;

/**
 * Writes `size` briefs into `folder` (emptied first): the real briefs in turn, each copy under a new
 * file name (so a new id), the n-th round of copies with its page dates moved n * 29 days back
 * (modulo four years), so the corpus spans years as the real one does. Page ids that are not dates
 * stay as they are.
 */
export function writeRealDerived(size: number, folder: string): void {
  const sources = readdirSync(REAL_CORPUS_DIR)
    .filter((file) => /\.(md|txt)$/.test(file))
    .sort()
    .map((file) => readFileSync(join(REAL_CORPUS_DIR, file), 'utf8'));
  if (sources.length === 0) throw new Error(`no briefs in ${REAL_CORPUS_DIR}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (let index = 0; index < size; index++) {
    const round = Math.floor(index / sources.length);
    const text = shiftPageDate(sources[index % sources.length]!, (round * SHIFT_DAYS) % SPAN_DAYS);
    writeFileSync(join(folder, `real-${String(index + 1).padStart(5, '0')}.md`), text);
  }
}

/** The brief with the yyyymmdd page date of its title line (page id and link) moved `days` back. */
export function shiftPageDate(text: string, days: number): string {
  if (days === 0) return text;
  const lineEnd = text.indexOf('\n');
  const title = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const match = /\[\s*(\d{4})(\d{2})(\d{2})/.exec(title);
  if (match === null) return text;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return text;
  const shifted = new Date(time - days * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
  return title.replaceAll(`${match[1]}${match[2]}${match[3]}`, shifted) + text.slice(title.length);
}
