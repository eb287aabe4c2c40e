import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/core/dataset/validateDataset';
import { addedBriefColumns } from '../../src/core/export/exportColumns';
import { ENTRY_KINDS } from '../../src/core/model/types';
import { VIEW_COLUMNS } from '../../src/core/query/columns';
import type { LabelFold } from '../../src/core/labels/labelFold';
import { buildIndex } from '../../src/core/query/corpusIndex';
import { chromiumPath, launchBrowser, trackConsoleErrors, waitForWholeDataset } from './support/browser';
import { startPreviewServer } from './support/server';

const DATA_FILE = resolve(import.meta.dirname, '../..', 'public/data/briefs.json');
const SIGNAL_LABELS = VIEW_COLUMNS.signals.filter((spec) => spec.defaultVisible).map((spec) => spec.label);

function numberIn(text: string): number {
  const match = /[\d,]+/.exec(text);
  if (match === null) throw new Error(`no number in ${JSON.stringify(text)}`);
  return Number(match[0].replaceAll(',', ''));
}

/** Which theme spellings are one value in the served dataset (the app's own fold, tested in tests/unit/labels). */
async function servedFold(): Promise<LabelFold> {
  const served = validateDataset(JSON.parse(await readFile(DATA_FILE, 'utf8')));
  if (!served.ok) throw new Error(served.reason);
  return buildIndex(served.value).fold;
}

async function downloadOf(page: Page, action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: download.suggestedFilename(), text: await readFile(await pathOf(download), 'utf8') };
}

async function pathOf(download: Download): Promise<string> {
  const path = await download.path();
  if (path === null) throw new Error(`download failed: ${await download.failure()}`);
  return path;
}

