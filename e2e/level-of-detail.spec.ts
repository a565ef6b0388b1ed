import { canvas, expect, openEditor, test } from './helpers';

/** The zoom the canvas's viewport is drawn at. */
async function zoomOf(page: import('@playwright/test').Page): Promise<number> {
  return page.locator('.react-flow__viewport').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
}

test('zoomed far out, dashes and small text are not drawn; zoomed back in, they are', async ({ page }) => {
  await openEditor(page);
  // The sample that opens first draws its intent flows dashed.
  const dashed = page.locator('.react-flow__edge-path.vc-edge-flow').first();
  const dashOf = () => dashed.evaluate((p) => getComputedStyle(p).strokeDasharray);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('full');
  expect(await dashOf()).not.toBe('none');
  await expect(page.locator('.vc-leaf-sub').first()).toBeVisible();

  const edges = page.locator('.vc-canvas .react-flow__edge-path');
  const edgeCount = await edges.count();
  expect(edgeCount).toBeGreaterThan(0);
  const zoomOut = page.getByRole('button', { name: 'Zoom out' });
  while ((await zoomOf(page)) >= 0.15) await zoomOut.click();
  await expect.poll(() => canvas(page).getAttribute('data-detail')).toBe('outline');
  // No handles are drawn at this level, yet every line still is: React Flow knows where the handles are (static-handles.ts).
  await expect(page.locator('.vc-canvas .react-flow__handle')).toHaveCount(0);
  await expect(edges).toHaveCount(edgeCount);
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
  await expect(page.locator('.vc-canvas .react-flow__handle').first()).toBeAttached();
});
