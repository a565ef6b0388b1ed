/**
 * Pages beside the test's own: in a new browser context (its own, empty browser storage, as on
 * another person's machine) or opened by the app. Their console errors and warnings are collected
 * as the `test` fixture does for `page`.
 */
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

export interface FreshPage {
  page: Page;
  /** Checks that the page logged no error or warning, then closes its context. */
  close(): Promise<void>;
}

/** Collects a page's console errors and warnings; the returned function fails the test if there were any. */
export function watchConsole(page: Page): () => void {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return () => expect(problems, `console errors or warnings in ${page.url()}`).toEqual([]);
}

export async function freshPage(browser: Browser, options: BrowserContextOptions = {}): Promise<FreshPage> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, viewport: use.viewport ?? null, ...options });
  const page = await context.newPage();
  const check = watchConsole(page);
  return {
    page,
    close: async () => {
      await context.close();
      check();
    },
  };
}
