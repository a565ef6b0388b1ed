import type { Page } from '@playwright/test';
import { outlineView } from '../model/edit/outline-view';
import { sampleOfSize } from '../model/layout/sample-networks';
import { dropFile } from './files';
import { canvas, center, chooseCompareFile, expect, inspector, openEditor, test } from './helpers';

/**
 * A network of over 300 shapes at the outline level is one picture (canvas/picture/): React Flow
 * holds only stand-ins for the shape under the pointer and the selected ones. What a user does
 * with the whole network in view still works: pick a shape or a line, drag a shape, box-select,
 * fit the view; zoomed in, the nodes are React Flow's again.
 */
const doc = sampleOfSize(4_000);
const shapes = outlineView(doc).shapes;
const vpc = shapes.find((n) => n.kind === 'vpc')!;
const picture = (page: Page) => page.getByTestId('outline-picture');
const shape = (page: Page, id: string) => picture(page).locator(`.vc-picture-shape[data-id="${id}"] > .vc-picture-box`);

async function openLarge(page: Page) {
  await openEditor(page);
  await dropFile(page, page.locator('.react-flow__pane'), 'large.json', JSON.stringify(doc));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(canvas(page).getByRole('status').filter({ hasText: /Placing|Drawing/ })).toHaveCount(0, { timeout: 60_000 });
  await expect(canvas(page)).toHaveAttribute('data-detail', 'outline');
}

/** The screen box around every shape of the picture. */
function networkBounds(page: Page): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return picture(page)
    .locator('.vc-picture-shape')
    .evaluateAll((gs) => {
      const r = gs.map((g) => g.getBoundingClientRect());
      return { left: Math.min(...r.map((b) => b.left)), top: Math.min(...r.map((b) => b.top)), right: Math.max(...r.map((b) => b.right)), bottom: Math.max(...r.map((b) => b.bottom)) };
    });
}

/** A point on the line drawn for `id`, on the screen. */
function pointOnLine(page: Page, id: string) {
  return picture(page)
    .locator(`path[data-id="${id}"]`)
    .evaluate((path: SVGPathElement) => {
      const p = path.getPointAtLength(path.getTotalLength() / 2);
      const m = path.getScreenCTM()!;
      return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
    });
}

test('the whole of a large network is one picture, and shapes and lines in it are picked, dragged and box-selected', async ({ page }) => {
  expect(shapes.length).toBeGreaterThanOrEqual(300);
  await openLarge(page);
  // Every shape and every line between two shapes is drawn; React Flow holds nothing yet.
  await expect(picture(page).locator('.vc-picture-shape')).toHaveCount(shapes.length);
  const drawnAs = outlineView(doc).drawnAs;
  const lines = doc.connections.filter((c) => drawnAs.get(c.source) !== drawnAs.get(c.target));
  await expect(picture(page).locator('path')).toHaveCount(lines.length);
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);

  // The pointer on a VPC brings its stand-in (and its region's); a click selects it.
  const at = await center(shape(page, vpc.id));
  await page.mouse.move(at.x, at.y);
  await expect(page.locator(`.react-flow__node.vc-proxy[data-id="${vpc.id}"]`)).toHaveCount(1);
  await page.mouse.click(at.x, at.y);
  await expect(picture(page).locator(`.vc-picture-shape.selected[data-id="${vpc.id}"]`)).toHaveCount(1);
  await expect(inspector(page).getByLabel('Name', { exact: true })).toHaveValue(vpc.name!);

  // Dragged out above the network (the columns are packed: a few pixels aside is another VPC,
  // where a VPC may not go), it moves in the picture, and one undo puts it back.
  const before = await center(shape(page, vpc.id));
  const above = (await networkBounds(page)).top - 30;
  await page.mouse.move(before.x, before.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(before.x, before.y + ((above - before.y) * i) / 8);
  await page.mouse.up();
  await expect.poll(async () => before.y - (await center(shape(page, vpc.id))).y).toBeGreaterThan(20);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.abs((await center(shape(page, vpc.id))).y - before.y)).toBeLessThan(1);

  // A click on a line selects the connection.
  const line = lines.find((c) => c.kind === 'tgw-attachment') ?? lines[0]!;
  const onLine = await pointOnLine(page, line.id);
  await page.mouse.move(onLine.x, onLine.y);
  await page.mouse.click(onLine.x, onLine.y);
  await expect(picture(page).locator('path.vc-edge-selected')).toHaveCount(1);
  const picked = await picture(page).locator('path.vc-edge-selected').getAttribute('data-id');
  expect(lines.map((c) => c.id)).toContain(picked);

  // Shift and a drag from outside the network: the box takes every shape wholly inside it.
  const whole = await networkBounds(page);
  await page.mouse.move(whole.left - 10, whole.top - 10);
  await page.keyboard.down('Shift');
  await page.mouse.down();
  await page.mouse.move(whole.right + 10, whole.bottom + 10, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(picture(page).locator('.vc-picture-shape.selected')).toHaveCount(shapes.length);
  await expect(inspector(page)).toContainText(`${shapes.length} selected`);
});

