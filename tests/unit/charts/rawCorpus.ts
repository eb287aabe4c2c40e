import { ENTRY_KINDS, ENTRY_KIND_LABELS, type EntryKind } from '../../../src/core/model/types';
import { readCorpus } from '../../support/corpus';

/** What a test needs of one raw brief, read with plain line operations (no project code). */
export interface RawBrief {
  file: string;
  text: string;
  /** yyyy-mm-dd from the page id's first eight digits when they form a real date. */
  date: string | null;
  /** Lower-cased, spacing collapsed, each once. */
  themes: string[];
  /** Per kind: the relevancy of each table row, 0 when it has none or an unreadable one. */
  rows: Record<EntryKind, number[]>;
}

export function readRawCorpus(): RawBrief[] {
  return readCorpus('real').map(({ file, text }) => readRawBrief(file, text));
}

function readRawBrief(file: string, text: string): RawBrief {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  const lines = text.split(/\r?\n/);
  for (const line of lines) {
    if (line.startsWith('## ')) {
      current = [];
      sections.set(line.slice(3).trim().toLowerCase(), current);
    } else if (current !== null) {
      current.push(line);
    }
  }
  const rows = {} as Record<EntryKind, number[]>;
  for (const kind of ENTRY_KINDS)
    rows[kind] = tableRelevancies(sections.get(ENTRY_KIND_LABELS[kind].toLowerCase()) ?? []);
  return { file, text, date: pageDate(lines[0] ?? ''), themes: themesOf(sections.get('themes') ?? []), rows };
}

function pageDate(firstLine: string): string | null {
  const page = firstLine.slice(firstLine.indexOf('[') + 1, firstLine.indexOf(']('));
  const digits = /^(\d{4})(\d{2})(\d{2})/.exec(page.trim());
  if (digits === null) return null;
  const [year, month, day] = [Number(digits[1]), Number(digits[2]), Number(digits[3])];
  const real = new Date(Date.UTC(year, month - 1, day));
  const valid =
    real.getUTCFullYear() === year && real.getUTCMonth() === month - 1 && real.getUTCDate() === day;
  return valid ? `${digits[1]}-${digits[2]}-${digits[3]}` : null;
}

/** Bullets, or, when every bullet is a single character, the comma-separated list they spell. */
function themesOf(lines: readonly string[]): string[] {
  const bullets = lines.filter((line) => line.startsWith('* ')).map((line) => line.slice(2));
  const values =
    bullets.length > 0 && bullets.every((bullet) => bullet.length <= 1)
      ? bullets.join('').split(',')
      : bullets;
  const normalised = values
    .map((value) => value.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((value) => value !== '');
  return [...new Set(normalised)];
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** The relevancy of every data row of the section's table (0 without a valid one). */
function tableRelevancies(lines: readonly string[]): number[] {
  const table = lines.filter((line) => line.trim().startsWith('|'));
  if (table.length < 2) return [];
  const column = cells(table[0]!)
    .map((cell) => cell.toLowerCase())
    .indexOf('relevancy');
  return table.slice(2).map((line) => {
    const value = column < 0 ? '' : (cells(line)[column] ?? '');
    return /^[1-5]$/.test(value) ? Number(value) : 0;
  });
}
