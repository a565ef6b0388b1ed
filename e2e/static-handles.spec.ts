import { staticHandles } from '../components/editor/canvas/static-handles';
import type { NodeKind } from '../model';
import { expect, openEditor, test } from './helpers';

/**
 * React Flow is told where every node's handles are (static-handles.ts) instead of measuring them.
 * Those numbers copy editor.css; this compares them with the handles the browser draws, for every
 * node of the sample (regions, VPCs, subnets, gateways, instances), so that a change of style
 * that moves a handle fails here rather than leaving connections to start from the wrong place.
 */
test('the handle places given to React Flow are where the browser draws the handles', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const drawn = await page.locator('.vc-canvas .react-flow__node').evaluateAll((nodes) => {
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.vc-canvas .react-flow__viewport')!).transform).a;
    return nodes.map((element) => {
      const box = element.getBoundingClientRect();
      const handles = [...element.querySelectorAll('.react-flow__handle')].map((h) => {
        const r = h.getBoundingClientRect();
        const round = (v: number) => Math.round(v * 10) / 10;
        return { id: h.getAttribute('data-handleid'), x: round((r.left - box.left) / zoom), y: round((r.top - box.top) / zoom), width: round(r.width / zoom), height: round(r.height / zoom) };
      });
      const kind = element.querySelector('[data-kind]')!.getAttribute('data-kind')!;
      return { id: element.getAttribute('data-id'), kind, width: (element as HTMLElement).offsetWidth, height: (element as HTMLElement).offsetHeight, handles };
    });
  });
  expect(new Set(drawn.map((n) => n.kind)).size).toBeGreaterThan(4);
  for (const node of drawn) {
    const expected = staticHandles(node.kind as NodeKind, { width: node.width, height: node.height }).map(({ id, x, y, width, height }) => ({ id, x, y, width, height }));
    expect(node.handles.sort((a, b) => a.id!.localeCompare(b.id!)), `${node.kind} ${node.id}`).toEqual(expected.sort((a, b) => a.id!.localeCompare(b.id!)));
  }
});
