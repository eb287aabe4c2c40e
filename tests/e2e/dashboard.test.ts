import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief, Dataset } from '../../src/core/model/types';
import { chromiumPath, launchBrowser, trackConsoleErrors, waitForWholeDataset } from './support/browser';
import { startPreviewServer } from './support/server';
import { servedIndex } from './support/servedIndex';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA_FILE = resolve(ROOT, 'public/data/briefs.json');

// Expected figures are computed here with plain code from the served file, not with the app's query
// engine; which spellings are one label is the app's own fold (tested in tests/unit/labels).
const served = servedIndex(DATA_FILE);
const normalize = (value: string) => served.fold.keyOf(value);
const FACET_OF_GROUP = {
  Themes: 'themes',
  Keywords: 'keywords',
  Category: 'category',
  Type: 'type',
} as const;
/** The label the sidebar shows a value under: its group's most common spelling. */
const shownLabel = (group: keyof typeof FACET_OF_GROUP, key: string) => {
  const values = served.facets[FACET_OF_GROUP[group]];
  return values.labels[values.idByKey.get(key)!]!;
};
const format = (count: number) => count.toLocaleString('en-US');
const collator = new Intl.Collator(undefined, { sensitivity: 'accent', numeric: true });
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');

function briefsWithTheme(briefs: readonly Brief[], theme: string): Brief[] {
  return briefs.filter((brief) => brief.themes.some((value) => normalize(value) === normalize(theme)));
}

