import { existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium binary: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
}

export const chromiumPath = findChromium();

if (!chromiumPath) {
  const message =
    '!!!!! NO CHROMIUM FOUND: end-to-end tests are NOT running. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH. !!!!!';
  if (process.env.TRENDSCOPE_REQUIRE_BROWSER === '1') throw new Error(message);
  console.warn(`\n${message}\n`);
}

export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('launchBrowser called without a Chromium');
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
}

/**
 * Waits until the whole dataset is shown. While it loads, the app shows its first briefs with a
 * progress bar in the header, and the header's actions (Export CSV among them) only come after.
 */
export async function waitForWholeDataset(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Export CSV', exact: true }).waitFor();
}

/** Collects console errors and page errors so a test can assert there were none. */
export function trackConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
