/** The view around the drawing: where the user left zoom and pan survives a reload; the overview map can be hidden. */
import { canvas, expect, openEditor, test } from './helpers';

const transformOf = (page: import('@playwright/test').Page) => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);

test('zoom and pan are where the user left them after a reload', async ({ page }) => {
  await openEditor(page);
  await expect(canvas(page).locator('.react-flow__node').first()).toBeVisible();
  const fitted = await transformOf(page);
  await canvas(page).click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(() => transformOf(page)).not.toBe(fitted);
  // Zooming animates; the view is remembered where it settles.
  await page.waitForTimeout(600);
  const left = await transformOf(page);
  await page.reload();
  await expect(canvas(page).locator('.react-flow__node').first()).toBeVisible();
  await expect.poll(() => transformOf(page)).toBe(left);
});

test('the overview map hides and comes back, from its control and with Shift+M', async ({ page }) => {
  await openEditor(page);
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await page.getByRole('button', { name: 'Hide the overview map' }).click();
  await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
  await canvas(page).click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Shift+M');
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the overview map' })).toHaveAttribute('aria-pressed', 'true');
});
