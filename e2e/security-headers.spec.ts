/**
 * The pages carry security headers, and the whole app works under its Content-Security-Policy:
 * every other spec fails on a console error, which is where the browser reports a violation;
 * this one also listens for the violation events themselves while the editor opens, lays out,
 * exports and shares, and checks that the policy is really enforced and that no site can frame
 * the editor.
 */
import { test as base, type Page } from '@playwright/test';
import { PEERED_PAIR, text } from './documents';
import { chooseFile, downloadOf, pngSize } from './files';
import { expect, openEditor, test } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Records every `securitypolicyviolation` event of the page, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Checks the headers of a page's response; returns the policy's script nonce. */
function expectSecurityHeaders(response: { status(): number; headers(): Record<string, string> } | null): string {
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-powered-by']).toBeUndefined();
  const policy = headers['content-security-policy'] ?? '';
  const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values] as const));
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  const scripts = directives.get('script-src') ?? [];
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts).not.toContain("'unsafe-inline'");
  const nonce = scripts.find((s) => s.startsWith("'nonce-"));
  expect(nonce, 'a nonce in script-src').toBeDefined();
  return nonce!.slice("'nonce-".length, -1);
}

test('the editor and the review page send the security headers, with a new nonce each time', async ({ page }) => {
  const first = expectSecurityHeaders(await page.goto('/'));
  const again = await page.request.get('/');
  const nonce = expectSecurityHeaders(again);
  expect(nonce).not.toBe(first);
  expectSecurityHeaders(await page.request.get('/review'));
  // Next.js put the nonce on every script of the page it rendered.
  const scripts = [...(await again.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => /\snonce="([^"]*)"/.exec(tag)?.[1]);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts).toEqual(scripts.map(() => nonce));
  // Build assets are served with nosniff too.
  const asset = await page.locator('script[src]').first().getAttribute('src');
  expect((await page.request.get(asset!)).headers()['x-content-type-options']).toBe('nosniff');
});

test('editing, auto-layout, image export, sharing and the review page raise no policy violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await openEditor(page);
  await chooseFile(page, 'pair.json', text(PEERED_PAIR.document));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(PEERED_PAIR.document.nodes.length);

  // Auto-layout runs ELK in a web worker.
  await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Auto-layout', exact: true })).toBeEnabled({ timeout: 30_000 });

  // PNG export: the document's SVG (icons fetched from the app) drawn on a canvas, a blob: download.
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('menuitem', { name: /^Export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  const png = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export PNG' }).click());
  expect(pngSize(png.bytes).width).toBeGreaterThan(100);

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('dialog', { name: 'Share link' });
  const review = await share.getByLabel(/Link to the review page/).inputValue();
  expect(await violations()).toEqual([]);

  const reviewViolations = await recordViolations(page);
  await page.goto(review);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(PEERED_PAIR.document.name);
  await expect(page.getByRole('table', { name: 'Reachability matrix' })).toBeVisible();
  expect(await reviewViolations()).toEqual([]);
});

base('the policy is enforced: injected markup does not run, and no other site can frame the editor', async ({ page, baseURL }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible({ timeout: 15_000 });
  // The classic injection: markup with an event handler, parsed into the page.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__injected = true">'));
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-attr blocked inline/)]);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected ?? false)).toBe(false);

  // Another origin (here a page with no origin at all) puts the editor in a frame: the browser refuses it.
  await page.goto('about:blank');
  await page.setContent(`<iframe src="${baseURL}/" width="800" height="600"></iframe>`);
  const frame = page.frameLocator('iframe');
  await page.waitForTimeout(3000);
  await expect(frame.getByText('Opening your diagram…')).toHaveCount(0);
  await expect(frame.getByTestId('canvas')).toHaveCount(0);
});
