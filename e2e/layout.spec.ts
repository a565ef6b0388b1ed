import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { box, dragNode, edge, expect, node, openEditor, shot, test } from './helpers';

interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface RawDoc {
  name?: string;
  nodes: Array<{ id: string; kind: string; parent?: string; position?: unknown; size?: unknown }>;
  connections: Array<{ id: string; source: string; target: string }>;
}

const example = (name: string): RawDoc => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')) as RawDoc;

/** An example as a generator would write it: no position and no size anywhere. */
function withoutGeometry(doc: RawDoc): RawDoc {
  return { ...doc, nodes: doc.nodes.map(({ position: _p, size: _s, ...rest }) => rest) };
}

/** Opens a document through the file picker, confirming the replacement of the current diagram. */
async function openJson(page: Page, doc: RawDoc, name: string): Promise<void> {
  await page.getByTestId('open-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.getByRole('button', { name: 'Replace and open' }).click();
}

/**
 * Every node's box in canvas coordinates, read from React Flow's transform so that the zoom does
 * not matter; the view is fitted first, as the canvas draws only the nodes in view.
 */
async function flowBoxes(page: Page): Promise<Map<string, FlowBox>> {
  await page.getByRole('banner').getByRole('button', { name: 'Fit view', exact: true }).click();
  await page.waitForTimeout(300);
  const entries = await page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => {
      const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec((el as HTMLElement).style.transform);
      return [el.getAttribute('data-id') ?? '', { x: Number(m?.[1]), y: Number(m?.[2]), width: (el as HTMLElement).offsetWidth, height: (el as HTMLElement).offsetHeight }] as const;
    }),
  );
  return new Map(entries);
}

const inside = (child: FlowBox, parent: FlowBox) =>
  child.x >= parent.x - 0.5 && child.y >= parent.y - 0.5 && child.x + child.width <= parent.x + parent.width + 0.5 && child.y + child.height <= parent.y + parent.height + 0.5;
