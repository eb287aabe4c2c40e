import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/model/types';
import { seriousViolations } from './support/axe';
import { chromiumPath, launchBrowser, trackConsoleErrors, waitForWholeDataset } from './support/browser';
import { startPreviewServer } from './support/server';
import { servedIndex } from './support/servedIndex';

const ROOT = resolve(import.meta.dirname, '../..');
// Which spellings are one label is the app's own fold (tested in tests/unit/labels); counts are plain code.
const fold = servedIndex(resolve(ROOT, 'public/data/briefs.json')).fold;
const normalize = (value: string) => fold.keyOf(value);

describe.skipIf(chromiumPath === null)('foresight views', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let dataset: Dataset;

  const frame = () => page.locator('figure.chart-frame');
  const blips = () => frame().locator('.radar-blip');

  async function open(search: string) {
    await page.goto(`${server.url}${search}`);
    await waitForWholeDataset(page);
    await frame().waitFor();
  }

  beforeAll(async () => {
    if (!existsSync(resolve(ROOT, 'dist/index.html')))
      throw new Error('no dist/: run `npx vite build` first');
    dataset = JSON.parse(readFileSync(resolve(ROOT, 'public/data/briefs.json'), 'utf8')) as Dataset;
    server = await startPreviewServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    errors = trackConsoleErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the radar with a named, focusable blip per label and states its rules', async () => {
    await open('?chart=radar&radarWindow=12');
    await blips().first().waitFor();
    const names = await blips().evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
    expect(names.length).toBeGreaterThan(3);
    for (const name of names)
      expect(name).toMatch(/^.+, (Emerging|Growing|Established|Fading), \d+ briefs?$/);
    await expect
      .poll(() => frame().locator('.chart-note').last().textContent())
      .toMatch(
        /^Rings from the centre: Emerging, Growing, Established, Fading\. Emerging: first seen in the last 12 months\./,
      );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('filters to a blip from the keyboard: the caption counts the briefs carrying the theme, as the JSON says', async () => {
    await open('?chart=radar&radarWindow=12');
    await blips().first().focus();
    const name = (await blips().first().getAttribute('aria-label'))!;
    const theme = name.slice(0, name.lastIndexOf(', ', name.lastIndexOf(', ') - 1));
    const expected = dataset.briefs.filter((brief) =>
      brief.themes.some((value) => normalize(value) === normalize(theme)),
    ).length;
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: new RegExp(`^Remove filter Theme: `, 'i') }).waitFor();
    await expect
      .poll(() => frame().locator('figcaption').textContent())
      .toMatch(new RegExp(` · ${expected} briefs?$`));
    const behind = page.getByRole('region', { name: 'Briefs behind this mark' });
    expect(await behind.getByRole('heading').textContent()).toContain(`(${expected} brief`);
    await behind.getByRole('button', { name: 'Show the Signals table' }).waitFor();
  });

  it('lays the radar out with no two texts overlapping, in full screen too', async () => {
    await open('?chart=radar&radarWindow=12&radarMin=1');
    await blips().first().waitFor();
    const overlaps = () =>
      frame()
        .locator('svg.radar')
        .evaluate((svg) => {
          const boxes = [...svg.querySelectorAll('text')].map((text) => text.getBoundingClientRect());
          const found: string[] = [];
          boxes.forEach((a, i) =>
            boxes.slice(i + 1).forEach((b, j) => {
              if (
                a.left < b.right - 0.5 &&
                b.left < a.right - 0.5 &&
                a.top < b.bottom - 0.5 &&
                b.top < a.bottom - 0.5
              )
                found.push(`${i} ~ ${i + 1 + j}`);
            }),
          );
          return found;
        });
    expect(await overlaps()).toEqual([]);
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => frame().getAttribute('class')).toContain('chart-frame--presenting');
    await blips().first().waitFor();
    expect(await overlaps()).toEqual([]);
    await page.keyboard.press('Escape');
  });

  /** The quarter (yyyy-Qn) of the newest brief dated up to today, and its first and last day. */
  function newestQuarter() {
    const today = new Date().toISOString().slice(0, 10);
    const newest = dataset.briefs
      .map((brief) => brief.date)
      .filter((date): date is string => date !== null && date <= today)
      .sort()
      .at(-1)!;
    const quarter = Math.floor((Number(newest.slice(5, 7)) - 1) / 3);
    const year = newest.slice(0, 4);
    const lastMonth = quarter * 3 + 3;
    const lastDay = new Date(Date.UTC(Number(year), lastMonth, 0)).getUTCDate();
    return {
      label: `${year}-Q${quarter + 1}`,
      from: `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`,
      to: `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}`,
    };
  }
  const briefsBetween = (from: string, to: string) =>
    dataset.briefs.filter((brief) => brief.date !== null && brief.date >= from && brief.date <= to).length;

  it('shows what is new in a quarter chosen in the URL, with the briefs counted from the JSON', async () => {
    const quarter = newestQuarter();
    await open(`?chart=news&quarter=${quarter.label}`);
    const note = frame().locator('.foresight-view .chart-note').first();
    const count = briefsBetween(quarter.from, quarter.to);
    await expect
      .poll(() => note.textContent())
      .toMatch(new RegExp(`^${count} matching briefs? in ${quarter.label}, compared with `));
    const heading = frame().getByRole('heading', { name: new RegExp(`^First seen in ${quarter.label}`) });
    const shown = Number((await heading.textContent())!.match(/\((\d+)\)/)![1]);
    expect(await frame().locator('.news-list > li').count()).toBe(Math.min(shown, 40));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('compares two periods: counts from the JSON, sortable headers, and a CSV of every row', async () => {
    const quarter = newestQuarter();
    const a = '2000-01-01..2010-12-31';
    const b = `${quarter.from}..${quarter.to}`;
    await open(`?chart=compare&periodA=${a}&periodB=${b}&compareBy=category`);
    const note = frame().locator('.foresight-view .chart-note');
    await expect
      .poll(() => note.textContent())
      .toContain(`B: ${quarter.from} to ${quarter.to}, ${briefsBetween(quarter.from, quarter.to)} briefs.`);
    const categories = new Set(
      dataset.briefs
        .filter(
          (brief) =>
            brief.date !== null &&
            brief.date >= quarter.from &&
            brief.date <= quarter.to &&
            brief.category !== null,
        )
        .map((brief) => normalize(brief.category!)),
    );
    const rows = frame().locator('.foresight-table tbody tr');
    expect(await rows.count()).toBeLessThanOrEqual(categories.size);
    expect(await rows.count()).toBeGreaterThan(0);
    const header = frame().getByRole('columnheader', { name: /^Briefs B/ });
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const counts = await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelectorAll('td')[2]!.textContent)),
    );
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      frame().getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      /^trendscope-compare-category-2000-01-01-2010-12-31-vs-.*\.csv$/,
    );
    const text = readFileSync((await file.path())!, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      `Category,Briefs 2000-01-01..2010-12-31,Share 2000-01-01..2010-12-31 (%),Briefs ${b},Share ${b} (%),Change (points),Lift`,
    );
    expect(lines.length - 1).toBe(await rows.count());
  });

  it('marks a brief dated after today in the table and in its dialog', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const future = dataset.briefs.filter((brief) => brief.date !== null && brief.date > today);
    expect(future.length).toBeGreaterThan(0);
    await page.goto(`${server.url}?brief=${future[0]!.id}`);
    await waitForWholeDataset(page);
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.locator('[data-future-date]').textContent())
      .toBe(`⚠ ${future[0]!.date} (dated after today)`);
    await page.keyboard.press('Escape');
    // Newest first: the future-dated briefs lead the table, each marked; the first past date is not.
    const dates = page.getByRole('grid').locator('.cell-date');
    await expect.poll(() => dates.first().getAttribute('data-future-date')).toBe('');
    const marked = await dates.evaluateAll((cells) =>
      cells.map((cell) => cell.hasAttribute('data-future-date')),
    );
    expect(marked.slice(0, Math.min(future.length, marked.length)).every(Boolean)).toBe(true);
    if (marked.length > future.length) expect(marked[future.length]).toBe(false);
  });

  it('logged no console error', () => {
    expect(errors).toEqual([]);
  });
});
