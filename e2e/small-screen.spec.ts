/** The editor at the window sizes architects use: everything in the toolbar reachable, nothing off-screen. */
import { expect, openEditor, test } from './helpers';

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`at ${size.width} × ${size.height} the toolbar fits, the page does not scroll sideways, and every control is on screen`, async ({ page }) => {
    await page.setViewportSize(size);
    await openEditor(page);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      toolbar: (() => {
        const bar = document.querySelector('.vc-toolbar') as HTMLElement;
        return bar.scrollWidth - bar.clientWidth;
      })(),
    }));
    expect(overflow.page).toBeLessThanOrEqual(0);
    expect(overflow.toolbar).toBeLessThanOrEqual(0);
    for (const name of ['Keyboard shortcuts', 'Samples', 'Undo', 'Fit view', /theme/]) {
      const button = page.getByRole('banner').getByRole('button', { name }).first();
      await expect(button).toBeVisible();
      const b = (await button.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(size.width);
    }
    await expect(page.getByTestId('findings-chip')).toBeInViewport();
    // The file commands: inline on a wide window, one menu on a narrow one.
    if (size.width < 1280) {
      await page.getByRole('button', { name: 'File' }).click();
      await expect(page.getByRole('menuitem', { name: 'Save as JSON' })).toBeVisible();
      await page.keyboard.press('Escape');
    } else {
      await expect(page.getByRole('button', { name: 'New', exact: true })).toBeVisible();
    }
    // The overview map stays small beside the drawing.
    const map = await page.locator('.react-flow__minimap').boundingBox();
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    if (map) expect(map.width * map.height).toBeLessThan((canvas.width * canvas.height) / 8);
    await page.screenshot({ path: `test-results/screens/editor-${size.width}x${size.height}.png` });
  });
}
