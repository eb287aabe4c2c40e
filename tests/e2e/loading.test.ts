import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../bench/staticServer';
import type { Dataset } from '../../src/core/model/types';
import { chromiumPath, launchBrowser, trackConsoleErrors } from './support/browser';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = readFileSync(resolve(ROOT, 'public/data/briefs.json'));
const DATASET = JSON.parse(DATA.toString('utf8')) as Dataset;
/** Past the first batch the app parses (about 1 MB), well short of the whole file. */
const FIRST_PART = 1.3 * 2 ** 20;
const format = (count: number) => count.toLocaleString('en-US');

/**
 * The app served with a dataset whose first part is sent at once and the rest only when the
 * test says so: the rest as it should be, or cut short (a broken file).
 */
describe.skipIf(chromiumPath === null)('loading a dataset in parts', () => {
  let server: StaticServer;
  let browser: Browser;
  let held: { response: ServerResponse } | null = null;
  let brokenRest = false;

  beforeAll(async () => {
    expect(DATA.byteLength).toBeGreaterThan(FIRST_PART * 1.3);
    server = await startStaticServer(
      { '/': resolve(ROOT, 'dist') },
      {
        '/data/briefs.json': (_, response) => {
          response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
          // A second request is the app reading a broken file again, whole: it gets all of it at once.
          if (held !== null) {
            response.end(brokenRest ? DATA.subarray(0, DATA.byteLength - 100) : DATA);
            return;
          }
          response.write(DATA.subarray(0, FIRST_PART));
          held = { response };
        },
      },
    );
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openHeld(): Promise<{ page: Page; errors: string[] }> {
    held = null;
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = trackConsoleErrors(page);
    await page.goto(server.url);
    return { page, errors };
  }

  const statusOf = (page: Page) => page.getByRole('tabpanel').getByRole('status');

  it('shows the first briefs while the rest loads, then all of them', async () => {
    brokenRest = false;
    const { page, errors } = await openHeld();
    await expect
      .poll(() => statusOf(page).textContent())
      .toMatch(/ briefs loaded so far; the rest is on its way$/);
    const banner = page.getByRole('banner');
    expect(await banner.getByRole('progressbar', { name: 'Loading dataset' }).count()).toBe(1);
    expect(await banner.getByRole('button', { name: 'Export CSV' }).count()).toBe(0);
    const firstTitle = await page.locator('[aria-rowindex="2"] [role="gridcell"]').first().textContent();
    expect(firstTitle).toBe(DATASET.briefs[0]!.title);
    // The filters come just after the first paint, while the rest is still held back.
    await page.getByRole('group', { name: 'Themes' }).getByRole('checkbox').first().waitFor();
    expect(await statusOf(page).textContent()).toMatch(/loaded so far/);

    held!.response.end(DATA.subarray(FIRST_PART));
    const total = format(DATASET.briefs.length);
    await expect
      .poll(() => statusOf(page).textContent(), { timeout: 10_000 })
      .toBe(`${total} of ${total} briefs`);
    expect(await banner.getByRole('button', { name: 'Export CSV' }).count()).toBe(1);
    expect(await banner.getByRole('progressbar').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says so, rather than staying blank, when the dashboard's code cannot be loaded", async () => {
    const page = await browser.newPage();
    await page.route('**/assets/mountApp-*.js', (route) => route.abort());
    await page.goto(`${server.url}/?data=nowhere.json`);
    await expect
      .poll(() => page.locator('#root').textContent())
      .toMatch(/^Trendscope could not load its code \(.+\)\. Reload the page to try again\.$/);
    await page.close();
  });

  it('drops the first briefs and says what is wrong when the rest of the file is broken', async () => {
    brokenRest = true;
    const { page } = await openHeld();
    await expect.poll(() => statusOf(page).textContent()).toMatch(/loaded so far/);
    held!.response.end(DATA.subarray(FIRST_PART, DATA.byteLength - 100));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.getByRole('heading').textContent()).toBe('The dataset is not valid JSON');
    expect(await page.getByRole('grid').count()).toBe(0);
    expect(await page.getByRole('banner').count()).toBe(0);
    await page.close();
  });
});
