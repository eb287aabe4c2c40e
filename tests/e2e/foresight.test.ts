import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/model/types';
import { seriousViolations } from './support/axe';
import { chromiumPath, launchBrowser, trackConsoleErrors, waitForWholeDataset } from './support/browser';
import { startPreviewServer } from './support/server';

const ROOT = resolve(import.meta.dirname, '../..');
const normalize = (value: string) => value.trim().replace(/\s+/g, ' ').toLowerCase();

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

  it('logged no console error', () => {
    expect(errors).toEqual([]);
  });
});
