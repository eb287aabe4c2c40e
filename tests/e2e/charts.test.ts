import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabelFold } from '../../src/core/labels/labelFold';
import { ENTRY_KINDS, type Brief, type Dataset } from '../../src/core/model/types';
import type { CorpusIndex } from '../../src/core/query/corpusIndex';
import { chromiumPath, launchBrowser, trackConsoleErrors, waitForWholeDataset } from './support/browser';
import { startPreviewServer } from './support/server';
import { servedIndex } from './support/servedIndex';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA_FILE = resolve(ROOT, 'public/data/briefs.json');

// Expected figures are worked out here with plain code from the served file, not with the app's code,
// but for which spellings are one label: that is the app's own fold (tested in tests/unit/labels).
let fold: LabelFold;
const normalize = (value: string) => fold.keyOf(value);
const pad = (value: number) => String(value).padStart(2, '0');
const now = new Date();
const TODAY = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** Distinct values of a list facet among the briefs, with how many briefs carry each, most first. */
function valueCounts(briefs: readonly Brief[], valuesOf: (brief: Brief) => string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const brief of briefs) {
    for (const value of new Set(
      valuesOf(brief)
        .map(normalize)
        .filter((value) => value !== ''),
    )) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

const hasTheme = (theme: string) => (brief: Brief) =>
  brief.themes.some((value) => normalize(value) === theme);

/** Pairs (kind, relevancy 1..5) with at least one row among the briefs. */
function kindLevelPairs(briefs: readonly Brief[]): number {
  const pairs = new Set<string>();
  for (const brief of briefs) {
    for (const kind of ENTRY_KINDS) {
      for (const row of brief[kind]) if (row.relevancy !== null) pairs.add(`${kind}:${row.relevancy}`);
    }
  }
  return pairs.size;
}

/** Calendar buckets of the timeline (months, else quarters, else years: at most 36) over briefs dated up to today. */
function timelineBuckets(briefs: readonly Brief[]) {
  const dated = briefs.filter((brief) => brief.date !== null && brief.date <= TODAY);
  const month = (brief: Brief) => Number(brief.date!.slice(0, 4)) * 12 + Number(brief.date!.slice(5, 7)) - 1;
  const months = dated.map(month);
  const first = Math.min(...months);
  const last = Math.max(...months);
  const size =
    [1, 3, 12].find((length) => Math.floor(last / length) - Math.floor(first / length) + 1 <= 36) ?? 12;
  const bucketOf = (brief: Brief) => Math.floor(month(brief) / size) - Math.floor(first / size);
  const count = Math.floor(last / size) - Math.floor(first / size) + 1;
  const startMonth = (bucket: number) => (Math.floor(first / size) + bucket) * size;
  const iso = (monthNumber: number, day: number) =>
    `${Math.floor(monthNumber / 12)}-${pad((monthNumber % 12) + 1)}-${pad(day)}`;
  const lastDay = (monthNumber: number) =>
    new Date(Date.UTC(Math.floor(monthNumber / 12), (monthNumber % 12) + 1, 0)).getUTCDate();
  const span = (bucket: number) => ({
    from: iso(startMonth(bucket), 1),
    to: iso(startMonth(bucket) + size - 1, lastDay(startMonth(bucket) + size - 1)),
  });
  /** Stacked segments: (bucket, relevancy or unrated) pairs holding rows. */
  const segments = new Set<string>();
  for (const brief of dated) {
    for (const kind of ENTRY_KINDS)
      for (const row of brief[kind]) segments.add(`${bucketOf(brief)}:${row.relevancy ?? 'none'}`);
  }
  return { count, span, segments: segments.size, dated };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function pathOf(download: Download): Promise<string> {
  const path = await download.path();
  if (path === null) throw new Error(`download failed: ${await download.failure()}`);
  return path;
}

describe.skipIf(chromiumPath === null)('charts', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let dataset: Dataset;
  let themeCounts: [string, number][];
  let index: CorpusIndex;
  /** The label a theme group is shown under: its most common spelling. */
  const themeLabel = (key: string) => index.facets.themes.labels[index.facets.themes.idByKey.get(key)!]!;

  const frame = () => page.locator('figure.chart-frame');
  const bars = () => frame().locator('.recharts-bar-rectangle');
  const caption = () => frame().locator('figcaption');
  /** The removable chip of an active filter, its label compared in any letter case. */
  const chip = (label: string) =>
    page.getByRole('button', {
      name: new RegExp(`^Remove filter ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i'),
    });

  async function open(search: string) {
    await page.goto(`${server.url}${search}`);
    await waitForWholeDataset(page);
    await frame().waitFor();
  }

  async function download(action: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), action()]);
    return { name: file.suggestedFilename(), bytes: await readFile(await pathOf(file)) };
  }

  beforeAll(async () => {
    if (!existsSync(resolve(ROOT, 'dist/index.html')))
      throw new Error('no dist/: run `npx vite build` first');
    dataset = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as Dataset;
    index = servedIndex(DATA_FILE);
    fold = index.fold;
    themeCounts = valueCounts(dataset.briefs, (brief) => brief.themes);
    server = await startPreviewServer();
    browser = await launchBrowser();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    errors = trackConsoleErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the charts only when they are first shown, and keeps the chart in the URL', async () => {
    await page.goto(server.url);
    await waitForWholeDataset(page);
    const loadedCharts = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((entry) => entry.name.includes('ChartsPanel')),
      );
    expect(await loadedCharts()).toBe(false);
    await page.getByRole('button', { name: 'Charts', exact: true }).click();
    await frame().waitFor();
    expect(await loadedCharts()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBe('relevancy');

    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('radio', { name: 'Kind' }).check();
    await expect.poll(() => new URL(page.url()).search).toContain('chart=timeline&split=kind');
    await page.reload();
    await frame().waitFor();
    expect(await page.getByRole('tab', { name: 'Timeline' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('radio', { name: 'Kind' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('tab', { name: /^Briefs/ }).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBeNull();
  });

  it('draws the expected number of bars, lines and cells for a theme filter', async () => {
    const [theme] = themeCounts[1]!;
    const briefs = dataset.briefs.filter(hasTheme(theme));
    const filter = `?theme=${encodeURIComponent(theme)}`;

    await open(`${filter}&chart=relevancy`);
    await expect.poll(() => bars().count()).toBe(kindLevelPairs(briefs));
    await page.getByRole('radio', { name: 'Stacked by kind' }).check();
    await expect.poll(() => bars().count()).toBe(kindLevelPairs(briefs));
    expect(await caption().textContent()).toMatch(
      new RegExp(`^Themes: ${theme} · ${briefs.length} briefs? · [\\d,]+ rows$`, 'i'),
    );

    await open(`${filter}&chart=top&topN=8`);
    const themesOfBriefs = valueCounts(briefs, (brief) => brief.themes);
    await expect.poll(() => bars().count()).toBe(Math.min(8, themesOfBriefs.length));
    await page.getByRole('radio', { name: 'Keywords' }).check();
    const keywords = valueCounts(briefs, (brief) => brief.keywords);
    await expect.poll(() => bars().count()).toBe(Math.min(8, keywords.length));

    await open(`${filter}&chart=timeline`);
    await expect
      .poll(() => frame().locator('.timeline-segment').count())
      .toBe(timelineBuckets(briefs).segments);

    await open(`${filter}&chart=momentum`);
    const { dated } = timelineBuckets(briefs);
    const datedThemes = valueCounts(dated, (brief) => brief.themes);
    // A quarter with fewer than 3 dated briefs (the default minimum) has no point: no quarter, no line.
    const briefsPerQuarter = valueCounts(dated, (brief) => [
      `${brief.date!.slice(0, 4)}q${Math.floor((Number(brief.date!.slice(5, 7)) - 1) / 3)}`,
    ]);
    const lines = briefsPerQuarter.some(([, count]) => count >= 3) ? Math.min(6, datedThemes.length) : 0;
    await expect.poll(() => frame().locator('.recharts-line').count()).toBe(lines);

    await open(`${filter}&chart=cooccurrence&coSize=7`);
    await expect
      .poll(() => frame().locator('.heat-cell').count())
      .toBe(Math.min(7, themesOfBriefs.length) ** 2);
  });

  it('says so when no brief matches', async () => {
    await open('?q=zzqxjvnomatchzz&chart=top');
    await frame().getByText('No briefs match the filters').waitFor();
    expect(await bars().count()).toBe(0);
  });

  it('filters to a theme bar and lists the briefs behind it, each opening its brief', async () => {
    await open('?chart=top');
    const [theme, count] = themeCounts[0]!;
    const label = themeLabel(theme);
    await bars().first().click();
    await chip(`Theme: ${label}`).waitFor();
    await expect
      .poll(() => caption().textContent())
      .toMatch(new RegExp(`^Themes: ${label} · ${count} briefs$`, 'i'));

    const behind = page.getByRole('region', { name: 'Briefs behind this mark' });
    expect(await behind.getByRole('heading').textContent()).toMatch(
      new RegExp(`${label}.*\\(${count} briefs\\)`, 'i'),
    );
    const items = behind.getByRole('listitem');
    expect(await items.count()).toBe(Math.min(50, count));
    const title = (await items.first().getByRole('button').textContent())!;
    expect(dataset.briefs.filter(hasTheme(theme)).map((brief) => brief.title)).toContain(title);
    await items.first().getByRole('button').click();
    await page.getByRole('dialog', { name: title }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('acts on the mark highlighted with the arrow keys when Enter is pressed', async () => {
    await open('?chart=top');
    await frame().locator('.recharts-surface').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Remove filter Theme: / }).waitFor();
    await page.getByRole('region', { name: 'Briefs behind this mark' }).waitFor();
  });

  it('sets the minimum relevancy from a relevancy bar', async () => {
    await open('?chart=relevancy');
    const lowest = Math.min(
      ...dataset.briefs.flatMap((brief) => brief.signals.flatMap((row) => row.relevancy ?? [])),
    );
    await bars().first().click();
    await chip(`Relevancy ≥ ${lowest}`).waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('minRel')).toBe(String(lowest));
  });

  it('filters to a period by a click on a bar and to a span by dragging', async () => {
    await open('?chart=timeline');
    const buckets = timelineBuckets(dataset.briefs);
    const grid = await frame().locator('.recharts-cartesian-grid').boundingBox();
    const xOf = (bucket: number) => grid!.x + ((bucket + 0.5) * grid!.width) / buckets.count;
    const y = grid!.y + grid!.height - 4;

    await page.mouse.move(xOf(1), y);
    await page.mouse.down();
    await page.mouse.move(xOf(2), y, { steps: 4 });
    await page.mouse.move(xOf(3), y, { steps: 4 });
    await page.mouse.up();
    await chip(`From ${buckets.span(1).from}`).waitFor();
    await chip(`To ${buckets.span(3).to}`).waitFor();

    await open('?chart=timeline');
    await page.mouse.click(xOf(2), y);
    await chip(`From ${buckets.span(2).from}`).waitFor();
    await chip(`To ${buckets.span(2).to}`).waitFor();
  });

  it('filters to both themes of a co-occurrence cell with Match all', async () => {
    await open('?chart=cooccurrence');
    const [[, firstCount], [, secondCount]] = themeCounts as [[string, number], [string, number]];
    await frame().locator('.heat-cell').nth(1).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('theme').length).toBe(2);
    // The first two themes by briefs (among equal counts, the app picks by label).
    const [first, second] = new URL(page.url()).searchParams.getAll('theme').map(normalize) as [
      string,
      string,
    ];
    const countOf = (key: string) => themeCounts.find(([theme]) => theme === key)?.[1];
    expect([countOf(first), countOf(second)]).toEqual([firstCount, secondCount]);
    await expect.poll(() => new URL(page.url()).searchParams.get('themesAll')).toBe('1');
    const both = dataset.briefs.filter((brief) => hasTheme(first)(brief) && hasTheme(second)(brief)).length;
    await expect.poll(() => caption().textContent()).toMatch(new RegExp(`· ${both} briefs?$`));
  });

  it('exports a PNG at twice the pixel ratio and an SVG holding the caption, named after the chart and filters', async () => {
    const [theme] = themeCounts[0]!;
    await open(`?theme=${encodeURIComponent(theme)}&minRel=3&chart=top`);
    const captionText = (await caption().textContent())!;
    const svg = await download(() => page.getByRole('button', { name: 'Export SVG: Top themes' }).click());
    expect(svg.name).toMatch(/^top-themes_theme-[a-z0-9-]+_minrel-3_\d{4}-\d{2}-\d{2}\.svg$/);
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        title: document.querySelector('svg > title')?.textContent,
        text: document.documentElement.textContent,
        width: Number(document.documentElement.getAttribute('width')),
        bars: document.querySelectorAll('path, rect').length,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.title).toBe('Top themes');
    expect(parsed.text?.replace(/\s+/g, ' ')).toContain(captionText);
    expect(parsed.bars).toBeGreaterThan(5);

    const png = await download(() => page.getByRole('button', { name: 'Export PNG: Top themes' }).click());
    expect(png.name).toBe(svg.name.replace(/\.svg$/, '.png'));
    const ratio = await page.evaluate(() => window.devicePixelRatio);
    expect(pngSize(png.bytes).width).toBe(parsed.width * 2 * ratio);
  });

  it('opens full screen, moves between charts with the arrow keys and leaves with Esc', async () => {
    await open('?chart=relevancy');
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => frame().getAttribute('class')).toContain('chart-frame--presenting');
    await page.keyboard.press('ArrowRight');
    await frame().getByRole('heading', { name: 'Top themes', level: 2 }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await frame().getByRole('heading', { name: 'Compare periods', level: 2 }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Full screen' }).waitFor();
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await frame().getAttribute('class')).not.toContain('chart-frame--presenting');
  });

  it('falls back to an overlay where the Fullscreen API is refused', async () => {
    await open('?chart=timeline');
    await page.evaluate(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new Error('refused'));
    });
    await page.getByRole('button', { name: 'Full screen' }).click();
    await expect.poll(() => frame().getAttribute('class')).toContain('chart-frame--presenting');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    const box = await frame().boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 1440, height: 900 });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Full screen' }).waitFor();
  });

  it('switches the whole app to the dark theme and remembers it', async () => {
    await open('?chart=relevancy');
    const theme = page.getByRole('combobox', { name: 'Theme', exact: true });
    await theme.selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await frame().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('combobox', { name: 'Theme', exact: true }).selectOption('system');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
  });

  it('logged no console error', () => {
    expect(errors).toEqual([]);
  });
});
