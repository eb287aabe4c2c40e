import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/core/dataset/buildDataset';
import { serializeDataset } from '../../src/core/dataset/serializeDataset';
import { ENTRY_KINDS, type Brief, type Dataset } from '../../src/core/model/types';
import { parseBrief } from '../../src/core/parse/parseBrief';
import { chromiumPath, launchBrowser, trackConsoleErrors } from './support/browser';
import { chooseFiles, datasetLabel, format, importDialog, type Chooser } from './support/importing';
import { startPreviewServer } from './support/server';
import { itWithCorpus, readCorpus } from '../support/corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const DEMO: Dataset = JSON.parse(readFileSync(resolve(ROOT, 'public/data/briefs.json'), 'utf8')) as Dataset;

const rowsOf = (briefs: readonly Brief[]) =>
  briefs.reduce((sum, brief) => sum + ENTRY_KINDS.reduce((count, kind) => count + brief[kind].length, 0), 0);
const DEMO_LABEL = `Demo data ${format(DEMO.briefs.length)} briefs · ${format(rowsOf(DEMO.briefs))} rows`;

const corpus = readCorpus('real');
const corpusFiles = corpus.map(({ path }) => path);
/** What ingest's parser makes of the real corpus, in node: the figures the browser import must match. */
const corpusBriefs = corpus.flatMap(({ file, text }) => {
  const parsed = parseBrief(text, file);
  return parsed.ok ? [parsed.value] : [];
});
const CORPUS_LABEL = `Imported ${format(corpusBriefs.length)} briefs · ${format(rowsOf(corpusBriefs))} rows`;

const BRIEF_TEXT = [
  '# __A dropped brief__, (from page [20240301](https://newsletter.example/p/20240301).)',
  '',
  '__[External link](https://news.example/a)__',
  '',
  '## Concerns',
  '| name | description | relevancy |',
  '|---|---|---|',
  '| Privacy | Data leaves home | 4 |',
].join('\n');

