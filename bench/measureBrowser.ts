import type { Browser, CDPSession, Page } from 'playwright-core';
import { chromiumPath, launchBrowser, trackConsoleErrors } from '../tests/e2e/support/browser';
import { ensureDataset } from './corpora';
import { sampledFigure, type Corpus, type Figure, type Measurement, type Unit } from './measurement';
import { CORPORA_DIR } from './paths';
import { median, percentiles } from './percentiles';
import { startStaticServer } from './staticServer';

/** Each measurement set runs this many times, each in a fresh browser context; the median run counts. */
export const BROWSER_RUNS = 3;
const THEME_CLICKS = 30;
const SEARCH_KEYSTROKES = 30;
const SORT_CLICKS = 30;
/** Themes clicked in turn (each on, then off again). */
const THEMES_CYCLED = 8;
/** Time for idle work after the whole dataset is shown (building the search index, the warm-up) before the interactions. */
const SETTLE_MS = 1500;
/**
 * Time a fresh page is given before the navigation: Chromium sets up each new window with work of
 * its own (a trace shows its omnibox WebUI loading a dozen scripts), which would otherwise share
 * the two cores with the page being measured. A user's browser window exists before they navigate.
 */
const WINDOW_SETTLE_MS = 1000;

type Kind = 'theme' | 'search' | 'sort';
const KINDS: readonly Kind[] = ['theme', 'search', 'sort'];

/**
 * One interaction, from the app's marks: `ts:input:<kind>`, the `ts:painted:<kind>` that answered
 * it (the count for a filter, the rows for a sort) and the `ts:rows:<kind>` that showed its rows.
 */
interface Interaction {
  input: number;
  painted: number;
  rows: number;
}

interface LongTask {
  start: number;
  duration: number;
}

interface RunFigures {
  firstRowsMs: number;
  /** The first Search keystroke, typed as soon as the first rows show, on a page of its own. */
  firstSearch: Interaction | null;
  /** Navigation to the whole dataset on screen (the first rows may come from its first briefs). */
  loadedMs: number;
  /** Main-thread time from navigation to the first rows. */
  loadMainThread: MainThread;
  heapMB: number;
  heapBeforeGcMB: number;
  blocks: Record<Kind, Block>;
  longestTaskMs: Record<Kind, number>;
  csv: { ms: number; longestTaskMs: number } | null;
  consoleErrors: string[];
}

declare global {
  interface Window {
    benchLongTasks?: LongTask[];
  }
}

function timeouts(size: number) {
  const scale = Math.max(1, size / 3000);
  return { load: 30_000 * scale, interaction: 5_000 * scale };
}

/** How many marks of each name the page holds, in one round trip. */
function markCounts(page: Page, names: readonly string[]): Promise<number[]> {
  return page.evaluate(
    (marks) => marks.map((mark) => performance.getEntriesByName(mark, 'mark').length),
    [...names],
  );
}

/**
 * True once there are more than `count` marks named `name`, false after `timeout` ms. It waits in
 * the page on a PerformanceObserver: polling from here would run scripts on the page's main
 * thread while it works, and delay what is measured.
 */
