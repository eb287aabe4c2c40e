import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/dataset/buildDataset';
import { serializeDataset } from '../../src/core/dataset/serializeDataset';
import type { Brief } from '../../src/core/model/types';
import { chromiumPath, launchBrowser, trackConsoleErrors, waitForWholeDataset } from './support/browser';
import { chooseFiles, importDialog } from './support/importing';
import { startPreviewServer } from './support/server';

/** Every attack sets this window flag (or opens a dialog) if it ever runs. */
const FLAG = '__trendscopePwned';
const LONG_WORD = 'Supercalifragilistic'.repeat(250);
const SCRIPT_TITLE = `<script>window.${FLAG}='title'</script>Hostile title`;
const IMG_TAG = `<img src=x onerror="window.${FLAG}='img'">`;
const RTL = '\u202Eتقرير عربي\u202C עברית';
const CONTROL = 'bell\u0007 escape\u001b[31m red';

const HOSTILE_BRIEF = [
  `# __${SCRIPT_TITLE} ${IMG_TAG} 🚀__, (from page [20240301](javascript:window.${FLAG}='page').)`,
  '',
  `__[External link](javascript:window.${FLAG}='link')__`,
  '',
  '## Keywords',
  `* ${IMG_TAG}`,
  '* <b>bold</b>',
  '## Themes',
  `* ${RTL}`,
  '## Other',
  `* Category: <svg onload="window.${FLAG}='svg'">`,
  `* Type: javascript:alert(1)`,
  '## Summary',
  `<iframe src="javascript:window.${FLAG}='iframe'"></iframe> [click me](javascript:alert(1)) ${LONG_WORD} ${CONTROL} 👩‍👩‍👧`,
  '## Signals',
  '| name | description | change | 10-year | driving-force | relevancy |',
  '|---|---|---|---|---|---|',
  `| <script>alert(1)</script> | ${LONG_WORD} | data:text/html,<script>alert(1)</script> | ${RTL} | ${CONTROL} | 5 |`,
  '## Concerns',
  '| name | description | relevancy |',
  '|---|---|---|',
  `| ${IMG_TAG} | [x](javascript:alert(1)) | 3 |`,
].join('\n');

/** A dataset file whose links are not http(s): the check of the format accepts any string there. */
function hostileDataset(): string {
  const brief: Brief = {
    id: 'hostile-json',
    file: `${IMG_TAG}.md`,
    title: `JSON ${SCRIPT_TITLE}`,
    page: '20240302',
    date: '2024-03-02',
    pageUrl: `data:text/html,<script>window.${FLAG}='data'</script>`,
    url: `javascript:window.${FLAG}='json-link'`,
    keywords: [LONG_WORD],
    themes: [RTL],
    category: null,
    type: null,
    summary: `${IMG_TAG} ${LONG_WORD}`,
    signals: [],
    concerns: [{ name: LONG_WORD, description: IMG_TAG, relevancy: 2 }],
    behaviors: [],
    technologies: [],
    issues: [],
    related: [{ id: `javascript:window.${FLAG}='related'`, title: IMG_TAG }],
    topics: [],
    warnings: [IMG_TAG],
  };
  return serializeDataset(buildDataset([brief], { files: 1, skipped: 0 }));
}

