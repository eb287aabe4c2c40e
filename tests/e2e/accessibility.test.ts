import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/dataset/buildDataset';
import { serializeDataset } from '../../src/core/dataset/serializeDataset';
import type { Dataset } from '../../src/core/model/types';
import { seriousViolations as findSeriousViolations } from './support/axe';
import { chromiumPath, launchBrowser, trackConsoleErrors, waitForWholeDataset } from './support/browser';
import { chooseFiles, importDialog } from './support/importing';
import { startPreviewServer } from './support/server';

const VIEWS = ['Briefs', 'Signals', 'Concerns', 'Behaviors', 'Technologies', 'Issues'];

describe.skipIf(chromiumPath === null)('accessibility', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  const seriousViolations = () => findSeriousViolations(page);

  const isFocused = (selector: string) =>
    page.evaluate((target) => document.activeElement?.matches(target) ?? false, selector);

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    errors = trackConsoleErrors(page);
  });

  // Each test starts from the page as first opened, whatever the one before left open.
  beforeEach(async () => {
    await page.goto(server.url);
    await waitForWholeDataset(page);
  });

  afterAll(async () => {
    expect(errors).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it.each(VIEWS)('the %s view has no serious or critical violation', async (view) => {
    await page.getByRole('tab', { name: new RegExp(`^${view}`) }).click();
    await page.getByRole('tab', { name: new RegExp(`^${view}`), selected: true }).waitFor();
    await page.getByRole('grid').getByRole('row').nth(1).waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it('an open brief has no serious or critical violation', async () => {
    await page.getByRole('tab', { name: /^Briefs/ }).click();
    await page.getByRole('grid').getByRole('row').nth(1).click();
    await page.locator('dialog[open]').waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it('every chart has no serious or critical violation', async () => {
    await page.getByRole('button', { name: 'Charts', exact: true }).click();
    const charts = page.getByRole('tablist', { name: 'Charts' }).getByRole('tab');
    await charts.first().waitFor();
    for (let position = 0; position < (await charts.count()); position++) {
      await charts.nth(position).click();
      await page.getByRole('tabpanel').waitFor();
      expect(await seriousViolations()).toEqual([]);
    }
  });

  it('the import dialog has no serious or critical violation: empty, with a report, with merge conflicts', async () => {
    const current = (await page.evaluate(() =>
      fetch('data/briefs.json').then((response) => response.json()),
    )) as Dataset;
    const clashing = buildDataset([{ ...current.briefs[0]!, title: 'Changed' }], { files: 1, skipped: 0 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await importDialog(page).waitFor();
    expect(await seriousViolations()).toEqual([]);

    await chooseFiles(page, 'A dataset', {
      name: 'merge.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeDataset(clashing)),
    });
    await importDialog(page).getByRole('radio', { name: 'the current briefs' }).waitFor();
    expect(await seriousViolations()).toEqual([]);

    await importDialog(page)
      .getByLabel('Brief files')
      .setInputFiles([
        { name: 'bad.md', mimeType: 'text/markdown', buffer: Buffer.from('not a brief') },
        { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) },
      ]);
    await importDialog(page).getByRole('alert').waitFor();
    expect(await seriousViolations()).toEqual([]);
  });

  it('"?" lists the keyboard shortcuts in a dialog that Esc closes, giving focus back', async () => {
    const firstTab = page.getByRole('tab', { name: /^Briefs/ });
    await firstTab.focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Focus the search box');
    expect(await seriousViolations()).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await firstTab.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('"/" moves focus to the search box, where "?" is typed, not a shortcut', async () => {
    await page.getByRole('tab', { name: /^Briefs/ }).focus();
    await page.keyboard.press('/');
    expect(await isFocused('input[type="search"], [role="searchbox"]')).toBe(true);
    await page.keyboard.type('?');
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(false);
  });

  it('Tab goes header, sidebar, view tabs, table, each stop with a visible focus ring', async () => {
    const regions: string[] = [];
    const unringed: string[] = [];
    for (let presses = 0; presses < 300 && !regions.includes('table'); presses++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (element === null || element === document.body) return null;
        const style = getComputedStyle(element);
        // In a month input, the third stop is the calendar button inside the input: the input itself is then not
        // :focus-visible, and Chromium rings that button with its own style, out of reach of getComputedStyle.
        const ringed =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none' ||
          (element.matches('input[type="month"]') && !element.matches(':focus-visible'));
        const region = element.closest('header')
          ? 'header'
          : element.closest('aside, [aria-label="Filters"], .sidebar')
            ? 'sidebar'
            : element.closest('[role="tablist"]')
              ? 'tabs'
              : element.closest('[role="grid"]')
                ? 'table'
                : 'other';
        return {
          region,
          ringed,
          name: `${element.tagName.toLowerCase()} ${element.getAttribute('type') ?? ''} ${element.getAttribute('aria-label') ?? element.textContent?.slice(0, 30) ?? ''}`.trim(),
        };
      });
      if (stop === null) continue;
      if (regions.at(-1) !== stop.region) regions.push(stop.region);
      if (!stop.ringed) unringed.push(stop.name);
    }
    expect(regions.filter((region) => region !== 'other')).toEqual(['header', 'sidebar', 'tabs', 'table']);
    expect(unringed).toEqual([]);
  });

  it('Enter opens the focused row, Esc closes it and focus returns to the row; Space toggles a filter', async () => {
    const row = page.getByRole('grid').getByRole('row').nth(1);
    await row.focus();
    await page.keyboard.press('Enter');
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(await row.evaluate((element) => element === document.activeElement)).toBe(true);

    const checkbox = page.getByRole('group', { name: 'Themes' }).getByRole('checkbox').first();
    await checkbox.focus();
    await page.keyboard.press('Space');
    expect(await checkbox.isChecked()).toBe(true);
    await page.keyboard.press('Space');
    expect(await checkbox.isChecked()).toBe(false);
  });
});
