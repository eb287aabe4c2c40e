import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/dataset/buildDataset';
import { serializeDataset } from '../../src/core/dataset/serializeDataset';
import type { Brief } from '../../src/core/model/types';
import { parseBrief } from '../../src/core/parse/parseBrief';
import { corpusAvailable, readCorpus } from '../support/corpus';
import { chromiumPath, waitForWholeDataset } from './support/browser';
import { startSession, type Session } from './support/session';

const ROOT = resolve(import.meta.dirname, '../..');
/** The real briefs (real and older), served beside the build for the page to open with ?data=. */
const DATA_NAME = 'e2e-search-real-briefs.json';
const DATA_FILE = resolve(ROOT, 'dist', DATA_NAME);

const skipped = chromiumPath === null || !corpusAvailable('real') || !corpusAvailable('older');

describe.skipIf(skipped)('search on the real briefs', () => {
  let session: Session;
  let page: Page;
  let errors: string[];

  const marks = (scope: string) =>
    page.locator(`${scope} mark.search-match`).evaluateAll((nodes) => nodes.map((node) => node.textContent));

  async function open(search: string) {
    await page.goto(`${session.url}?data=${DATA_NAME}&${search}`);
    await waitForWholeDataset(page);
    await page.locator('[role="tabpanel"][aria-busy="false"]').waitFor();
  }

  beforeAll(async () => {
    if (!existsSync(resolve(ROOT, 'dist/index.html')))
      throw new Error('no dist/: run `npx vite build` first');
    const files = [...readCorpus('real'), ...readCorpus('older')];
    const briefs = files.flatMap(({ file, text }): Brief[] => {
      const parsed = parseBrief(text, file);
      return parsed.ok ? [parsed.value] : [];
    });
    writeFileSync(
      DATA_FILE,
      serializeDataset(buildDataset(briefs, { files: files.length, skipped: files.length - briefs.length })),
    );
    session = await startSession();
    ({ page, errors } = session);
  });

  afterAll(async () => {
    await session?.close();
    rmSync(DATA_FILE, { force: true });
  });

  it('reads AI as a word, says so under the box, and marks only whole word starts in the cells', async () => {
    await open('view=signals&q=AI');
    expect(await page.locator('.search-box__reading').textContent()).toBe('Rows with a word starting “ai”');
    const found = await marks('[role="grid"]');
    expect(found.length).toBeGreaterThan(0);
    for (const text of found) expect(text).toMatch(/^ai$/i);
    expect(errors).toEqual([]);
  });

  it('finds a quoted phrase, its words in order', async () => {
    await open('view=signals&q=%22climate%20change%22');
    expect(await page.locator('.search-box__reading').textContent()).toBe(
      'Rows with the phrase “climate change”',
    );
    const found = await marks('[role="grid"]');
    expect(found.length).toBeGreaterThan(0);
    for (const text of found) expect(text).toMatch(/^climate\W+change$/i);
  });

  it('opens a brief scrolled to the row that was clicked, that row marked and its match highlighted', async () => {
    await open('view=issues&q=AI');
    const clicked = await page.locator('[aria-rowindex="2"] [role="gridcell"]').first().textContent();
    await page.locator('[aria-rowindex="2"]').click();
    const dialog = page.getByRole('dialog');
    const opened = dialog.locator('tr[aria-current="true"]');
    await opened.waitFor();
    expect(await opened.locator('td').first().textContent()).toBe(clicked);
    const body = dialog.locator('.brief-dialog__body');
    await expect.poll(() => body.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    const [row, frame] = [(await opened.boundingBox())!, (await body.boundingBox())!];
    expect(row.y).toBeGreaterThanOrEqual(frame.y);
    expect(row.y + row.height).toBeLessThanOrEqual(frame.y + frame.height);
    expect((await marks('.brief-dialog')).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