function waitForMark(page: Page, name: string, count: number, timeout: number): Promise<boolean> {
  return page.evaluate(
    ({ name, count, timeout }) =>
      new Promise<boolean>((resolve) => {
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        if (performance.getEntriesByName(name, 'mark').length > count) {
          resolve(true);
          return;
        }
        const observer = new PerformanceObserver(() => {
          if (performance.getEntriesByName(name, 'mark').length <= count) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(true);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, timeout);
        observer.observe({ type: 'mark' });
      }),
    { name, count, timeout },
  );
}

/**
 * Does `action`, then waits for the next `ts:painted:<kind>` mark and the `ts:rows:<kind>` mark
 * after it (the rows follow the count by a frame; the next action comes after them, as a user's
 * would); null when either does not come in time.
 */
async function interact(
  page: Page,
  kind: string,
  action: () => Promise<unknown>,
  timeout: number,
): Promise<Interaction | null> {
  const paintedName = `ts:painted:${kind}`;
  const rowsName = `ts:rows:${kind}`;
  const [before, rowsBefore] = (await markCounts(page, [paintedName, rowsName])) as [number, number];
  await action();
  if (!(await waitForMark(page, paintedName, before, timeout))) return null;
  if (!(await waitForMark(page, rowsName, rowsBefore, timeout))) return null;
  return page.evaluate(
    ({ kind, before, rowsBefore }) => {
      const painted = performance.getEntriesByName(`ts:painted:${kind}`, 'mark');
      const previous = painted[before - 1]?.startTime ?? -Infinity;
      const answer = painted[before]!.startTime;
      const rows = performance.getEntriesByName(`ts:rows:${kind}`, 'mark')[rowsBefore]!.startTime;
      const input = performance
        .getEntriesByName(`ts:input:${kind}`, 'mark')
        .find((mark) => mark.startTime > previous && mark.startTime <= answer);
      return input === undefined ? null : { input: input.startTime, painted: answer, rows };
    },
    { kind, before, rowsBefore },
  );
}

/** Lower-case words of six letters or more from the cells on screen, enough for `letters` keystrokes. */
async function wordsOnScreen(page: Page, letters: number): Promise<string[]> {
  const cells = await page.getByRole('gridcell').allTextContents();
  const words: string[] = [];
  let total = 0;
  for (const word of cells
    .join(' ')
    .toLowerCase()
    .match(/\p{L}{6,}/gu) ?? []) {
    if (total >= letters) break;
    if (words.includes(word)) continue;
    words.push(word);
    total += word.length;
  }
  return words;
}

/** Time from a click on "Export CSV" to the download (null when the page has no such button), and the longest task meanwhile. */
async function exportCsv(page: Page, timeout: number): Promise<{ ms: number; longestTaskMs: number } | null> {
  const button = page.getByRole('button', { name: 'Export CSV', exact: true });
  if ((await button.count()) === 0) return null;
  await button.scrollIntoViewIfNeeded();
  const download = page.waitForEvent('download', { timeout });
  const start = await page.evaluate(() => performance.now());
  const clickedAt = performance.now();
  await button.click();
  await download;
  const ms = performance.now() - clickedAt;
  const end = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(() => window.benchLongTasks ?? []);
  return { ms, longestTaskMs: longestTaskDuring(tasks, [{ input: start, painted: end, rows: end }]) };
}

/** Main-thread time by activity, from CDP Performance.getMetrics (cumulative since the page started), in ms. */
interface MainThread {
  script: number;
  style: number;
  layout: number;
  task: number;
}

const METRIC_NAMES: Record<keyof MainThread, string> = {
  script: 'ScriptDuration',
  style: 'RecalcStyleDuration',
  layout: 'LayoutDuration',
  task: 'TaskDuration',
};

async function mainThread(cdp: CDPSession): Promise<MainThread> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  const times = {} as MainThread;
  for (const key of Object.keys(METRIC_NAMES) as (keyof MainThread)[])
    times[key] = seconds(METRIC_NAMES[key]) * 1000;
  return times;
}

function perAction(before: MainThread, after: MainThread, actions: number): MainThread {
  const times = {} as MainThread;
  for (const key of Object.keys(METRIC_NAMES) as (keyof MainThread)[])
    times[key] = (after[key] - before[key]) / Math.max(1, actions);
  return times;
}

interface Block {
  interactions: Interaction[];
  missed: number;
  /** Main-thread time per action of the block (the harness's own small scripts included). */
  perAction: MainThread;
}

/**
 * Runs `body`, which acts through `sample` (measured) and `act` (waited for, not measured), and
 * collects the interactions of `kind` with the block's main-thread time per action.
 */
async function block(
  page: Page,
  cdp: CDPSession,
  kind: Kind,
  timeout: number,
  body: (
    sample: (action: () => Promise<unknown>) => Promise<void>,
    act: (action: () => Promise<unknown>) => Promise<void>,
  ) => Promise<void>,
): Promise<Block> {
  const before = await mainThread(cdp);
  const interactions: Interaction[] = [];
  let missed = 0;
  let actions = 0;
  const act = async (action: () => Promise<unknown>) => {
    actions++;
    await interact(page, kind, action, timeout);
  };
  const sample = async (action: () => Promise<unknown>) => {
    actions++;
    const interaction = await interact(page, kind, action, timeout);
    if (interaction === null) missed++;
    else interactions.push(interaction);
  };
  await body(sample, act);
  return { interactions, missed, perAction: perAction(before, await mainThread(cdp), actions) };
}