describe.skipIf(chromiumPath === null)('export', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let theme: string;

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
    context = await browser.newContext({
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    errors = trackConsoleErrors(page);
    await page.goto(server.url);
    await waitForWholeDataset(page);
    await page.getByRole('tab', { name: /^Signals/ }).click();
    const firstTheme = page
      .getByRole('group', { name: 'Themes' })
      .getByRole('list')
      .getByRole('checkbox')
      .first();
    theme = (await firstTheme.locator('xpath=ancestor::label').locator('.facet__label').textContent()) ?? '';
    await firstTheme.check();
    const nameHeader = page.getByRole('columnheader', { name: 'Name', exact: true });
    await nameHeader.getByRole('button').click();
    await nameHeader.and(page.locator('[aria-sort="ascending"]')).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('downloads the filtered, sorted rows with the visible columns and the brief columns', async () => {
    const shown = numberIn(
      (await page
        .getByRole('status')
        .filter({ hasText: /signals$/ })
        .textContent()) ?? '',
    );
    expect(shown).toBeGreaterThan(0);
    const { name, text } = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Export CSV' }).click(),
    );
    expect(name).toMatch(new RegExp(`^signals_theme-[^_]+_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.indexOf('\uFEFF', 1)).toBe(-1);
    const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual([
      ...SIGNAL_LABELS,
      'Brief id',
      'Article URL',
      'Category',
      'Type',
      'Themes',
      'Keywords',
    ]);
    const themes = header!.indexOf('Themes');
    const fold = await servedFold();
    for (const row of rows)
      expect(row[themes]!.split('; ').map((label) => fold.keyOf(label))).toContain(fold.keyOf(theme));
    for (const label of SIGNAL_LABELS) {
      await expect.poll(() => page.getByRole('columnheader', { name: label, exact: true }).count()).toBe(1);
    }
    expect(rows).toHaveLength(shown);

    const names = rows.map((row) => row[0]!);
    const gridNames = await page
      .getByRole('row')
      .filter({ has: page.getByRole('gridcell') })
      .evaluateAll((elements) =>
        elements.slice(0, 5).map((row) => row.querySelector('[role="gridcell"]')?.textContent ?? ''),
      );
    expect(gridNames).toHaveLength(Math.min(5, shown));
    expect(names.slice(0, gridNames.length)).toEqual(gridNames);
    const collator = new Intl.Collator(undefined, { sensitivity: 'accent', numeric: true });
    const nonEmpty = names.filter((cell) => cell.trim() !== '');
    expect(nonEmpty).toEqual([...nonEmpty].sort(collator.compare));
    expect(names.slice(0, nonEmpty.length)).toEqual(nonEmpty);
  });

  it('exports the filtered briefs, whole, as a dataset Trendscope loads', async () => {
    const briefCount = numberIn(
      (await page
        .getByRole('tab', { name: /^Briefs/ })
        .locator('.tab__count')
        .textContent()) ?? '',
    );
    await page.getByRole('button', { name: 'More exports' }).click();
    const { name, text } = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Export JSON' }).click(),
    );
    expect(name).toMatch(/^briefs_theme-[^_]+_\d{4}-\d{2}-\d{2}\.json$/);
    const dataset = validateDataset(JSON.parse(text));
    if (!dataset.ok) throw new Error(dataset.reason);
    expect(dataset.value.briefs).toHaveLength(briefCount);
    expect(dataset.value.stats).toMatchObject({ files: briefCount, briefs: briefCount, skipped: 0 });
    const fold = await servedFold();
    for (const brief of dataset.value.briefs)
      expect(brief.themes.map((label) => fold.keyOf(label))).toContain(fold.keyOf(theme));
  });

  it('copies the first 20 rows as a Markdown table', async () => {
    await page.getByRole('button', { name: 'More exports' }).click();
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Protect against spreadsheet formulas' }).isChecked())
      .toBe(true);
    await expect
      .poll(() =>
        page
          .getByText("Cells starting with = + - @ are prefixed with ' so spreadsheets", { exact: false })
          .count(),
      )
      .toBe(1);
    await page.getByRole('button', { name: 'Copy as Markdown table' }).click();
    await expect.poll(() => page.getByText('Copied 20 rows', { exact: true }).count()).toBe(1);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const lines = markdown.trimEnd().split('\n');
    expect(lines[0]).toBe(`| ${SIGNAL_LABELS.join(' | ')} |`);
    expect(lines).toHaveLength(22);
  });

  it("exports the open brief's five tables as one CSV with a Kind column and the brief's title and URL", async () => {
    const dataset = validateDataset(JSON.parse(await readFile(DATA_FILE, 'utf8')));
    if (!dataset.ok) throw new Error(dataset.reason);
    await page
      .getByRole('row')
      .filter({ has: page.getByRole('gridcell') })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    const title = (await dialog.getByRole('heading').first().textContent()) ?? '';
    const brief = dataset.value.briefs.find((candidate) => candidate.title === title);
    if (brief === undefined) throw new Error(`no brief titled ${JSON.stringify(title)}`);
    const { name, text } = await downloadOf(page, () =>
      dialog.getByRole('button', { name: 'Export tables as CSV' }).click(),
    );
    expect(name).toMatch(/^brief-[^_]+_\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = Papa.parse<string[]>(text.slice(1), {
      newline: '\r\n',
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual([
      'Kind',
      'Name',
      'Description',
      'Change',
      '10-year',
      'Driving force',
      'Relevancy',
      ...addedBriefColumns('entries', { briefContext: true }).map((column) => column.label),
    ]);
    expect(header!.slice(7, 11)).toEqual(['Brief id', 'Brief', 'Date', 'Article URL']);
    expect(rows.map((row) => row[0])).toEqual(ENTRY_KINDS.flatMap((kind) => brief[kind].map(() => kind)));
    for (const row of rows)
      expect(row.slice(7, 11)).toEqual([brief.id, title, brief.date ?? '', brief.url ?? '']);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('exports the same rows and columns as Parquet, every cell as in the CSV', async () => {
    await page.getByRole('button', { name: 'More exports' }).click();
    await page.getByRole('checkbox', { name: 'Protect against spreadsheet formulas' }).uncheck();
    await page.keyboard.press('Escape');
    const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    const [header, ...csvRows] = Papa.parse<string[]>(csv.text.slice(1), {
      newline: '\r\n',
      skipEmptyLines: true,
    }).data;
    await page.getByRole('button', { name: 'More exports' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export Parquet' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^signals_theme-[^_]+_\d{4}-\d{2}-\d{2}\.parquet$/);
    const bytes = await readFile(await pathOf(download));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const rows = await parquetReadObjects({ file });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(csvRows.length);
    const asCsvCell = (value: unknown): string => {
      if (value === null || value === undefined) return '';
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (Array.isArray(value)) return value.join('; ');
      return String(value);
    };
    rows.forEach((row, position) => {
      expect(Object.keys(row)).toEqual(header);
      expect(Object.values(row).map(asCsvCell)).toEqual(csvRows[position]);
    });
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});
