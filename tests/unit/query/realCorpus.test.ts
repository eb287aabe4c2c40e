import { readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildDataset } from '../../../src/core/dataset/buildDataset';
import { ENTRY_KINDS, ENTRY_KIND_LABELS, type Brief } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';
import { buildIndex, type CorpusIndex } from '../../../src/core/query/corpusIndex';
import { runQuery } from '../../../src/core/query/runQuery';
import { EMPTY_FILTERS, type Filters } from '../../../src/core/query/types';
import { corpusDir, corpusFileNames, describeWithCorpus } from '../../support/corpus';

const CORPUS = corpusDir('real');

/** One raw file read with a plain line reader: its sections as lists of lines. */
interface RawFile {
  id: string;
  sections: Map<string, string[]>;
}

function readRaw(file: string): RawFile {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of readFileSync(join(CORPUS, file), 'utf8').split(/\r?\n/)) {
    if (line.startsWith('## ')) {
      current = [];
      sections.set(line.slice(3).trim(), current);
    } else if (current !== null) {
      current.push(line);
    }
  }
  return { id: parse(file).name, sections };
}

/** The themes of a raw file: its bullets, or, when every bullet is one character, those characters spelling a comma-separated list. */
function rawThemes(raw: RawFile): string[] {
  const bullets = (raw.sections.get('Themes') ?? [])
    .filter((line) => line.startsWith('* '))
    .map((line) => line.slice(2));
  if (bullets.length > 0 && bullets.every((bullet) => bullet.length <= 1)) return bullets.join('').split(',');
  return bullets;
}

/** Table rows of a section whose relevancy column holds at least `level`. */
function rawRowsAtLeast(raw: RawFile, section: string, level: number): number {
  const cellsOf = (line: string) =>
    line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => cell.trim());
  const table = (raw.sections.get(section) ?? []).filter((line) => line.trim().startsWith('|'));
  if (table.length === 0) return 0;
  const column = cellsOf(table[0]!)
    .map((cell) => cell.toLowerCase())
    .indexOf('relevancy');
  if (column < 0) return 0;
  return table.slice(1).filter((line) => {
    const cell = cellsOf(line)[column] ?? '';
    return /^\d+$/.test(cell) && Number(cell) >= level;
  }).length;
}

describeWithCorpus('the real corpus', () => {
  const files = corpusFileNames('real');
  const raws = files.map(readRaw);
  let index: CorpusIndex;
  const query = (filters: Partial<Filters>) => runQuery(index, { ...EMPTY_FILTERS, ...filters });
  const idsOf = (briefIds: Uint32Array) => Array.from(briefIds, (number) => index.briefs[number]!.id).sort();

  beforeAll(() => {
    const briefs: Brief[] = [];
    for (const file of files) {
      const parsed = parseBrief(readFileSync(join(CORPUS, file), 'utf8'), file);
      if (parsed.ok) briefs.push(parsed.value);
    }
    index = buildIndex(buildDataset(briefs, { files: files.length, skipped: files.length - briefs.length }));
  });

  it('indexes every file as a brief', () => {
    expect(index.briefs.length).toBe(files.length);
    expect(query({}).briefIds.length).toBe(files.length);
  });

  it('finds the briefs carrying each of the most common themes', () => {
    const filesByTheme = new Map<string, Set<string>>();
    for (const raw of raws) {
      for (const theme of rawThemes(raw)) {
        const key = index.fold.keyOf(theme);
        if (key !== '') filesByTheme.set(key, (filesByTheme.get(key) ?? new Set()).add(raw.id));
      }
    }
    const common = [...filesByTheme].sort((a, b) => b[1].size - a[1].size).slice(0, 5);
    expect(common[0]![1].size).toBeGreaterThan(1);
    const counts = query({}).facets.themes;
    for (const [key, ids] of common) {
      expect(idsOf(query({ themes: [key.toUpperCase()] }).briefIds)).toEqual([...ids].sort());
      expect(counts.find((value) => value.key === key)?.count).toBe(ids.size);
    }
  });

  it.each(ENTRY_KINDS)('keeps the %s rows rated 4 or more', (kind) => {
    const expected = raws.reduce((sum, raw) => sum + rawRowsAtLeast(raw, ENTRY_KIND_LABELS[kind], 4), 0);
    expect(expected).toBeGreaterThan(0);
    expect(query({ minRelevancy: 4 }).rowIds[kind].length).toBe(expected);
  });

  it('finds AI as a word: the Signals rows with a word starting "AI" in their cells or their brief title or summary, and no others', () => {
    const word = /(?<![\p{L}\p{N}\p{M}])ai/iu;
    const expected: number[] = [];
    let row = 0;
    for (const brief of index.briefs) {
      for (const signal of brief.signals) {
        const { name, description, change, tenYear, drivingForce } = signal;
        const cells = [name, description, change, tenYear, drivingForce, brief.title, brief.summary];
        if (cells.some((cell) => word.test(cell))) expected.push(row);
        row++;
      }
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(Array.from(query({ text: 'AI' }).rowIds.signals)).toEqual(expected);
  });

  it('finds the briefs dated within a year by their page id', () => {
    const in2024 = files.flatMap((file, position) => {
      const page =
        /\[([^\]]*)\]\(/.exec(readFileSync(join(CORPUS, file), 'utf8').split(/\r?\n/, 1)[0]!)?.[1] ?? '';
      const date = /^(\d{4})(\d{2})(\d{2})/.exec(page.trim());
      if (date === null) return [];
      const [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
      const valid =
        new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
      return valid && year === 2024 ? [raws[position]!.id] : [];
    });
    expect(in2024.length).toBeGreaterThan(0);
    expect(idsOf(query({ dateFrom: '2024-01', dateTo: '2024-12' }).briefIds)).toEqual(in2024.sort());
  });
});