/**
 * Opens the page in a context of its own, types the first letter of a word on screen into Search as
 * soon as the first rows show, and returns that keystroke (null when it was never answered).
 */
async function firstSearch(browser: Browser, url: string, size: number): Promise<Interaction | null> {
  const limits = timeouts(size);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.waitForTimeout(WINDOW_SETTLE_MS);
    await page.goto(url, { waitUntil: 'commit' });
    if (!(await waitForMark(page, 'ts:first-rows', 0, limits.load))) throw new Error('no first rows in time');
    const [word] = await wordsOnScreen(page, 1);
    const searchBox = page.getByRole('searchbox', { name: 'Search', exact: true });
    await searchBox.focus();
    return await interact(page, 'search', () => page.keyboard.type(word?.[0] ?? 'e'), limits.load);
  } finally {
    await context.close();
  }
}

async function measureRun(browser: Browser, url: string, size: number): Promise<RunFigures> {
  const limits = timeouts(size);
  const first = await firstSearch(browser, url, size);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    const consoleErrors = trackConsoleErrors(page);
    await page.addInitScript(() => {
      const tasks: LongTask[] = [];
      window.benchLongTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.waitForTimeout(WINDOW_SETTLE_MS);
    await page.goto(url, { waitUntil: 'commit' });
    if (!(await waitForMark(page, 'ts:first-rows', 0, limits.load))) throw new Error('no first rows in time');
    const firstRowsMs = await page.evaluate(
      () => performance.getEntriesByName('ts:first-rows', 'mark')[0]!.startTime,
    );
    if (!(await waitForMark(page, 'ts:loaded', 0, limits.load)))
      throw new Error('the dataset was not shown in time');
    const loadMainThread = await mainThread(cdp);
    const loadedMs = await page.evaluate(
      () => performance.getEntriesByName('ts:loaded', 'mark')[0]!.startTime,
    );

    await page.waitForTimeout(SETTLE_MS);
    const heapBeforeGc = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    const themes = page.getByRole('group', { name: 'Themes' });
    const theme = await block(page, cdp, 'theme', limits.interaction, async (sample) => {
      for (let click = 0; click < THEME_CLICKS; click++) {
        const checkbox =
          click % 2 === 0
            ? themes.getByRole('checkbox', { checked: false }).nth((click / 2) % THEMES_CYCLED)
            : themes.getByRole('checkbox', { checked: true }).first();
        await sample(() => checkbox.click());
      }
    });

    const searchBox = page.getByRole('searchbox', { name: 'Search', exact: true });
    const words = await wordsOnScreen(page, SEARCH_KEYSTROKES);
    const search = await block(page, cdp, 'search', limits.interaction, async (sample, act) => {
      for (const word of words) {
        await searchBox.focus();
        for (const letter of word) await sample(() => page.keyboard.type(letter));
        await act(() => searchBox.fill(''));
      }
    });

    await interact(
      page,
      'view',
      () => page.getByRole('tab', { name: 'Signals' }).click(),
      limits.interaction,
    );
    const sortButton = (label: string) =>
      page
        .getByRole('columnheader')
        .filter({ hasText: new RegExp(`^${label}`) })
        .getByRole('button');
    const sort = await block(page, cdp, 'sort', limits.interaction, async (sample) => {
      for (let click = 0; click < SORT_CLICKS; click++) {
        await sample(() => sortButton(click % 2 === 0 ? 'Relevancy' : 'Name').click());
      }
    });

    // The forced GC comes after the interactions: it collects until nothing more goes, which also
    // discards the compiled code of functions not run meanwhile, so the clicks after it would all
    // be first clicks again (at 3,000 briefs, 6 loads each: the first theme click took 40-64 ms
    // after it, 28-48 ms without it). Whatever the interactions cached is counted too.
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

    const blocks: Record<Kind, Block> = { theme, search, sort };
    const tasks = await page.evaluate(() => window.benchLongTasks ?? []);
    const longestTaskMs = Object.fromEntries(
      KINDS.map((kind) => [kind, longestTaskDuring(tasks, blocks[kind].interactions)]),
    ) as Record<Kind, number>;
    const csv = await exportCsv(page, limits.load);
    return {
      firstRowsMs,
      firstSearch: first,
      loadedMs,
      loadMainThread,
      heapMB: heap / 1e6,
      heapBeforeGcMB: heapBeforeGc / 1e6,
      blocks,
      longestTaskMs,
      csv,
      consoleErrors,
    };
  } finally {
    await context.close();
  }
}

/**
 * The longest task overlapping any interaction (input mark to the later of its painted and rows
 * marks); 0 when none reached 50 ms.
 */
export function longestTaskDuring(tasks: readonly LongTask[], interactions: readonly Interaction[]): number {
  let longest = 0;
  for (const task of tasks) {
    const overlaps = interactions.some(
      ({ input, painted, rows }) =>
        task.start < Math.max(painted, rows) && task.start + task.duration > input,
    );
    if (overlaps && task.duration > longest) longest = task.duration;
  }
  return longest;
}

/** The median of the runs' figures; for sampled figures, the medians of their p50s and p95s. */
function medianFigure(runs: readonly Figure[]): Figure {
  const figure: Figure = { value: median(runs.map((run) => run.value)) };
  if (runs.every((run) => run.p95 !== undefined)) {
    figure.p50 = median(runs.map((run) => run.p50!));
    figure.p95 = median(runs.map((run) => run.p95!));
    figure.count = runs.reduce((sum, run) => sum + run.count!, 0);
  }
  return figure;
}

/**
 * Measures the production build in headless Chromium on the dataset of `size` briefs, served
 * with `?data=`: BROWSER_RUNS runs, each in a fresh context; every figure is the median run.
 */
export async function measureBrowser(
  corpus: Corpus,
  buildDir: string,
  log: (message: string) => void,
): Promise<{ measurements: Measurement[]; chromium: string }> {
  if (chromiumPath === null)
    throw new Error('no Chromium: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  const { size } = corpus;
  const dataset = ensureDataset(corpus);
  const server = await startStaticServer({ '/corpora/': CORPORA_DIR, '/': buildDir });
  const browser = await launchBrowser();
  try {
    const url = `${server.url}/?data=${encodeURIComponent(`corpora/${dataset.slice(CORPORA_DIR.length + 1)}`)}`;
    const runs: RunFigures[] = [];
    for (let run = 1; run <= BROWSER_RUNS; run++) {
      log(`browser, ${size.toLocaleString('en-US')} ${corpus.kind} briefs, run ${run} of ${BROWSER_RUNS}`);
      runs.push(await measureRun(browser, url, size));
    }
    return { measurements: browserMeasurements(corpus, runs), chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Input to the answer painted, or to the rows painted. */
function latenciesOf(run: RunFigures, kind: Kind, until: 'painted' | 'rows' = 'painted'): number[] {
  return run.blocks[kind].interactions.map((interaction) => interaction[until] - interaction.input);
}

/** "script 12, style 3, layout 8 ms": the median run's main-thread times. */
function formatMainThread(times: readonly MainThread[]): string {
  const part = (key: keyof MainThread) => `${key} ${median(times.map((time) => time[key])).toFixed(0)}`;
  return `${part('script')}, ${part('style')}, ${part('layout')} of ${part('task')} ms`;
}

function browserMeasurements(corpus: Corpus, runs: readonly RunFigures[]): Measurement[] {
  const measurement = (
    measure: string,
    label: string,
    unit: Unit,
    figures: Figure[],
    note?: string,
  ): Measurement => ({
    group: 'browser',
    size: corpus.size,
    corpus: corpus.kind,
    measure,
    label,
    unit,
    ...medianFigure(figures),
    runs: figures,
    ...(note ? { note } : {}),
  });
  const single = (value: number): Figure => ({ value });
  const latencies = (run: RunFigures, kind: Kind, until?: 'painted' | 'rows') =>
    sampledFigure(percentiles(latenciesOf(run, kind, until)));
  const interactionNote = (kind: Kind) =>
    `first ${kind} of each run: ${runs.map((run) => (latenciesOf(run, kind)[0] ?? NaN).toFixed(0)).join(' / ')} ms; ` +
    `main thread per action: ${formatMainThread(runs.map((run) => run.blocks[kind].perAction))}`;
  const rowsMeasurement = (kind: 'theme' | 'search', label: string) =>
    measurement(
      `browser.${kind}Rows`,
      `${label} -> rows painted`,
      'ms',
      runs.map((run) => latencies(run, kind, 'rows')),
      kind === 'theme'
        ? 'the rows follow the count in a render of their own'
        : 'no budget: the rows follow the count in a render of their own',
    );
  const missed = runs.reduce(
    (sum, run) => sum + KINDS.reduce((total, kind) => total + run.blocks[kind].missed, 0),
    0,
  );
  const errors = runs.flatMap((run) => run.consoleErrors);
  const problems = [
    missed > 0 ? `${missed} interactions never painted` : '',
    errors.length > 0 ? `${errors.length} console errors, first: ${errors[0]}` : '',
  ].filter((problem) => problem !== '');
  const measurements = [
    measurement(
      'browser.firstRows',
      'navigation to first rows',
      'ms',
      runs.map((run) => single(run.firstRowsMs)),
      problems.join('; '),
    ),
    measurement(
      'browser.firstSearch',
      'first Search keystroke at first rows -> painted',
      'ms',
      runs.map((run) =>
        single(run.firstSearch === null ? NaN : run.firstSearch.painted - run.firstSearch.input),
      ),
      `one keystroke per run, on a page of its own, typed once the first rows show; to rows painted: ${runs
        .map((run) =>
          run.firstSearch === null ? 'never' : (run.firstSearch.rows - run.firstSearch.input).toFixed(0),
        )
        .join(' / ')} ms`,
    ),
    measurement(
      'browser.loaded',
      'navigation to the whole dataset shown',
      'ms',
      runs.map((run) => single(run.loadedMs)),
      `main thread until then: ${formatMainThread(runs.map((run) => run.loadMainThread))}`,
    ),
    measurement(
      'browser.theme',
      'theme click -> painted',
      'ms',
      runs.map((run) => latencies(run, 'theme')),
      interactionNote('theme'),
    ),
    rowsMeasurement('theme', 'theme click'),
    measurement(
      'browser.search',
      'Search keystroke -> painted',
      'ms',
      runs.map((run) => latencies(run, 'search')),
      interactionNote('search'),
    ),
    rowsMeasurement('search', 'Search keystroke'),
    measurement(
      'browser.sort',
      'sort click -> painted',
      'ms',
      runs.map((run) => latencies(run, 'sort')),
      interactionNote('sort'),
    ),
    measurement(
      'browser.longestTask',
      'longest task in interactions',
      'ms',
      runs.map((run) => single(Math.max(...KINDS.map((kind) => run.longestTaskMs[kind])))),
      KINDS.map((kind) => `${kind} ${median(runs.map((run) => run.longestTaskMs[kind])).toFixed(0)}`).join(
        ', ',
      ) + ' ms (median run; 0: no task over 50 ms)',
    ),
    measurement(
      'browser.heap',
      'JS heap after load and interactions (after GC)',
      'MB',
      runs.map((run) => single(run.heapMB)),
      `right after load, before any GC: ${median(runs.map((run) => run.heapBeforeGcMB)).toFixed(1)} MB`,
    ),
  ];
  const csvRuns = runs.flatMap((run) => (run.csv === null ? [] : [run.csv]));
  if (csvRuns.length > 0) {
    measurements.push(
      measurement(
        'browser.csv',
        'export CSV of every row',
        'ms',
        csvRuns.map((csv) => single(csv.ms)),
        `click to download, Signals view, all rows, visible columns; longest task meanwhile ${median(csvRuns.map((csv) => csv.longestTaskMs)).toFixed(0)} ms`,
      ),
    );
  }
  return measurements;
}
