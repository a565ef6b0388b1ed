/** Resizing containers by their handles and from the keyboard: contents stay put, a box never shrinks past them. */
import { box, canvas, expect, node, openEditor, test } from './helpers';

test('a VPC is resized by its corner handle and from the keyboard, never smaller than its subnets, and undo takes it back', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: /three-tier/i }).first().click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  const vpc = page.locator('.react-flow__node:has(> [data-kind="vpc"])').first();
  await expect(vpc).toBeVisible();
  const id = (await vpc.getAttribute('data-id'))!;
  await vpc.locator('.vc-group-header').click();
  await expect(node(page, id)).toHaveClass(/selected/);
  const before = await box(node(page, id));
  const handle = node(page, id).locator('.vc-resize-handle');
  await expect(handle).toBeVisible();
  const h = await box(handle);
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + 60, h.y + 40, { steps: 8 });
  await page.mouse.up();
  const grown = await box(node(page, id));
  expect(grown.width).toBeGreaterThan(before.width + 30);
  expect(grown.height).toBeGreaterThan(before.height + 20);
  expect(Math.abs(grown.x - before.x)).toBeLessThan(1);

  // Shrinking far past its subnets stops at them: every subnet stays inside.
  await page.mouse.move(h.x + 60, h.y + 40);
  const h2 = await box(handle);
  await page.mouse.move(h2.x + h2.width / 2, h2.y + h2.height / 2);
  await page.mouse.down();
  await page.mouse.move(before.x + 20, before.y + 20, { steps: 8 });
  await page.mouse.up();
  const shrunk = await box(node(page, id));
  for (const subnet of await canvas(page).locator('.react-flow__node:has(> [data-kind="subnet"])').all()) {
    const s = await box(subnet);
    if (s.x < shrunk.x || s.y < shrunk.y || s.x > shrunk.x + shrunk.width) continue;
    expect(s.x + s.width).toBeLessThanOrEqual(shrunk.x + shrunk.width + 1);
    expect(s.y + s.height).toBeLessThanOrEqual(shrunk.y + shrunk.height + 1);
  }

  // From the keyboard: Alt+Right widens by 20 (in canvas units).
  const k0 = await box(node(page, id));
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(async () => (await box(node(page, id))).width).toBeGreaterThan(k0.width);

  // Undo, step by step, brings the first size back.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await box(node(page, id))).width)).toBe(Math.round(before.width));
});