describe.skipIf(chromiumPath === null)('import', () => {
  let server: Awaited<ReturnType<typeof startPreviewServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let scratch: string;

  /** The table's status line once the whole dataset is shown (while it loads, the line says "so far"). */
  const status = () => page.getByRole('tabpanel').getByRole('status').filter({ hasNotText: 'so far' });

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await launchBrowser();
    scratch = mkdtempSync(join(tmpdir(), 'trendscope-import-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  // A fresh context per test: its own IndexedDB, so no import leaks from one test into the next.
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    errors = trackConsoleErrors(page);
    await page.goto(server.url);
    await status().waitFor();
  });

  afterEach(async () => {
    expect(errors).toEqual([]);
    await context.close();
  });

  function scratchFile(name: string, content: string | Buffer): string {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  }

  itWithCorpus(
    'imports the 55 real briefs through the file chooser, keeps them over a reload, and clears them',
    async () => {
      expect(await datasetLabel(page)).toBe(DEMO_LABEL);
      const dialog = await chooseFiles(page, 'Brief files', corpusFiles);
      expect(await dialog.getByRole('status').innerText()).toContain(
        `Ready: ${format(55)} briefs · ${format(rowsOf(corpusBriefs))} rows from 55 files.`,
      );
      await dialog.getByRole('button', { name: 'Replace current data' }).click();
      await importDialog(page).waitFor({ state: 'hidden' });
      expect(corpusBriefs).toHaveLength(55);
      expect(await datasetLabel(page)).toBe(CORPUS_LABEL);
      await expect.poll(() => status().textContent()).toBe('55 of 55 briefs');

      await page.reload();
      await status().waitFor();
      expect(await datasetLabel(page)).toBe(CORPUS_LABEL);

      await page.getByRole('button', { name: 'Clear imported data' }).click();
      await expect.poll(() => datasetLabel(page)).toBe(DEMO_LABEL);
      await page.reload();
      await status().waitFor();
      expect(await datasetLabel(page)).toBe(DEMO_LABEL);
      expect(await page.getByRole('button', { name: 'Clear imported data' }).count()).toBe(0);
    },
  );

  it('says so when the data kept by an earlier visit cannot be read, and shows the built-in data', async () => {
    // What a newer Trendscope could have kept: the record of src/persistence/importedDataset.ts, schema version 2.
    await page.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('trendscope', 1);
          opening.onupgradeneeded = () => opening.result.createObjectStore('imported');
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const transaction = opening.result.transaction('imported', 'readwrite');
            transaction.objectStore('imported').put({ text, sourceLabel: 'Imported' }, 'dataset');
            transaction.oncomplete = () => {
              opening.result.close();
              resolve();
            };
          };
        }),
      JSON.stringify({ ...DEMO, schemaVersion: 3 }),
    );
    await page.reload();
    await status().waitFor();
    expect(await datasetLabel(page)).toBe(DEMO_LABEL);
    const notice = page
      .getByRole('banner')
      .getByRole('status')
      .filter({ has: page.getByRole('button', { name: 'Dismiss' }) });
    expect(await notice.innerText()).toContain(
      'The imported data kept in this browser could not be read (schema version 3 is newer than this Trendscope reads (2)); showing the built-in data.',
    );
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
  });

  itWithCorpus('imports a folder, reading only its .md and .txt files', async () => {
    const folder = join(scratch, 'folder');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    corpus.forEach(({ file, path }, position) =>
      copyFileSync(path, join(folder, position % 2 === 0 ? '' : 'nested', file)),
    );
    writeFileSync(join(folder, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(folder, '.hidden.md'), BRIEF_TEXT);
    const dialog = await chooseFiles(page, 'A folder of briefs', folder);
    expect(await dialog.getByRole('status').innerText()).toContain(`Ready: ${format(55)} briefs`);
    expect(await dialog.getByText(/files? in the folder not read/).innerText()).toMatch(
      /^2 files in the folder not read \(only \.md and \.txt are\): (\.hidden\.md, photo\.png|photo\.png, \.hidden\.md)$/,
    );
    await dialog.getByRole('button', { name: 'Replace current data' }).click();
    await expect.poll(() => datasetLabel(page)).toBe(CORPUS_LABEL);
  });

  const firstBytes = Buffer.from(serializeDataset(DEMO)).subarray(0, 1204);
  const badFiles: [what: string, chooser: Chooser, file: () => string, message: string][] = [
    [
      'truncated JSON',
      'A dataset',
      () => scratchFile('briefs.json', firstBytes),
      'briefs.json: not valid JSON (unexpected end at byte 1,204)',
    ],
    [
      'JSON that is no dataset',
      'A dataset',
      () => scratchFile('package.json', JSON.stringify({ name: 'x', briefs: 3 })),
      'package.json: not a Trendscope dataset: no schemaVersion',
    ],
    [
      'a newer schema version',
      'A dataset',
      () => scratchFile('data.json', JSON.stringify({ ...DEMO, schemaVersion: 3 })),
      'data.json: schema version 3 is newer than this Trendscope reads (2)',
    ],
    ['an empty file', 'Brief files', () => scratchFile('empty.md', ''), 'empty.md: empty file'],
    [
      'a binary file',
      'Brief files',
      () =>
        scratchFile(
          'photo.png',
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        ),
      'photo.png: binary file, not a brief',
    ],
    [
      'a file over 200 MB (sparse: no 201 MB written)',
      'A dataset',
      () => {
        const path = scratchFile('huge.json', '');
        truncateSync(path, 201 * 1024 * 1024);
        return path;
      },
      'huge.json: too large to import (201 MB; the limit is 200 MB)',
    ],
    [
      'a text that is no brief',
      'Brief files',
      () => scratchFile('notes.md', 'just some notes\n'),
      'notes.md: ',
    ],
  ];

  it.each(badFiles)(
    'refuses %s, names the file and the problem, and changes nothing',
    async (_, chooser, file, message) => {
      await page.getByRole('tab', { name: /^Signals/ }).click();
      await page.getByRole('searchbox').first().fill('a');
      await expect.poll(() => status().textContent()).toMatch(/^[\d,]+ of [\d,]+ signals$/);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('a');
      const before = {
        label: await datasetLabel(page),
        status: await status().textContent(),
        url: page.url(),
      };
      expect(firstBytes.every((byte) => byte < 0x80)).toBe(true);

      const dialog = await chooseFiles(page, chooser, file());
      const alert = dialog.getByRole('alert');
      expect(await alert.innerText()).toContain('Nothing was imported');
      expect(await alert.getByRole('listitem').innerText()).toContain(message);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      expect({
        label: await datasetLabel(page),
        status: await status().textContent(),
        url: page.url(),
      }).toEqual(before);
      await page.reload();
      await status().waitFor();
      expect(await datasetLabel(page)).toBe(DEMO_LABEL);
    },
  );

  itWithCorpus('imports what it can of a mixed batch and reports the rest per file', async () => {
    const dialog = await chooseFiles(page, 'Brief files', [
      corpusFiles[0]!,
      scratchFile('empty.txt', ''),
      scratchFile('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])),
    ]);
    expect(await dialog.getByRole('status').innerText()).toContain('Ready: 1 brief');
    expect(await dialog.getByRole('status').innerText()).toContain('2 files rejected');
    const report = dialog.getByRole('list', { name: 'Files' });
    expect(await report.getByRole('listitem').allInnerTexts()).toEqual([
      'empty.txt: rejected, empty file',
      'photo.png: rejected, binary file, not a brief',
      expect.stringMatching(new RegExp(`^${corpusBriefs[0]!.file.replace('.', '\\.')}: 1 brief, \\d+ rows`)),
    ]);
  });

  it.each([
    ['the current briefs', 'current'],
    ['the imported briefs', 'imported'],
  ] as const)('merges, keeping %s for ids held by both', async (choice, winner) => {
    const current = DEMO.briefs[0]!;
    const added = { ...DEMO.briefs[1]!, id: 'new-brief' };
    const imported = buildDataset([{ ...current, title: 'Imported title' }, added], { files: 2, skipped: 0 });
    const dialog = await chooseFiles(
      page,
      'A dataset',
      scratchFile('merge.json', serializeDataset(imported)),
    );
    const merge = dialog.getByRole('region', { name: 'If you merge' });
    expect(await merge.innerText()).toContain(
      '1 new brief added; 1 brief with an id already shown but different content:',
    );
    expect(await merge.getByRole('listitem').innerText()).toBe(
      `${current.id}: “${current.title}” (current) / “Imported title” (imported)`,
    );
    await merge.getByRole('radio', { name: choice }).check();
    await dialog.getByRole('button', { name: 'Merge into current data' }).click();
    const rows = rowsOf(DEMO.briefs) + rowsOf([added]);
    await expect
      .poll(() => datasetLabel(page))
      .toBe(`Imported ${format(DEMO.briefs.length + 1)} briefs · ${format(rows)} rows`);
    // The merged data is kept: reopened with the shared id in the address, it shows the winner's brief.
    await page.goto(`${server.url}?brief=${encodeURIComponent(current.id)}`);
    const title = winner === 'current' ? current.title : 'Imported title';
    await page.getByRole('dialog', { name: title }).waitFor();
  });

  itWithCorpus(
    'rebuilds briefs from a CSV that Trendscope exported, saying what a CSV cannot carry',
    async () => {
      const withSignals = corpusBriefs.filter((brief) => brief.signals.length > 0);
      const header =
        'Name,Description,Change,10-year,Driving force,Relevancy,Brief,Date,Brief id,Article URL';
      const quote = (cell: string | number | null) => `"${String(cell ?? '').replaceAll('"', '""')}"`;
      const lines = withSignals.flatMap((brief) =>
        brief.signals.map((signal) =>
          [
            signal.name,
            signal.description,
            signal.change,
            signal.tenYear,
            signal.drivingForce,
            signal.relevancy,
          ]
            .concat([brief.title, brief.date, brief.id, brief.url])
            .map(quote)
            .join(','),
        ),
      );
      const csv = scratchFile('signals_2026-01-01.csv', `\uFEFF${header}\r\n${lines.join('\r\n')}\r\n`);
      const dialog = await chooseFiles(page, 'CSV exported by Trendscope', csv);
      const signals = withSignals.reduce((sum, brief) => sum + brief.signals.length, 0);
      expect(await dialog.getByRole('status').innerText()).toContain(
        `Ready: ${format(withSignals.length)} briefs · ${format(signals)} rows from 1 file.`,
      );
      await dialog.getByRole('group').getByText('1 warning').click();
      expect(await dialog.getByRole('list', { name: 'Files' }).innerText()).toContain(
        'a CSV export does not carry page ids, page links or related briefs',
      );
    },
  );

  it('imports files dropped on the page, showing a drop target while they are dragged', async () => {
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
      return transfer;
    }, BRIEF_TEXT);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.getByText('Drop briefs to import').waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    const dialog = importDialog(page);
    await dialog.getByText(/^Ready: 1 brief · 1 row from 1 file/).waitFor();
    expect(await page.getByText('Drop briefs to import').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Replace current data' }).click();
    await expect
      .poll(() => datasetLabel(page))
      .toBe('Imported 1 brief · 1 row'.replace('1 brief', '1 briefs').replace('1 row', '1 rows'));
  });

  itWithCorpus('offers the import when the page has no dataset to show', async () => {
    await page.goto(`${server.url}?data=missing.json`);
    await page.getByRole('alert').getByText('No dataset found').waitFor();
    await page.getByRole('button', { name: 'Import briefs' }).click();
    const dialog = await chooseFiles(page, 'Brief files', corpusFiles);
    await dialog.getByRole('button', { name: 'Show the imported data' }).click();
    await expect.poll(() => datasetLabel(page)).toBe(CORPUS_LABEL);
    // The browser logs the 404 of missing.json as an error: expected here, and the only one allowed.
    expect(errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
    errors.length = 0;
  });

  it('is usable from the keyboard, and Esc gives focus back to the Import button', async () => {
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    await importButton.focus();
    await page.keyboard.press('Enter');
    const dialog = importDialog(page);
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await importButton.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});
