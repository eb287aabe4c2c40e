import { beforeAll, describe, expect, it } from 'vitest';
import { isDemoId } from '../../../src/core/generate/demoId';
import { generateBriefs, type GeneratedBrief } from '../../../src/core/generate/generateBriefs';
import { PLANTED_SUBJECTS } from '../../../src/core/generate/subjects';
import { ENTRY_KINDS } from '../../../src/core/model/types';
import { parseBrief } from '../../../src/core/parse/parseBrief';

const CORPUS_SIZE = 2000;
let corpus: GeneratedBrief[];

/** Generating and parsing 2,000 briefs takes a second or two, more on a busy machine. */
const CORPUS_TIMEOUT = 30_000;

beforeAll(() => {
  corpus = [...generateBriefs({ briefs: CORPUS_SIZE, seed: 7 })];
}, CORPUS_TIMEOUT);

/** The page id as written in a brief's title line (either layout). */
function pageOf(text: string): string {
  const match = /^# __.*__, \(?from (?:page )?\(?\[([^\]]*)\]/.exec(text);
  if (!match) throw new Error(`no title line in ${text.slice(0, 80)}`);
  return match[1] ?? '';
}

function linesOf(text: string): string[] {
  return text.split('\n');
}

function share(predicate: (brief: GeneratedBrief) => boolean): number {
  return corpus.filter(predicate).length / corpus.length;
}

/** Items of a bulleted section, as written. */
function bulletsOf(text: string, heading: string): string[] {
  const start = text.indexOf(`## ${heading}\n`);
  if (start === -1) return [];
  const end = text.indexOf('\n## ', start + 1);
  return linesOf(text.slice(start, end === -1 ? undefined : end))
    .filter((line) => line.startsWith('*'))
    .map((line) => line.replace(/^\* ?/, ''));
}