test('compared with a copy that lacks some VPCs, the picture marks them added and is framed beside the compare panel', async ({ page }) => {
  await openLarge(page);
  const vpcs = shapes.filter((n) => n.kind === 'vpc').slice(0, 3);
  const gone = new Set(vpcs.map((v) => v.id));
  for (const n of doc.nodes) if (n.parent !== undefined && gone.has(n.parent)) gone.add(n.id);
  for (const n of doc.nodes) if (n.parent !== undefined && gone.has(n.parent)) gone.add(n.id);
  const copy = { ...doc, name: 'Without three VPCs', nodes: doc.nodes.filter((n) => !gone.has(n.id)), connections: doc.connections.filter((c) => !gone.has(c.source) && !gone.has(c.target)) };
  await chooseCompareFile(page, 'copy.json', JSON.stringify(copy));
  await expect(page.getByTestId('compare-panel')).toContainText('Compared with “Without three VPCs”');
  for (const v of vpcs) await expect(picture(page).locator(`.vc-picture-shape[data-id="${v.id}"] > .vc-picture-ring-added`)).toHaveCount(1);
  // Framed beside the open panel: the picture starts right of it (the fit is the document's, not React Flow's few nodes).
  const panel = (await page.getByTestId('compare-panel').boundingBox())!;
  await expect
    .poll(async () => Math.min(...(await picture(page).locator('.vc-picture-shape').evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().left)))))
    .toBeGreaterThanOrEqual(panel.x + panel.width - 1);
});

test('Fit View frames the whole picture, and zoomed in past the outline level the nodes are drawn again', async ({ page }) => {
  await openLarge(page);
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // Panned half away, then fitted by the controls' button: the picture lies on the canvas again.
  await page.mouse.move(pane.x + 20, pane.y + 20);
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 10, pane.y + pane.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.getByTestId('rf__controls').getByRole('button', { name: 'Fit View' }).click();
  await expect
    .poll(async () => {
      const b = (await picture(page).locator('.vc-picture-shape').first().boundingBox())!;
      return b.x >= pane.x && b.x + b.width <= pane.x + pane.width;
    })
    .toBe(true);

  // Zoomed in on a VPC: the picture goes and React Flow draws the nodes in view.
  const at = await center(shape(page, vpc.id));
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 12 && (await canvas(page).getAttribute('data-detail')) === 'outline'; i++) {
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(120);
  }
  await expect(canvas(page)).not.toHaveAttribute('data-detail', 'outline');
  await expect(picture(page)).toHaveCount(0);
  await expect(page.locator(`.react-flow__node[data-id="${vpc.id}"]:not(.vc-proxy)`)).toHaveCount(1);
});

test('from the keyboard, Find a node goes to a VPC by name: selected, framed and drawn in full', async ({ page }) => {
  await openLarge(page);
  const target = shapes.filter((n) => n.kind === 'vpc').at(-1)!;
  await page.keyboard.press('ControlOrMeta+f');
  const dialog = page.getByRole('dialog', { name: 'Find a node' });
  const field = dialog.getByLabel('Name, kind, id or address block');
  await expect(field).toBeFocused();
  await page.keyboard.type(target.name!);
  await expect(dialog.getByRole('list', { name: 'Matching nodes' }).getByRole('button').first()).toContainText(target.name!);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(inspector(page).getByLabel('Name', { exact: true })).toHaveValue(target.name!);
  // Framed: zoomed in past the outline level, the VPC is a node of its own on the canvas, in view.
  await expect(canvas(page)).not.toHaveAttribute('data-detail', 'outline');
  const node = page.locator(`.react-flow__node.selected[data-id="${target.id}"]:not(.vc-proxy)`);
  await expect(node).toBeInViewport();
});