/** Values of a facet by the number of briefs carrying them, most frequent first. */
function countValues(
  briefs: readonly Brief[],
  valuesOf: (brief: Brief) => (string | null)[],
): [string, number][] {
  const counts = new Map<string, number>();
  for (const brief of briefs) {
    for (const key of new Set(
      valuesOf(brief).flatMap((value) => (value === null ? [] : [normalize(value)])),
    )) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The first rows' cell texts, once the table shows the rows of the latest change (they follow the count by a frame). */
async function cellTexts(page: Page, rows: number): Promise<string[][]> {
  await page.locator('[role="tabpanel"][aria-busy="false"]').waitFor();
  return page
    .getByRole('grid')
    .evaluate(
      (grid, count) =>
        Array.from({ length: count }, (_, position) =>
          Array.from(
            grid.querySelectorAll(`[aria-rowindex="${position + 2}"] [role="gridcell"]`),
            (cell) => cell.textContent ?? '',
          ),
        ),
      rows,
    );
}

describe.skipIf(chromiumPath === null)('dashboard', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let dataset: Dataset;

  const status = () => page.getByRole('tabpanel').getByRole('status');
  const themes = () => page.getByRole('group', { name: 'Themes' });
  const header = (name: string) => page.getByRole('columnheader', { name, exact: true });
  const expectStatus = (text: string) => expect.poll(() => status().textContent()).toBe(text);
  const expectSort = (name: string, sort: string) =>
    expect.poll(() => header(name).getAttribute('aria-sort')).toBe(sort);
  /** The list item of a facet value, found by its label in any letter case. */
  const facetItem = (facet: keyof typeof FACET_OF_GROUP, key: string) =>
    page
      .getByRole('group', { name: facet })
      .locator('li')
      .filter({ has: page.locator('.facet__label', { hasText: exactly(shownLabel(facet, key)) }) });

  async function open(search = '') {
    await page.goto(`${server.url}${search}`);
    await waitForWholeDataset(page);
  }

  /** Presses Tab until `accept` (run in the page) holds for the focused element. */
  async function tabUntil(accept: () => boolean, limit = 120): Promise<void> {
    for (let presses = 0; presses < limit; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(accept)) return;
    }
    throw new Error(`nothing acceptable took focus within ${limit} presses of Tab`);
  }

  /** The aria-sort of the column header holding the focused element. */
  const focusedHeaderSort = () =>
    page.evaluate(() => document.activeElement?.closest('[role="columnheader"]')?.getAttribute('aria-sort'));

  beforeAll(async () => {
    if (!existsSync(resolve(ROOT, 'dist/index.html')))
      throw new Error('no dist/: run `npx vite build` first');
    dataset = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as Dataset;
    server = await startPreviewServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    errors = trackConsoleErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the first rows, the counts and the demo label', async () => {
    const total = dataset.briefs.length;
    await open();
    await expectStatus(`${format(total)} of ${format(total)} briefs`);
    await expect.poll(() => page.getByRole('banner').textContent()).toContain('Demo data');
    // The rows follow the count by a frame.
    await expect.poll(() => page.getByRole('grid').getAttribute('aria-rowcount')).toBe(String(total + 1));
    const [firstRow] = await cellTexts(page, 1);
    expect(firstRow?.[0]).toBe(dataset.briefs[0]!.title);
    expect(await page.getByRole('grid').getByRole('row').count()).toBeLessThan(60);
    await page.getByRole('tab', { name: 'Signals', exact: true }).click();
    const signals = dataset.briefs.reduce((sum, brief) => sum + brief.signals.length, 0);
    await expectStatus(`${format(signals)} of ${format(signals)} signals`);
  });

  it('filters by a theme, with crossfiltered facet counts', async () => {
    await open();
    const themeCounts = countValues(dataset.briefs, (brief) => brief.themes);
    const [theme] = themeCounts[1]!;
    const label = await facetItem('Themes', theme).locator('.facet__label').textContent();
    await themes().getByRole('checkbox', { name: label!, exact: true }).check();
    const matching = briefsWithTheme(dataset.briefs, theme);
    await expectStatus(`${format(matching.length)} of ${format(dataset.briefs.length)} briefs`);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('theme')).toEqual([label]);
    // The rows follow the count: the first one is the newest matching brief.
    expect((await cellTexts(page, 1))[0]?.[0]).toBe(matching[0]!.title);

    // Other facets count within the theme's briefs; the Themes facet ignores its own selection.
    const [category, categoryCount] = countValues(matching, (brief) => [brief.category])[0]!;
    await expect
      .poll(() => facetItem('Category', category).locator('.facet__count').textContent())
      .toBe(format(categoryCount));
    const [otherTheme, otherCount] = themeCounts[0]!;
    expect(await facetItem('Themes', otherTheme).locator('.facet__count').textContent()).toBe(
      format(otherCount),
    );

    await page.getByRole('tab', { name: 'Signals', exact: true }).click();
    const signals = matching.reduce((sum, brief) => sum + brief.signals.length, 0);
    const allSignals = dataset.briefs.reduce((sum, brief) => sum + brief.signals.length, 0);
    await expectStatus(`${format(signals)} of ${format(allSignals)} signals`);
  });

  it('sorts by a header click and adds a secondary sort with shift-click', async () => {
    await open();
    await header('Date').getByRole('button').click();
    await expectSort('Date', 'ascending');
    const earliest = dataset.briefs.flatMap((brief) => (brief.date === null ? [] : [brief.date])).sort()[0];
    expect((await cellTexts(page, 1))[0]?.[1]).toBe(earliest);

    await header('Date').getByRole('button').click();
    await expectSort('Date', 'descending');
    await header('Title')
      .getByRole('button')
      .click({ modifiers: ['Shift'] });
    await expectSort('Title', 'ascending');
    await expectSort('Date', 'descending');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('-date,title');
    const rows = await cellTexts(page, 12);
    for (let position = 1; position < rows.length; position++) {
      const [previousTitle, previousDate] = rows[position - 1]!;
      const [title, date] = rows[position]!;
      expect(date! <= previousDate!).toBe(true);
      if (date === previousDate) expect(collator.compare(previousTitle!, title!)).toBeLessThanOrEqual(0);
    }

    await header('Date')
      .getByRole('button')
      .click({ modifiers: ['Shift'] });
    await expectSort('Date', 'none');
    await expectSort('Title', 'ascending');
  });

  it('opens a brief, then a related one, and Esc gives focus back to the row', async () => {
    const ids = new Set(dataset.briefs.map((brief) => brief.id));
    const brief = dataset.briefs.find((candidate) => candidate.related.some(({ id }) => ids.has(id)));
    await open(`?q=${encodeURIComponent(brief?.title ?? dataset.briefs[0]!.title)}`);
    const row = page
      .getByRole('row')
      .filter({ hasText: brief?.title ?? dataset.briefs[0]!.title })
      .first();
    await row.click();
    const dialog = page.getByRole('dialog', { name: brief?.title ?? dataset.briefs[0]!.title });
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    if (brief !== undefined) {
      const related = dataset.briefs.find(
        (candidate) => candidate.id === brief.related.find(({ id }) => ids.has(id))?.id,
      )!;
      await dialog.getByRole('button', { name: related.title, exact: true }).click();
      await page.getByRole('dialog', { name: related.title }).waitFor();
      await expect.poll(() => new URL(page.url()).searchParams.get('brief')).toBe(related.id);
    }
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await row.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('brief')).toBeNull();
  });

  it('keeps the view across a reload and restores the previous one on Back', async () => {
    await open();
    const [theme] = countValues(dataset.briefs, (brief) => brief.themes)[0]!;
    const matching = briefsWithTheme(dataset.briefs, theme).length;
    const total = dataset.briefs.length;
    await themes().getByRole('checkbox').first().check();
    await expectStatus(`${format(matching)} of ${format(total)} briefs`);
    await header('Title').getByRole('button').click();
    await expectSort('Title', 'ascending');
    // The address is written once the change is on screen.
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('title');

    await page.reload();
    await expectStatus(`${format(matching)} of ${format(total)} briefs`);
    await expectSort('Title', 'ascending');
    expect(await themes().getByRole('checkbox').first().isChecked()).toBe(true);

    await page.goBack();
    await expectSort('Title', 'none');
    await expectStatus(`${format(matching)} of ${format(total)} briefs`);
    await page.goBack();
    await expectStatus(`${format(total)} of ${format(total)} briefs`);
    await page.goForward();
    await expectStatus(`${format(matching)} of ${format(total)} briefs`);
  });

  it('works from the keyboard alone', async () => {
    await open();
    const total = dataset.briefs.length;
    await tabUntil(
      () =>
        document.activeElement?.matches('input[type="checkbox"]:not([role="switch"])') === true &&
        document.activeElement.closest('fieldset')?.querySelector('legend')?.textContent === 'Themes',
    );
    await page.keyboard.press('Space');
    await expect.poll(() => status().textContent()).not.toBe(`${format(total)} of ${format(total)} briefs`);

    await tabUntil(() => document.activeElement?.matches('[role="columnheader"] button') === true);
    expect(await focusedHeaderSort()).toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(focusedHeaderSort).toBe('ascending');

    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search');
  });

  it('explains a missing, broken, outdated or empty dataset and what to do', async () => {
    const cases: [{ status: number; body: string }, string][] = [
      [{ status: 404, body: 'Not found' }, 'No dataset found'],
      [{ status: 200, body: '{"schemaVersion":1,"briefs":[' }, 'The dataset is not valid JSON'],
      [
        { status: 200, body: JSON.stringify({ schemaVersion: 3, briefs: [], stats: {} }) },
        'The dataset does not have the expected format',
      ],
      [
        {
          status: 200,
          body: JSON.stringify({
            schemaVersion: 1,
            briefs: [],
            stats: { files: 0, briefs: 0, skipped: 0, warnings: 0 },
          }),
        },
        'The dataset has no briefs',
      ],
    ];
    const failing = await browser.newPage();
    const failingErrors = trackConsoleErrors(failing);
    for (const [response, title] of cases) {
      await failing.route('**/data/briefs.json', (route) =>
        route.fulfill({ ...response, contentType: 'application/json' }),
      );
      await failing.goto(server.url);
      const alert = failing.getByRole('alert');
      await alert.waitFor();
      expect(await alert.getByRole('heading').textContent()).toBe(title);
      expect(await alert.textContent()).toMatch(/ingest/);
      await failing.unrouteAll();
    }
    // The browser itself reports the 404; the app must add nothing.
    expect(failingErrors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
    await failing.close();
  });

  it('reads quotes, brackets, backslashes and non-ASCII text exactly, in a dataset read in several batches', async () => {
    // The file is parsed in batches (the first of about 256 kB, then 1 MB each); this one is about 2 MB, so the briefs below fall in different ones.
    expect(readFileSync(DATA_FILE).byteLength).toBeGreaterThan(1.5 * 2 ** 20);
    const tricky = structuredClone(dataset);
    const titles = [
      'Ünïcödé “curly” "straight" \\ back]slash} [x] {y}, 😀 עברית',
      'Last brief: \\"escaped\\" é\\ü — ]}',
    ];
    tricky.briefs[0]!.title = titles[0]!;
    tricky.briefs.at(-1)!.title = titles[1]!;
    const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await other.route('**/data/briefs.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(tricky) }),
    );
    await other.goto(server.url);
    await waitForWholeDataset(other);
    const otherStatus = other.getByRole('tabpanel').getByRole('status');
    await expect
      .poll(() => otherStatus.textContent())
      .toBe(`${format(tricky.briefs.length)} of ${format(tricky.briefs.length)} briefs`);
    expect((await cellTexts(other, 1))[0]?.[0]).toBe(titles[0]);
    // The worker read it in batches: the page never had to fetch the whole file again to parse it at once.
    const pageFetches = await other.evaluate(
      () =>
        performance.getEntriesByType('resource').filter((entry) => entry.name.includes('briefs.json')).length,
    );
    expect(pageFetches).toBe(0);
    await other.getByRole('searchbox').first().fill('brief: \\"escaped');
    await expect.poll(() => otherStatus.textContent()).toBe(`1 of ${format(tricky.briefs.length)} briefs`);
    expect((await cellTexts(other, 1))[0]?.[0]).toBe(titles[1]);
    await other.close();
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