describe.skipIf(chromiumPath === null)('hostile content', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const dialogsOpened: string[] = [];
  const VIEWS = ['Briefs', 'Signals', 'Concerns'];
  /** Grid widths per view with the plain demo data, before anything hostile is imported. */
  const plainWidths = new Map<string, number>();

  const flag = () => page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], FLAG);
  /**
   * The href of every link on the page, in the open brief dialog too, but for in-page links
   * ('#id', like 'Skip to results') whose target is an element of this page.
   */
  const hrefs = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('a[href]'), (link) => link.getAttribute('href')).filter(
        (href) =>
          !(
            href !== null &&
            /^#./.test(href) &&
            document.getElementById(decodeURIComponent(href.slice(1))) !== null
          ),
      ),
    );
  const pageOverflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const gridWidth = () => page.getByRole('grid').evaluate((grid) => grid.scrollWidth);
  /** Cells whose content is wider than the cell: a long word that neither wrapped nor was clipped. */
  const overflowingCells = () =>
    page
      .getByRole('grid')
      .evaluate(
        (grid) =>
          Array.from(grid.querySelectorAll('[role="gridcell"]')).filter(
            (cell) => cell.scrollWidth > cell.clientWidth + 1,
          ).length,
      );
  /** Elements of the open dialog reaching past its right edge. */
  const overflowingDialogParts = () =>
    page.locator('dialog[open]').evaluate((dialog) => {
      const right = dialog.getBoundingClientRect().right;
      return Array.from(dialog.querySelectorAll('*'))
        .filter((element) => element.getBoundingClientRect().right > right + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    });

  async function showView(view: string) {
    await page.getByRole('tab', { name: new RegExp(`^${view}`) }).click();
    await page.getByRole('tab', { name: new RegExp(`^${view}`), selected: true }).waitFor();
  }

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    errors = trackConsoleErrors(page);
    page.on('dialog', (dialog) => {
      dialogsOpened.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url);
    await waitForWholeDataset(page);
    for (const view of VIEWS) {
      await showView(view);
      plainWidths.set(view, await gridWidth());
    }
    await showView('Briefs');

    const dialog = await chooseFiles(page, 'Brief files', [
      { name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(HOSTILE_BRIEF) },
      { name: `${IMG_TAG}.md`, mimeType: 'text/markdown', buffer: Buffer.from(HOSTILE_BRIEF) },
    ]);
    await dialog.getByText(/^Ready: 2 briefs/).waitFor();
    await dialog.getByRole('button', { name: 'Replace current data' }).click();
    await importDialog(page).waitFor({ state: 'hidden' });
    const merge = await chooseFiles(page, 'A dataset', {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostileDataset()),
    });
    await merge.getByText('1 warning', { exact: true }).click();
    expect(await merge.getByRole('list', { name: 'Files' }).innerText()).toContain(
      'links that are not http(s) removed from 1 brief (named in their warnings)',
    );
    await merge.getByRole('button', { name: 'Merge into current data' }).click();
    await importDialog(page).waitFor({ state: 'hidden' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['Briefs', SCRIPT_TITLE, false, 3],
    ['Signals', '<script>alert(1)</script>', true, 2],
    ['Concerns', IMG_TAG, true, 3],
  ])(
    'shows markup as plain text in the %s table, runs nothing and keeps the layout',
    async (view, text, exact, count) => {
      await showView(view);
      await expect.poll(() => page.getByRole('grid').getByText(text, { exact }).count()).toBe(count);
      expect(await page.locator('.app script, .app img, .app iframe, .app svg[onload]').count()).toBe(0);
      expect(await pageOverflow()).toBeLessThanOrEqual(0);
      expect(await gridWidth()).toBe(plainWidths.get(view));
      expect(await overflowingCells()).toBe(0);
      for (const href of await hrefs()) expect(href).toMatch(/^https?:\/\//);
      expect(await flag()).toBeUndefined();
      expect(dialogsOpened).toEqual([]);
    },
  );

  it.each([
    ['a parsed brief', SCRIPT_TITLE],
    ['a dataset brief', `JSON ${SCRIPT_TITLE}`],
  ])('shows %s as text in its dialog, with no link but http(s)', async (_, title) => {
    await showView('Briefs');
    await page.getByRole('grid').getByRole('row').filter({ hasText: title }).first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toContain(title);
    expect(await dialog.locator('script, img, iframe, svg[onload]').count()).toBe(0);
    for (const href of await hrefs()) expect(href).toMatch(/^https?:\/\//);
    expect(await overflowingDialogParts()).toEqual([]);
    expect(await pageOverflow()).toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await flag()).toBeUndefined();
    expect(dialogsOpened).toEqual([]);
  });

  it('logged no error: nothing was blocked by the Content-Security-Policy, nothing failed', () => {
    expect(errors).toEqual([]);
  });
});
