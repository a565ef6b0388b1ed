/**
 * Saved routes and names that fit: auto-layout's routes survive a reload (they are part of the
 * document), a line whose end is dragged is routed again around the boxes in its way, and long
 * names are shown whole, their boxes grown to hold them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { box, dragNode, edge, expect, node, openEditor, test, waitSaved } from './helpers';
import { chooseFile } from './files';

interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Opens a document through the file picker, confirming the replacement of the current diagram. */
async function open(page: Page, doc: unknown, name: string): Promise<void> {
  await chooseFile(page, name, JSON.stringify(doc));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(page.getByText(new RegExp(`^Opened ${name.replace('.', '\\.')}`))).toBeVisible();
}

/** A top-level node's box in canvas coordinates, from React Flow's transform. */
async function flowBox(page: Page, id: string): Promise<FlowBox> {
  return node(page, id).evaluate((el) => {
    const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec((el as HTMLElement).style.transform);
    return { x: Number(m?.[1]), y: Number(m?.[2]), width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight };
  });
}

/** The corners of an edge's path (canvas coordinates): its M and L points and the corners of its rounded bends. */
async function pathPoints(page: Page, id: string): Promise<Array<{ x: number; y: number }>> {
  const d = (await edge(page, id).locator('path.vc-edge').getAttribute('d')) ?? '';
  const points: Array<{ x: number; y: number }> = [];
  for (const [, command, args] of d.matchAll(/([MLQ])\s*([^MLQ]*)/g)) {
    const numbers = (args ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
    // A rounded bend is "Q corner end": the corner is where the orthogonal lines meet.
    const corner = command === 'Q' ? numbers.slice(0, 2) : numbers.slice(-2);
    points.push({ x: corner[0]!, y: corner[1]! });
  }
  return points;
}

/** True when a segment of the polyline runs through the inside of the box (1 px in from its border). */
function crosses(points: ReadonlyArray<{ x: number; y: number }>, b: FlowBox): boolean {
  const inner = { x1: b.x + 1, y1: b.y + 1, x2: b.x + b.width - 1, y2: b.y + b.height - 1 };
  return points.some((p, i) => {
    const q = points[i - 1];
    if (!q) return false;
    return Math.max(p.x, q.x) > inner.x1 && Math.min(p.x, q.x) < inner.x2 && Math.max(p.y, q.y) > inner.y1 && Math.min(p.y, q.y) < inner.y2;
  });
}

test('auto-layout routes are saved with the document: after a reload the lines follow the same routes', async ({ page }) => {
  await openEditor(page);
  const example = JSON.parse(readFileSync('examples/hybrid-dx-vpn.json', 'utf8')) as { nodes: Array<Record<string, unknown>> };
  // Without positions, the document is laid out as it opens.
  await open(page, { ...example, nodes: example.nodes.map(({ position: _p, size: _s, ...rest }) => rest) }, 'hybrid.json');
  await expect(page.locator('.vc-gliding')).toHaveCount(0);
  const routed = page.locator('.react-flow__edge:has(path.vc-edge[d*="Q"])');
  await expect(routed.first()).toBeAttached();
  await page.getByRole('banner').getByRole('button', { name: 'Fit view', exact: true }).click();
  const before = new Map(
    await routed.evaluateAll((els) => els.map((el) => [el.getAttribute('data-id') ?? '', el.querySelector('path.vc-edge')?.getAttribute('d') ?? ''] as const)),
  );
  expect(before.size).toBeGreaterThan(0);
  await waitSaved(page);

  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  for (const [id, d] of before) await expect(edge(page, id).locator('path.vc-edge')).toHaveAttribute('d', d);
});

test('a line whose end is dragged is routed again, around the box now in its way', async ({ page }) => {
  await openEditor(page);
  const doc = {
    format: 'vpc-canvas',
    version: 2,
    name: 'detour',
    nodes: [
      { id: 'tgw', kind: 'transit-gateway', name: 'hub', position: { x: 300, y: 520 } },
      { id: 'vpc-a', kind: 'vpc', name: 'in the way', props: { cidrs: ['10.0.0.0/16'] }, position: { x: 300, y: 100 }, size: { width: 220, height: 300 } },
      { id: 'vpc-b', kind: 'vpc', name: 'spoke', props: { cidrs: ['10.1.0.0/16'] }, position: { x: 760, y: 100 }, size: { width: 220, height: 300 } },
      // Keeps room in view on the left of vpc-a, where the hub is dragged (nodes out of view are not drawn).
      { id: 'net', kind: 'internet', name: 'internet', position: { x: -200, y: 560 } },
    ],
    connections: [{ id: 'att-b', kind: 'tgw-attachment', source: 'tgw', target: 'vpc-b' }],
  };
  await open(page, doc, 'detour.json');
  const wall = await flowBox(page, 'vpc-a');
  const wallOnScreen = await box(node(page, 'vpc-a'));
  const zoom = wallOnScreen.width / wall.width;
  // Drag the hub to the left of vpc-a, level with its middle: a straight line to vpc-b would cross it.
  await dragNode(page, 'tgw', { x: wallOnScreen.x - 240 * zoom, y: wallOnScreen.y + wallOnScreen.height / 2 });
  const hub = await flowBox(page, 'tgw');
  expect(hub.x + hub.width).toBeLessThan(wall.x);
  await expect.poll(async () => (await pathPoints(page, 'att-b')).length).toBeGreaterThan(2);
  const points = await pathPoints(page, 'att-b');
  expect(crosses(points, wall), `route ${JSON.stringify(points)} crosses ${JSON.stringify(wall)}`).toBe(false);
  expect(crosses([points[0]!, points[points.length - 1]!], wall)).toBe(true);

  // The move and the new route are one undo step: undone, the hub is back and its line goes straight again.
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await flowBox(page, 'tgw')).x).toBe(300);
  await expect.poll(async () => (await pathPoints(page, 'att-b')).length).toBe(2);
});

