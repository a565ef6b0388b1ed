/**
 * A page in a new browser context: its own, empty browser storage, as on another person's
 * machine. Console errors and warnings are collected as the `test` fixture does for `page`.
 */
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

export interface FreshPage {
  page: Page;
  /** Checks that the page logged no error or warning, then closes its context. */
  close(): Promise<void>;
}

export async function freshPage(browser: Browser, options: BrowserContextOptions = {}): Promise<FreshPage> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, viewport: use.viewport ?? null, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    page,
    close: async () => {
      await context.close();
      expect(problems, 'console errors or warnings in the fresh page').toEqual([]);
    },
  };
}
