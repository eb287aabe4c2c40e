import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, trackConsoleErrors, waitForWholeDataset } from './support/browser';
import { startPreviewServer } from './support/server';

const VIEWS = ['Briefs', 'Signals', 'Concerns', 'Behaviors', 'Technologies', 'Issues'];

/** A strategist's session at a common laptop size: tables, reading, keyboard and sharing. */
describe.skipIf(chromiumPath === null)('working session at 1366x768', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  const scrollBox = () => page.locator('.data-table__scroll');
  const header = (column: string) => page.locator(`[role="columnheader"][data-column="${column}"]`);

  async function open(search = ''): Promise<void> {
    await page.goto(`${server.url}${search}`);
    await waitForWholeDataset(page);
    await page.getByRole('grid').getByRole('row').nth(1).waitFor();
  }

  /** The address once the app has written it (it waits for an idle moment). */
  async function searchParam(name: string): Promise<string | null> {
    await page
      .waitForFunction((param) => new URLSearchParams(location.search).has(param), name, { timeout: 5_000 })
      .catch(() => undefined);
    return new URL(page.url()).searchParams.get(name);
  }

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    errors = trackConsoleErrors(page);
  });

  beforeEach(async () => {
    await page.goto(server.url);
    await page.evaluate(() => localStorage.clear());
  });

  afterAll(async () => {
    expect(errors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it('shows the default columns of every view without a sideways scroll', async () => {
    await open();
    const overflowing: string[] = [];
    for (const view of VIEWS) {
      await page.getByRole('tab', { name: new RegExp(`^${view}`) }).click();
      await page.getByRole('tab', { name: new RegExp(`^${view}`), selected: true }).waitFor();
      const [scrollWidth, clientWidth] = await scrollBox().evaluate((box) => [
        box.scrollWidth,
        box.clientWidth,
      ]);
      if (scrollWidth > clientWidth) overflowing.push(`${view}: ${scrollWidth} > ${clientWidth}`);
    }
    expect(overflowing).toEqual([]);
  });

  it('keeps the Title column in place while the table scrolls sideways', async () => {
    await open(
      '?cols=title,date,category,type,themes,keywords,signals,concerns,behaviors,technologies,issues',
    );
    const firstCell = page.getByRole('grid').getByRole('row').nth(1).getByRole('gridcell').first();
    const before = await firstCell.boundingBox();
    await scrollBox().evaluate((box) => box.scrollTo({ left: 400 }));
    await expect.poll(() => scrollBox().evaluate((box) => box.scrollLeft)).toBeGreaterThan(100);
    expect((await firstCell.boundingBox())?.x).toBe(before?.x);
    expect((await header('title').boundingBox())?.x).toBe(before?.x);
    expect((await header('date').boundingBox())!.x).toBeLessThan(before!.x + 240);
  });

  it('resizes a column by dragging or by keys, keeps the width in the URL, and restores it', async () => {
    await open();
    const grip = page.getByRole('separator', { name: 'Resize Title' });
    const start = (await header('title').boundingBox())!;
    const box = (await grip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const dragged = Math.round(start.width + 80);
    expect(await searchParam('widths')).toBe(`title:${dragged}`);
    await grip.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => new URL(page.url()).searchParams.get('widths')).toBe(`title:${dragged - 16}`);
    await open(new URL(page.url()).search);
    expect(Math.round((await header('title').boundingBox())!.width)).toBe(dragged - 16);
  });

  it('puts the shown columns in the URL, so a colleague sees them and exports the same CSV', async () => {
    await open();
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Category' }).uncheck();
    await page.getByRole('checkbox', { name: 'Keywords' }).check();
    await page.keyboard.press('Escape');
    // The address is written a moment after the change.
    const cols = 'title,date,type,themes,keywords,signals,meanRelevancy';
    await expect.poll(() => searchParam('cols')).toBe(cols);

    const colleague = await context.newPage();
    await colleague.goto(page.url());
    await waitForWholeDataset(colleague);
    const headers = colleague.locator('[role="columnheader"]');
    expect(
      await headers.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-column'))),
    ).toEqual(cols.split(','));
    const [download] = await Promise.all([
      colleague.waitForEvent('download'),
      colleague.getByRole('button', { name: 'Export CSV', exact: true }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(
      /^Title,Date,Type,Themes,Keywords,Signals,Mean relevancy(,|$)/,
    );
    await colleague.close();
  });

  it('collapses the sidebar by keyboard, gives the table its width, and remembers it', async () => {
    await open();
    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const narrow = (await scrollBox().boundingBox())!.width;
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('complementary', { name: 'Filters' }).isVisible()).toBe(false);
    expect((await scrollBox().boundingBox())!.width).toBeGreaterThan(narrow + 250);
    await open();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await page.getByRole('complementary', { name: 'Filters' }).isVisible()).toBe(true);
  });

  const focusedRowIndex = () =>
    page.evaluate(() =>
      document.activeElement?.getAttribute('role') === 'row'
        ? document.activeElement.getAttribute('aria-rowindex')
        : null,
    );

  it('reaches the first row from the top of the page through the skip link in at most 10 presses', async () => {
    await open();
    let presses = 0;
    for (
      ;
      presses < 10 &&
      !(await page
        .getByRole('link', { name: 'Skip to results' })
        .evaluate((link) => link === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    expect(await page.getByRole('link', { name: 'Skip to results' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    presses++;
    expect(await focusedRowIndex()).toBe('2');
    expect(presses).toBeLessThanOrEqual(10);
  });

  it('moves from Search to the first row with Enter', async () => {
    await open();
    await page.keyboard.press('/');
    await page.keyboard.type('the');
    await page.keyboard.press('Enter');
    expect(await focusedRowIndex()).toBe('2');
  });

  it('makes each facet list one Tab stop, with the arrow keys inside', async () => {
    await open();
    const boxes = page.getByRole('group', { name: 'Themes' }).getByRole('list').getByRole('checkbox');
    await boxes.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await boxes.nth(1).evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    expect(await boxes.nth(1).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    const left = await boxes.evaluateAll((all) => all.includes(document.activeElement as HTMLInputElement));
    expect(left).toBe(false);
    await page.keyboard.press('Shift+Tab');
    // Back into the list on the value last focused.
    expect(await boxes.nth(1).evaluate((box) => box === document.activeElement)).toBe(true);
  });

  it('copies a link to the view shown, columns included', async () => {
    await open('?view=signals&cols=name,relevancy,date');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Link copied' }).waitFor();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.searchParams.get('view')).toBe('signals');
    expect(copied.searchParams.get('cols')).toBe('name,relevancy,date');
  });
});
