/**
 * Helpers that drive the editor the way a person does: the mouse on the palette, on node
 * handles and on the canvas; the keyboard for shortcuts. They never call into the app's code.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/** A test that fails when the page logs a console error or warning, or throws. */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors or warnings during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const node = (page: Page, id: string): Locator => page.locator(`.react-flow__node[data-id="${id}"]`);
export const edge = (page: Page, id: string): Locator => page.locator(`.react-flow__edge[data-id="${id}"]`);
export const nodesOfKind = (page: Page, kind: string): Locator => page.locator(`.react-flow__node:has(> [data-kind="${kind}"])`);
export const canvas = (page: Page): Locator => page.getByTestId('canvas');
export const findingsPanel = (page: Page): Locator => page.getByRole('region', { name: 'Findings', exact: true });
export const inspector = (page: Page): Locator => page.getByRole('complementary', { name: 'Inspector' });

export async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

export async function center(locator: Locator): Promise<Point> {
  const b = await box(locator);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** An edge is drawn: attached, with a path of some length (a straight line may have an empty box). */
export async function expectEdge(page: Page, id: string): Promise<void> {
  await expect(edge(page, id)).toBeAttached();
  const length = await edge(page, id)
    .locator('path.vc-edge')
    .evaluate((p) => (p as SVGPathElement).getTotalLength());
  expect(length).toBeGreaterThan(10);
}

/** Opens the editor and waits until a diagram is drawn. */
export async function openEditor(page: Page): Promise<void> {
  await page.goto('/');
  await expect(canvas(page)).toBeVisible();
  await expect(page.getByTestId('save-status')).toBeVisible();
}

/** "New", confirmed: an empty canvas. */
export async function newDiagram(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const confirm = page.getByRole('button', { name: 'Discard and start new' });
  if (await confirm.isVisible()) await confirm.click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

/** Moves the mouse in small steps, as a hand would. */
async function glide(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  }
}

/** Drags a palette entry (by its label) to a point on the screen and lets go. */
export async function dragFromPalette(page: Page, label: string, to: Point, options: { release?: boolean } = {}): Promise<void> {
  const item = page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: label, exact: true });
  await item.scrollIntoViewIfNeeded();
  const from = await center(item);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await glide(page, from, to);
  if (options.release !== false) await page.mouse.up();
}

/** Drags an existing node by its icon or title bar to a point. */
export async function dragNode(page: Page, id: string, to: Point, grip?: Point): Promise<void> {
  const b = await box(node(page, id));
  const from = grip ?? { x: b.x + b.width / 2, y: b.y + 18 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await glide(page, from, to);
  await page.mouse.up();
}

/**
 * Starts a line from a node's connection dot and moves it over another node; `release: false`
 * keeps the button down so the test can look at the target before letting go.
 */
export async function connect(page: Page, fromId: string, toId: string, options: { release?: boolean; at?: Point } = {}): Promise<void> {
  await node(page, fromId).hover();
  const handle = node(page, fromId).locator('.vc-source-handle').first();
  const from = await center(handle);
  const to = options.at ?? (await center(node(page, toId)));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await glide(page, from, to, 16);
  if (options.release !== false) await page.mouse.up();
}

/** Screen point at a fraction of an element's box (0,0 = top-left). */
export async function pointIn(locator: Locator, fx: number, fy: number): Promise<Point> {
  const b = await box(locator);
  return { x: b.x + b.width * fx, y: b.y + b.height * fy };
}

/** "Compare with…" from the file menu, choosing a JSON file of `content` (narrow windows put the file actions under "File", wider ones under "Save"). */
export async function chooseCompareFile(page: Page, name: string, content: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => {
      await page.getByRole('banner').getByRole('button', { name: /^(Save|File)$/ }).click();
      await page.getByRole('menuitem', { name: 'Compare with…' }).click();
    })(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

/** Waits until the current document is saved in the browser. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Saved in this browser');
}

/** Ids of the drawn nodes of a kind, in document order. */
export async function idsOfKind(page: Page, kind: string): Promise<string[]> {
  return nodesOfKind(page, kind).evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}
