import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, waitForWholeDataset } from './support/browser';
import { startPreviewServer } from './support/server';

describe.skipIf(chromiumPath === null)('a part that cannot be loaded', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a message and a Reload button, keeps the view in the URL, and reload brings the charts', async () => {
    await page.route(/ChartsPanel-[^/]*\.js$/, (route) => route.abort('connectionreset'));
    await page.goto(`${server.url}?chart=timeline`);
    await waitForWholeDataset(page);
    const alert = page.getByRole('alert').filter({ hasText: 'The charts could not be loaded' });
    await alert.waitFor();
    const url = page.url();
    expect(url).toContain('chart=timeline');
    await page.unroute(/ChartsPanel-[^/]*\.js$/);
    await Promise.all([page.waitForEvent('load'), alert.getByRole('button', { name: 'Reload' }).click()]);
    expect(page.url()).toBe(url);
    await page.locator('.recharts-surface').first().waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).count()).toBe(0);
  });
});