describe('generateBriefs', { timeout: CORPUS_TIMEOUT }, () => {
  it('is deterministic for a seed', () => {
    const again = generateBriefs({ briefs: CORPUS_SIZE, seed: 7 });
    for (const expected of corpus.slice(0, 300)) {
      const next = again.next();
      expect(next.done).toBe(false);
      expect(next.value).toEqual(expected);
    }
  });

  it('differs from one seed to another, in content and file names', () => {
    const other = [...generateBriefs({ briefs: 200, seed: 8 })];
    const same = other.filter((brief, i) => brief.text === corpus[i]?.text).length;
    expect(same).toBe(0);
    expect(other[0]?.file).toBe('demo-s8-00001.md');
    expect(corpus[41]?.file).toBe('demo-s7-00042.md');
  });

  it('names every file demo-s<seed>-<5 digits>.md, so every id is a demo id', () => {
    expect(corpus.every((brief) => /^demo-s7-\d{5}\.md$/.test(brief.file))).toBe(true);
    expect(new Set(corpus.map((brief) => brief.file)).size).toBe(CORPUS_SIZE);
    expect(corpus.every((brief) => isDemoId(brief.file.replace(/\.md$/, '')))).toBe(true);
  });

  it('writes both layouts, about 64% A and 36% B, as the real corpus', () => {
    const layoutA = share(
      (brief) => brief.text.startsWith('# __') && /__, \(from page \[/.test(linesOf(brief.text)[0]!),
    );
    const layoutB = share((brief) => /__, from \(\[/.test(linesOf(brief.text)[0]!));
    expect(layoutA + layoutB).toBe(1);
    expect(layoutA).toBeGreaterThan(0.6);
    expect(layoutA).toBeLessThan(0.68);
    expect(
      share((brief) => brief.text.includes('| Signal ') && brief.text.includes('| 10y horizon')),
    ).toBeCloseTo(layoutB, 5);
  });

  it('writes realistically sized briefs (about 9 KB on average)', () => {
    const bytes = corpus.reduce((sum, brief) => sum + new TextEncoder().encode(brief.text).length, 0);
    expect(bytes / CORPUS_SIZE).toBeGreaterThan(7000);
    expect(bytes / CORPUS_SIZE).toBeLessThan(11000);
  });

  describe('carries the quirks of real briefs at their rates', () => {
    it.each([
      ['page id with a letter suffix (20250511d)', (page: string) => /^\d{8}[a-z]$/.test(page), 0.02, 0.06],
      [
        'page id with a slug (20251231-a-yearly-review)',
        (page: string) => /^\d{8}-[a-z-]+$/.test(page),
        0.01,
        0.035,
      ],
      ['page id that is a number (4320.0)', (page: string) => /^\d+\.0$/.test(page), 0.01, 0.035],
      ['page id with a trailing space', (page: string) => /^\d{8} $/.test(page), 0.003, 0.02],
      [
        'page date in the future',
        (page: string) => /^\d{8}/.test(page) && page.slice(0, 8) > '20261128',
        0.02,
        0.05,
      ],
    ])('%s', (_, test, low, high) => {
      const rate = share((brief) => test(pageOf(brief.text)));
      expect(rate).toBeGreaterThanOrEqual(low);
      expect(rate).toBeLessThanOrEqual(high);
    });

    it.each([
      ['keywords one character per bullet', (text: string) => /(\n\* .){10}/.test(text), 0.008, 0.03],
      [
        'Technologies as description | relevancy | src',
        (text: string) => /\n\| description +\| +relevancy \| src/.test(text),
        0.001,
        0.015,
      ],
      ['an empty bullet', (text: string) => /\n\* ?\n/.test(text), 0.001, 0.015],
      ['non-English text', (text: string) => /[äöüßéèçñ]|[\u3040-\u30ff\u4e00-\u9fff]/.test(text), 0.01, 0.1],
      ['typographic quotes', (text: string) => /[“”’]/.test(text), 0.02, 0.12],
      ['a euro sign', (text: string) => text.includes('€'), 0.01, 0.08],
      ['a cell longer than 1,500 characters', (text: string) => /\| [^|\n]{1500,}/.test(text), 0.001, 0.015],
      ['an escaped pipe in a cell', (text: string) => text.includes('\\|'), 0.001, 0.015],
      ['a Closest section', (text: string) => text.includes('\n## Closest\n'), 0.3, 0.5],
      [
        'tables without a relevancy column',
        (text: string) => /\n\| name +\| description +\|\n/.test(text),
        0.25,
        0.45,
      ],
      ['compact (unpadded) tables', (text: string) => text.includes('\n| --- |'), 0.05, 0.15],
      [
        'sections out of the usual order',
        (text: string) => /## Issues[\s\S]*## Signals|## Summary[\s\S]*## Keywords[\s\S]*## Other/.test(text),
        0.01,
        0.08,
      ],
    ])('%s', (_, test, low, high) => {
      const rate = share((brief) => test(brief.text));
      expect(rate).toBeGreaterThanOrEqual(low);
      expect(rate).toBeLessThanOrEqual(high);
    });

    it.each([
      ['page-number', (brief: GeneratedBrief) => /^\d+\.0$/.test(pageOf(brief.text))],
      ['page-trailing-space', (brief: GeneratedBrief) => pageOf(brief.text).endsWith(' ')],
      ['split-lists', (brief: GeneratedBrief) => /(\n\* .){10}/.test(brief.text)],
      [
        'src-technologies',
        (brief: GeneratedBrief) => /\n\| description +\| +relevancy \| src/.test(brief.text),
      ],
      ['escaped-pipe', (brief: GeneratedBrief) => brief.text.includes('\\|')],
    ] as const)('records %s in intended.quirks exactly when the text has it', (quirk, inText) => {
      const recorded = corpus
        .filter((brief) => brief.intended.quirks.includes(quirk))
        .map((brief) => brief.file);
      expect(recorded.length).toBeGreaterThan(0);
      expect(corpus.filter(inText).map((brief) => brief.file)).toEqual(recorded);
    });

    it('links to the brief itself from some Closest lists', () => {
      const selfLinking = corpus.filter((brief) =>
        brief.text.includes(`](${brief.file.replace(/\.md$/, '')})`),
      );
      expect(selfLinking.length).toBeGreaterThan(5);
    });
  });

  describe('spreads its values realistically', () => {
    it('draws 3-8 themes per brief from a long tail: most carried by one brief, a few by dozens', () => {
      const counts = new Map<string, number>();
      for (const brief of corpus) {
        expect(brief.intended.themes.length).toBeGreaterThanOrEqual(3);
        expect(brief.intended.themes.length).toBeLessThanOrEqual(8);
        for (const theme of brief.intended.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
      }
      const frequencies = [...counts.values()].sort((a, b) => b - a);
      expect(frequencies.filter((count) => count === 1).length).toBeGreaterThan(0.7 * frequencies.length);
      expect(frequencies[0]!).toBeGreaterThan(30);
    });

    it('draws 5-10 keywords per brief from tens of thousands', () => {
      const keywords = new Set(
        corpus.flatMap((brief) => brief.intended.keywords.map((k) => k.toLowerCase())),
      );
      expect(keywords.size).toBeGreaterThan(8000);
      expect(
        corpus.every((brief) => brief.intended.keywords.length >= 5 && brief.intended.keywords.length <= 10),
      ).toBe(true);
    });

    it('uses about 8 categories and 10 types', () => {
      const categories = new Set(
        corpus.flatMap((brief) =>
          bulletsOf(brief.text, 'Other').filter((item) => item.startsWith('Category: ')),
        ),
      );
      const types = new Set(
        corpus.flatMap((brief) => bulletsOf(brief.text, 'Other').filter((item) => item.startsWith('Type: '))),
      );
      expect(categories.size).toBe(8);
      expect(types.size).toBe(10);
    });

    it('dates briefs from 2021 on, more of them in recent years', () => {
      const years = corpus
        .map((brief) => pageOf(brief.text))
        .filter((page) => /^\d{8}/.test(page))
        .map((page) => page.slice(0, 4));
      const inYears = (first: string, last: string) =>
        years.filter((year) => year >= first && year <= last).length;
      expect(inYears('2021', '2026')).toBeGreaterThan(0.9 * years.length);
      expect(inYears('2025', '2026')).toBeGreaterThan(1.5 * inYears('2021', '2022'));
      expect(years.some((year) => year < '2021')).toBe(false);
    });

    it('rates rows 3-5, mostly 4, as the real briefs', () => {
      const relevancies = corpus.flatMap((brief) =>
        linesOf(brief.text)
          .map((line) => /\| +([1-5]) \|$/.exec(line)?.[1])
          .filter((value) => value !== undefined),
      );
      const fours = relevancies.filter((value) => value === '4').length;
      expect(relevancies.length).toBeGreaterThan(8 * CORPUS_SIZE);
      expect(fours / relevancies.length).toBeGreaterThan(0.45);
      expect(new Set(relevancies)).toEqual(new Set(['3', '4', '5']));
    });

    it('averages about 5 signals, 6-7 rows in each other table and 4-5 technologies (layout A)', () => {
      const layoutA = corpus.filter((brief) => brief.intended.layout === 'A');
      const average = (kind: (typeof ENTRY_KINDS)[number]) =>
        layoutA.reduce((sum, brief) => sum + brief.intended.rows[kind], 0) / layoutA.length;
      expect(average('signals')).toBeCloseTo(5, 0);
      for (const kind of ['concerns', 'behaviors', 'issues'] as const) {
        expect(average(kind)).toBeGreaterThan(6);
        expect(average(kind)).toBeLessThan(7);
      }
      expect(average('technologies')).toBeGreaterThan(4);
      expect(average('technologies')).toBeLessThan(5);
    });
  });

  describe('plants known subjects', () => {
    const briefsOf = (id: string) => corpus.filter((brief) => brief.subject === id);

    it('gives every brief one of about 20 subjects, their sizes on a skewed curve', () => {
      expect(PLANTED_SUBJECTS.length).toBe(20);
      expect(new Set(PLANTED_SUBJECTS.map((subject) => subject.id)).size).toBe(20);
      const sizes = PLANTED_SUBJECTS.map((subject) => briefsOf(subject.id).length);
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(CORPUS_SIZE);
      expect(Math.min(...sizes)).toBeGreaterThan(20);
      expect(Math.max(...sizes)).toBeGreaterThan(3 * Math.min(...sizes));
    });

    it("writes each brief around its subject's vocabulary", () => {
      for (const subject of PLANTED_SUBJECTS) {
        const own = briefsOf(subject.id);
        const mentions = (brief: GeneratedBrief) =>
          subject.keywords.filter((keyword) => brief.text.toLowerCase().includes(keyword.toLowerCase()))
            .length;
        const others = corpus.filter((brief) => brief.subject !== subject.id).slice(0, own.length);
        const mean = (briefs: GeneratedBrief[]) =>
          briefs.reduce((sum, brief) => sum + mentions(brief), 0) / briefs.length;
        expect(mean(own)).toBeGreaterThan(2);
        expect(mean(own)).toBeGreaterThan(5 * mean(others));
      }
    });

    it('dates the briefs of emerging subjects later than those of fading ones', () => {
      const medianDate = (trend: string) => {
        const dates = corpus
          .filter(
            (brief) => PLANTED_SUBJECTS.find((subject) => subject.id === brief.subject)?.trend === trend,
          )
          .flatMap((brief) => (brief.intended.date === null ? [] : [brief.intended.date]))
          .sort();
        return dates[Math.floor(dates.length / 2)]!;
      };
      expect(medianDate('emerging') > '2025-01-01').toBe(true);
      expect(medianDate('fading') < '2023-06-01').toBe(true);
      expect(medianDate('steady') > medianDate('fading')).toBe(true);
      expect(medianDate('steady') < medianDate('emerging')).toBe(true);
    });
  });

  it('writes briefs that all parse, with the rows, keywords, themes and date intended', () => {
    const mismatches: string[] = [];
    for (const generated of corpus) {
      const parsed = parseBrief(generated.text, generated.file, { today: '2026-11-28' });
      if (!parsed.ok) {
        mismatches.push(`${generated.file}: ${parsed.reason}`);
        continue;
      }
      const brief = parsed.value;
      const { intended } = generated;
      const rows = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, brief[kind].length]));
      if (JSON.stringify(rows) !== JSON.stringify(intended.rows)) mismatches.push(`${generated.file}: rows`);
      if (JSON.stringify(brief.keywords) !== JSON.stringify(intended.keywords))
        mismatches.push(`${generated.file}: keywords`);
      if (JSON.stringify(brief.themes) !== JSON.stringify(intended.themes))
        mismatches.push(`${generated.file}: themes`);
      if (brief.date !== intended.date) mismatches.push(`${generated.file}: date`);
      if (brief.related.some(({ id }) => id === brief.id))
        mismatches.push(`${generated.file}: self link kept`);
    }
    expect(mismatches).toEqual([]);
  });
});
