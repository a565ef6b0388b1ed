import { canvas, expect, openEditor, test } from './helpers';

/** The zoom the canvas's viewport is drawn at. */
async function zoomOf(page: import('@playwright/test').Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
}

test('zoomed far out, dashes and small text are not drawn; zoomed back in, they are', async ({ page }) => {
  await openEditor(page);
  // The sample, whole in view at the fit the editor opens with.
  const nodes = page.locator('.vc-canvas .react-flow__node');
  const edges = page.locator('.vc-canvas .react-flow__edge-path');
  const nodeCount = await nodes.count();
  const edgeCount = await edges.count();
  // The sample that opens first draws its intent flows dashed.
  const dashed = page.locator('.react-flow__edge-path.vc-edge-flow').first();
  const dashOf = () => dashed.evaluate((p) => getComputedStyle(p).strokeDasharray);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('full');
  expect(await dashOf()).not.toBe('none');
  await expect(page.locator('.vc-leaf-sub').first()).toBeVisible();

  expect(await page.locator('.vc-canvas .vc-group-vpc').count()).toBeGreaterThan(0);
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  while ((await zoomOf(page)) >= 0.15) await zoomOut.click();
  await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('outline');
  // No handle can be grabbed at this level: they are only marked where they are (HandlePlaces).
  await expect(page.locator('.vc-canvas .react-flow__handle.connectable')).toHaveCount(0);
  await expect(page.locator('.vc-canvas .react-flow__handle.vc-handle-place').first()).toBeAttached();
  // A VPC is one shape with its insides drawn as a picture: its subnets and instances are not nodes of their own.
  await expect(page.locator('.vc-canvas .react-flow__node div.vc-group-subnet-public, .vc-canvas .react-flow__node div.vc-group-subnet-private')).toHaveCount(0);
  await expect(page.locator('.vc-canvas .vc-interior rect.vc-interior-group').first()).toBeAttached();
  await expect(page.locator('.vc-canvas .vc-interior rect.vc-interior-leaf').first()).toBeAttached();
  expect(await nodes.count()).toBeLessThan(nodeCount);
  // Lines leaving a VPC are still drawn (from the VPC's shape); only lines within one VPC are not.
  expect(await edges.count()).toBeGreaterThan(0);
  expect(await dashOf()).toBe('none');
  await expect(page.locator('.vc-leaf-sub').first()).toBeHidden();
  await expect(page.locator('.vc-leaf-name').first()).toBeHidden();
  // Nodes a few pixels wide are plain boxes: no icon, no title bar.
  await expect(page.locator('.vc-leaf-icon').first()).toBeHidden();
  await expect(page.locator('.vc-group-header').first()).toBeHidden();

  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  while ((await zoomOf(page)) < 0.35) await zoomIn.click();
  await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('full');
  expect(await dashOf()).not.toBe('none');
  await expect(page.locator('.vc-leaf-icon').first()).toBeVisible();
  await expect(page.locator('.vc-group-header').first()).toBeVisible();
  await expect(page.locator('.vc-canvas .react-flow__handle.connectable').first()).toBeAttached();
  await expect(page.locator('.vc-canvas .vc-interior')).toHaveCount(0);
  // Everything is back: the same nodes and lines as before zooming out (all of the small sample is in view).
  await page.getByRole('button', { name: 'Fit view', exact: true }).first().click();
  await expect(nodes).toHaveCount(nodeCount);
  await expect(edges).toHaveCount(edgeCount);
});
