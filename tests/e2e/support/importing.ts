import type { Locator, Page } from 'playwright-core';

/** Chooser labels of the import dialog. */
export type Chooser = 'Brief files' | 'A folder of briefs' | 'A dataset' | 'CSV exported by Trendscope';

export const format = (count: number) => count.toLocaleString('en-US');

export function importDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Import briefs' });
}

/** The dataset part of the header, e.g. "Imported 55 briefs · 1,119 rows", spaces collapsed. */
export async function datasetLabel(page: Page): Promise<string> {
  const text = await page.locator('.app-header__dataset').innerText();
  return text.replace(/\s+/g, ' ').trim();
}

export async function openImportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = importDialog(page);
  await dialog.waitFor();
  return dialog;
}

/**
 * Opens the dialog (unless open), gives the files to a chooser and waits until they have been read: the
 * dialog then shows either what is ready to import or an alert saying nothing was.
 */
export async function chooseFiles(
  page: Page,
  chooser: Chooser,
  files: Parameters<Locator['setInputFiles']>[0],
): Promise<Locator> {
  const dialog = (await importDialog(page).isVisible()) ? importDialog(page) : await openImportDialog(page);
  await dialog.getByLabel(chooser).setInputFiles(files);
  await dialog.getByText(/^Ready:|^Nothing was imported/).waitFor({ timeout: 30_000 });
  return dialog;
}
