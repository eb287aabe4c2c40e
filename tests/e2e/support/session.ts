import type { Browser, Page } from 'playwright-core';
import { launchBrowser, trackConsoleErrors } from './browser';
import { startPreviewServer } from './server';

/** A preview server of the build, a browser and one page on it, with the page's console errors collected. */
export interface Session {
  url: string;
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export async function startSession(viewport = { width: 1366, height: 768 }): Promise<Session> {
  const server = await startPreviewServer();
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport });
    const opened = browser;
    return {
      url: server.url,
      page,
      errors: trackConsoleErrors(page),
      close: async () => {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