test('long names are shown whole: the boxes grow to hold them', async ({ page }) => {
  await openEditor(page);
  const leafName = 'Corporate data centre router prod-private-c, the one on the left of rack 12';
  const containerName = 'Corporate data centre in Frankfurt, second floor, cage 4, shared with the payments team';
  const doc = {
    format: 'vpc-canvas',
    version: 2,
    nodes: [
      { id: 'dc', kind: 'on-premises', name: containerName, position: { x: 0, y: 0 }, size: { width: 320, height: 260 } },
      { id: 'cgw', kind: 'customer-gateway', name: leafName, parent: 'dc', position: { x: 40, y: 90 } },
    ],
    connections: [],
  };
  await open(page, doc, 'names.json');
  const leaf = node(page, 'cgw');
  const name = leaf.locator('.vc-leaf-name');
  await expect(name).toHaveText(leafName);
  const nameBox = await box(name);
  const leafBox = await box(leaf);
  // The whole name is inside the (grown) box, and nothing of it is hidden.
  expect(nameBox.y + nameBox.height).toBeLessThanOrEqual(leafBox.y + leafBox.height + 1);
  expect(leafBox.height).toBeGreaterThan(84 * (leafBox.width / 112));
  const overflow = await name.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  expect(overflow.scrollHeight).toBeLessThanOrEqual(overflow.clientHeight);
  const sub = await box(leaf.locator('.vc-leaf-sub'));
  expect(sub.y + sub.height).toBeLessThanOrEqual(leafBox.y + leafBox.height + 1);

  const title = node(page, 'dc').locator('.vc-group-name');
  await expect(title).toHaveText(containerName);
  const titleSize = await title.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(titleSize.scrollHeight).toBeLessThanOrEqual(titleSize.clientHeight);
  expect(titleSize.scrollWidth).toBeLessThanOrEqual(titleSize.clientWidth);
  const titleBox = await box(title);
  const dcBox = await box(node(page, 'dc'));
  expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(dcBox.x + dcBox.width + 1);
});