const overlap = (a: FlowBox, b: FlowBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Waits until no layout is running or gliding. */
async function layoutSettled(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Auto-layout', exact: true })).toBeVisible();
  await expect(page.locator('.vc-gliding')).toHaveCount(0);
}

const sameBoxes = (a: Map<string, FlowBox>, b: Map<string, FlowBox>, ids: Iterable<string>) => [...ids].every((id) => JSON.stringify(a.get(id)) === JSON.stringify(b.get(id)));

test('a document opened without positions is laid out: containers hold their children, boxes do not overlap; one undo step', async ({ page }) => {
  await openEditor(page);
  const counts = page.getByText(/^\d+ nodes · \d+ connections$/);
  const countsBefore = await counts.textContent();
  const raw = withoutGeometry(example('tgw-hub'));
  await openJson(page, raw, 'hub-generated.json');
  await expect(page.getByText(/^Opened hub-generated\.json/)).toBeVisible();
  await layoutSettled(page);
  await expect(page.locator('.react-flow__node')).toHaveCount(raw.nodes.length);

  const boxes = await flowBoxes(page);
  const kinds = new Map(raw.nodes.map((n) => [n.id, n.kind]));
  const onEdge = (id: string) => ['internet-gateway', 'egress-only-internet-gateway', 'vpn-gateway'].includes(kinds.get(id)!) && kinds.get(raw.nodes.find((n) => n.id === id)!.parent ?? '') === 'vpc';
  for (const n of raw.nodes) {
    if (n.parent && !onEdge(n.id)) expect(inside(boxes.get(n.id)!, boxes.get(n.parent)!), `${n.id} inside ${n.parent}`).toBe(true);
  }
  const byParent = new Map<string, string[]>();
  for (const n of raw.nodes) byParent.set(n.parent ?? '', [...(byParent.get(n.parent ?? '') ?? []), n.id]);
  for (const siblings of byParent.values()) {
    for (let i = 0; i < siblings.length; i++)
      for (let j = i + 1; j < siblings.length; j++) expect(overlap(boxes.get(siblings[i]!)!, boxes.get(siblings[j]!)!), `${siblings[i]} and ${siblings[j]} overlap`).toBe(false);
  }
  // Laid-out connections follow their routes: at least one bends.
  const bends = await page.locator('path.vc-edge').evaluateAll((paths) => paths.filter((p) => (p.getAttribute('d') ?? '').includes('Q')).length);
  expect(bends).toBeGreaterThan(0);
  await shot(page, 'layout-opened-tgw-hub');

  // Opening, layout included, is one undo step: Undo brings back the diagram shown before.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(counts).toHaveText(countsBefore!);
  await page.keyboard.press('Shift+ControlOrMeta+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(raw.nodes.length);
  expect(sameBoxes(boxes, await flowBoxes(page), boxes.keys())).toBe(true);
});

test('a second document opened while the first is still being laid out is laid out too', async ({ page }) => {
  await openEditor(page);
  await openJson(page, withoutGeometry(example('tgw-hub')), 'first.json');
  const second = withoutGeometry(example('hybrid-dx-vpn'));
  await openJson(page, second, 'second.json');
  await layoutSettled(page);
  await expect(page.getByText(/^\d+ nodes · \d+ connections$/)).toHaveText(`${second.nodes.length} nodes · ${second.connections.length} connections`);
  // Laid out by ELK, not only by the quick arrangement: its connections follow routes.
  await expect(page.locator('path.vc-edge[d*="Q"]').first()).toBeAttached();
  await expect(page.getByText(/changed while it was being laid out/)).toHaveCount(0);
});

test('Auto-layout is one undo step; a routed edge is routed again when an end moves', async ({ page }) => {
  await openEditor(page);
  await openJson(page, example('hybrid-dx-vpn'), 'hybrid.json');
  await layoutSettled(page);
  const before = await flowBoxes(page);

  await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
  await expect.poll(async () => sameBoxes(before, await flowBoxes(page), before.keys())).toBe(false);
  await layoutSettled(page);
  const after = await flowBoxes(page);
  await shot(page, 'layout-hybrid');

  const routed = page.locator('path.vc-edge[d*="Q"]');
  expect(await routed.count()).toBeGreaterThan(0);

  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => sameBoxes(before, await flowBoxes(page), before.keys())).toBe(true);
  // Undone, the old positions are back and the routes no longer fit them: every edge is straight.
  await expect(page.locator('path.vc-edge[d*="Q"]')).toHaveCount(0);

  await page.keyboard.press('Shift+ControlOrMeta+z');
  await expect.poll(async () => sameBoxes(after, await flowBoxes(page), after.keys())).toBe(true);
  const routedId = await page.locator('.react-flow__edge:has(path.vc-edge[d*="Q"])').first().getAttribute('data-id');
  const connection = example('hybrid-dx-vpn').connections.find((c) => c.id === routedId)!;
  // Moving one end makes that route stale: the edge is routed again for where its end now is.
  const path = edge(page, connection.id).locator('path.vc-edge');
  const routedPath = (await path.getAttribute('d')) ?? '';
  const end = await box(node(page, connection.target));
  await dragNode(page, connection.target, { x: end.x + end.width / 2 + 30, y: end.y + 40 });
  await expect(path).not.toHaveAttribute('d', routedPath);
  await expect(path).toHaveAttribute('d', /Q/);
});

test('lays out only the selection, or only inside one container', async ({ page }) => {
  await openEditor(page);
  const doc = example('tgw-hub');
  await openJson(page, doc, 'hub.json');
  await layoutSettled(page);
  const before = await flowBoxes(page);
  const vpcs = doc.nodes.filter((n) => n.kind === 'vpc');
  const [first, ...others] = vpcs;
  const descendants = (id: string): string[] => doc.nodes.filter((n) => n.parent === id).flatMap((n) => [n.id, ...descendants(n.id)]);

  // Inside one VPC: the VPC keeps its place; nothing outside it moves.
  await node(page, first!.id).locator('.vc-group-header').click();
  const menu = page.getByRole('button', { name: 'More layout choices' });
  await menu.click();
  const inside = page.getByRole('menuitem', { name: /^Lay out inside/ });
  await expect(inside).toBeEnabled();
  await inside.click();
  await layoutSettled(page);
  const afterInside = await flowBoxes(page);
  const outside = doc.nodes.map((n) => n.id).filter((id) => id !== first!.id && !descendants(first!.id).includes(id) && !doc.nodes.some((p) => p.id === id && p.kind === 'region'));
  expect(sameBoxes(before, afterInside, outside)).toBe(true);
  expect(afterInside.get(first!.id)!.x).toBeCloseTo(before.get(first!.id)!.x, 0);
  expect(afterInside.get(first!.id)!.y).toBeCloseTo(before.get(first!.id)!.y, 0);

  // The selection: only the selected VPC (and its contents) may move.
  const second = others[0]!;
  await node(page, second.id).locator('.vc-group-header').click();
  await menu.click();
  await page.getByRole('menuitem', { name: 'Lay out the selection' }).click();
  await layoutSettled(page);
  const afterSelection = await flowBoxes(page);
  const untouched = others.slice(1).map((v) => v.id);
  expect(untouched.length).toBeGreaterThan(0);
  expect(sameBoxes(afterInside, afterSelection, untouched)).toBe(true);
});
