import { outlineView } from '../model/edit/outline-view';
import { sampleOfSize } from '../model/layout/sample-networks';
import { dropFile } from './files';
import { canvas, expect, openEditor, test } from './helpers';

/**
 * Opening a network of about 2,500 nodes without positions: the canvas says it is placing them,
 * draws nothing stacked at the origin, then fills in slice by slice (a frame each, so that the
 * page keeps answering: at the outline level that is over 200 shapes, VPCs with their insides,
 * drawn as one picture: canvas/picture/), and ends with every shape drawn and the whole network
 * in view.
 */
test('a large network is placed, then drawn in slices, and ends whole and in view', async ({ page }) => {
  const doc = sampleOfSize(2_500);
  expect(doc.nodes.every((n) => n.position === undefined)).toBe(true);
  await openEditor(page);
  // How many nodes each animation frame shows, from the drop on.
  await page.evaluate(() => {
    const counts: number[] = [];
    (window as unknown as { __counts: number[] }).__counts = counts;
    requestAnimationFrame(function count() {
      counts.push(document.querySelectorAll('.vc-canvas .vc-picture-shape').length);
      requestAnimationFrame(count);
    });
  });
  await dropFile(page, page.locator('.react-flow__pane'), 'large.json', JSON.stringify(doc));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  const total = doc.nodes.length.toLocaleString('en-US');
  await expect(page.getByRole('status').filter({ hasText: `Placing ${total} elements…` })).toBeVisible();

  await expect(canvas(page).getByRole('status').filter({ hasText: /Placing|Drawing/ })).toHaveCount(0, { timeout: 60_000 });
  // The whole network in view is at the outline level: each VPC one shape with its insides
  // (model/edit/outline-view.ts), so the shapes drawn are the nodes not inside a VPC, and React
  // Flow holds none of them until the pointer comes (canvas/picture/).
  await expect(canvas(page)).toHaveAttribute('data-detail', 'outline');
  const drawnAs = outlineView(doc).drawnAs;
  const ownShapes = doc.nodes.filter((n) => drawnAs.get(n.id) === n.id).length;
  expect(ownShapes).toBeLessThan(doc.nodes.length / 4);
  await expect(page.locator('.vc-canvas .vc-picture-shape')).toHaveCount(ownShapes);
  await expect(page.locator('.vc-canvas .vc-picture-shape[data-kind="vpc"] > .vc-interior-group')).not.toHaveCount(0);
  await expect(page.locator('.vc-canvas .vc-picture-shape[data-kind="vpc"]')).toHaveCount(doc.nodes.filter((n) => n.kind === 'vpc').length);
  await expect(page.locator('.vc-canvas .react-flow__node')).toHaveCount(0);

  const counts = await page.evaluate(() => (window as unknown as { __counts: number[] }).__counts);
  // After the sample that was open went: frames with part of the network drawn, not all at once.
  const opened = counts.slice(counts.lastIndexOf(0));
  const partial = new Set(opened.filter((c) => c > 0 && c < ownShapes));
  expect(partial.size, `node counts per frame: ${[...new Set(opened)].join(', ')}`).toBeGreaterThan(1);

  // The fit is the document's, not the first slice's: every shape's box lies on the canvas.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const outside = await page.locator('.vc-canvas .vc-picture-shape').evaluateAll(
    (nodes, p) =>
      nodes
        .filter((n) => {
          const r = n.getBoundingClientRect();
          return r.left < p.x - 1 || r.top < p.y - 1 || r.right > p.x + p.width + 1 || r.bottom > p.y + p.height + 1;
        })
        .map((n) => n.getAttribute('data-id')),
    pane,
  );
  expect(outside).toEqual([]);
});
