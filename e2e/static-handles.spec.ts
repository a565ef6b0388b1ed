import type { Page } from '@playwright/test';
import { staticHandles } from '../components/editor/canvas/static-handles';
import { isContainerKind } from '../model/edit/geometry';
import { NODE_KIND_LIST, type NodeKind } from '../model';
import { text } from './documents';
import { chooseFile } from './files';
import { canvas, expect, newDiagram, openEditor, test } from './helpers';

/**
 * React Flow is told where every node's handles are (static-handles.ts) instead of measuring them,
 * and measures a node again only when its drawn size differs from the one given
 * (measure-only-resized.ts): lines start where these numbers say. They copy editor.css; this
 * compares them with the handles the browser draws, for a node of every kind, at the full level
 * of detail and at the outline level (where handles are only marked, `HandlePlaces`), so that a
 * change of style that moves a handle fails here rather than leaving lines to start from the
 * wrong place.
 */

/** Every kind once: regions, VPCs and subnets nested, the other kinds side by side at the top. */
function everyKind() {
  const containers = NODE_KIND_LIST.filter((kind) => isContainerKind(kind));
  const leaves = NODE_KIND_LIST.filter((kind) => !isContainerKind(kind));
  expect(containers).toEqual(expect.arrayContaining(['region', 'vpc', 'subnet']));
  return {
    format: 'vpc-canvas',
    version: 1,
    name: 'Every kind',
    nodes: [
      { id: 'region', kind: 'region', props: { code: 'us-east-1' }, position: { x: 0, y: 0 }, size: { width: 560, height: 360 } },
      { id: 'vpc', kind: 'vpc', parent: 'region', props: { cidrs: ['10.0.0.0/16'] }, position: { x: 30, y: 50 }, size: { width: 480, height: 280 } },
      { id: 'subnet', kind: 'subnet', parent: 'vpc', props: { cidr: '10.0.1.0/24' }, position: { x: 30, y: 50 }, size: { width: 300, height: 160 } },
      ...containers.filter((kind) => !['region', 'vpc', 'subnet'].includes(kind)).map((kind, i) => ({ id: kind, kind, position: { x: 600 + i * 340, y: 0 }, size: { width: 300, height: 200 } })),
      // Small enough for the fit to stay at the full level of detail (a zoom over 0.35).
      ...leaves.map((kind, i) => ({ id: kind, kind, position: { x: (i % 5) * 190, y: 420 + Math.floor(i / 5) * 170 } })),
    ],
    connections: [],
  };
}

interface DrawnNode {
  id: string | null;
  kind: string;
  width: number;
  height: number;
  handles: Array<{ id: string | null; x: number; y: number; width: number; height: number }>;
}

/** Each drawn node's size and handle boxes, in canvas units relative to the node. */
function drawnHandles(page: Page): Promise<DrawnNode[]> {
  return page.locator('.vc-canvas .react-flow__node').evaluateAll((nodes) => {
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.vc-canvas .react-flow__viewport')!).transform).a;
    const round = (v: number) => Math.round(v * 10) / 10;
    return nodes.map((element) => {
      const box = element.getBoundingClientRect();
      const handles = [...element.querySelectorAll('.react-flow__handle')].map((h) => {
        const r = h.getBoundingClientRect();
        return { id: h.getAttribute('data-handleid'), x: round((r.left - box.left) / zoom), y: round((r.top - box.top) / zoom), width: round(r.width / zoom), height: round(r.height / zoom) };
      });
      const kind = element.querySelector('[data-kind]')!.getAttribute('data-kind')!;
      return { id: element.getAttribute('data-id'), kind, width: (element as HTMLElement).offsetWidth, height: (element as HTMLElement).offsetHeight, handles };
    });
  });
}

function expectHandlesAsGiven(drawn: DrawnNode[]): void {
  for (const node of drawn) {
    const expected = staticHandles(node.kind as NodeKind, { width: node.width, height: node.height }).map(({ id, x, y, width, height }) => ({ id, x, y, width, height }));
    expect(node.handles.sort((a, b) => a.id!.localeCompare(b.id!)), `${node.kind} ${node.id}`).toEqual(expected.sort((a, b) => a.id!.localeCompare(b.id!)));
  }
}

test('the handle places given to React Flow are where the browser draws the handles, for the sample', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const drawn = await drawnHandles(page);
  expect(new Set(drawn.map((n) => n.kind)).size).toBeGreaterThan(4);
  expectHandlesAsGiven(drawn);
});

test('the handle places given to React Flow are where the browser draws them, for every kind, at the full and the outline level', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  await chooseFile(page, 'every-kind.json', text(everyKind()));
  await expect(page.locator('.vc-canvas .react-flow__node')).toHaveCount(NODE_KIND_LIST.length);
  await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('full');
  const full = await drawnHandles(page);
  expect(new Set(full.map((n) => n.kind))).toEqual(new Set(NODE_KIND_LIST));
  expectHandlesAsGiven(full);

  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  while ((await canvas(page).getAttribute('data-detail')) !== 'outline') await zoomOut.click();
  const outline = await drawnHandles(page);
  // The subnet is drawn inside its VPC's picture there; every other kind is a node of its own.
  expect(outline.map((n) => n.kind)).not.toContain('subnet');
  expect(outline.length).toBeGreaterThan(NODE_KIND_LIST.length / 2);
  expectHandlesAsGiven(outline);
});
