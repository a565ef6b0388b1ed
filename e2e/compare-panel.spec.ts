/**
 * The editor's compare panel on small and large screens: it folds to its summary line (by mouse
 * or keyboard) and stays folded while comparing, and fitting the view keeps the diagram clear of it.
 */
import type { Locator, Page } from '@playwright/test';
import { deployedTgwHub } from './documents';
import { box, chooseCompareFile, expect, node, openEditor, test } from './helpers';

async function openSampleAndCompare(page: Page): Promise<Locator> {
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Transit gateway hub and spokes' }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'tgw-hub')).toBeVisible();
  await chooseCompareFile(page, 'deployed.json', JSON.stringify(deployedTgwHub()));
  const panel = page.getByTestId('compare-panel');
  await expect(panel).toContainText('Compared with “Deployed”');
  return panel;
}

/**
 * The screen boxes of every node drawn and every ghost, read at one moment: while a fit glides
 * past the outline level, the nodes inside VPCs come and go, and a box asked for one element at a
 * time could wait for one that is gone.
 */
async function drawnBoxes(page: Page) {
  return page.locator('.react-flow__node, .vc-ghost').evaluateAll((elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Waits for the view to settle (fits are animated), then checks that nothing drawn is under the panel. */
async function expectClearOfPanel(page: Page, panel: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const p = await box(panel);
      const covered = (await drawnBoxes(page)).filter((b) => b.x < p.x + p.width && b.y < p.y + p.height && b.x + b.width > p.x && b.y + b.height > p.y);
      return covered.length;
    })
    .toBe(0);
}

/** Opens or folds the list with the keyboard, and checks what the panel shows. */
async function toggleWithKey(page: Page, panel: Locator, key: 'Enter' | 'Space', open: boolean): Promise<void> {
  const toggle = panel.getByRole('button', { name: 'Compared with “Deployed”' });
  await toggle.focus();
  await page.keyboard.press(key);
  await expect(toggle).toHaveAttribute('aria-expanded', String(open));
  await expectPanel(panel, open);
}

async function expectPanel(panel: Locator, open: boolean): Promise<void> {
  await expect(panel.getByRole('button', { name: 'Compared with “Deployed”' })).toHaveAttribute('aria-expanded', String(open));
  // Folded, the summary line stays and the list goes.
  await expect(panel.getByTestId('compare-summary')).toContainText(/\d+ added · \d+ removed · \d+ changed/);
  if (open) await expect(panel).toContainText('Only in “Deployed” (drawn as ghosts)');
  else await expect(panel).not.toContainText('Only in “Deployed”');
}

// At 1024×700 the canvas, between the palette and the inspector, is about 490 pixels wide: the list starts folded there.
for (const { width, height, startsOpen } of [
  { width: 1024, height: 700, startsOpen: false },
  { width: 1440, height: 900, startsOpen: true },
]) {
  test(`at ${width}×${height} the compare panel starts ${startsOpen ? 'open' : 'folded'}, folds and opens from the keyboard, stays so while comparing, and the view fits beside it`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const panel = await openSampleAndCompare(page);
    await expectPanel(panel, startsOpen);
    // The comparison starts with the diagram and its ghosts fitted beside the panel.
    await expectClearOfPanel(page, panel);
    await expect(page.locator('.vc-ghost[data-ghost="vpc-legacy"]')).toBeInViewport();
    await page.screenshot({ path: `test-results/screens/compare-${width}x${height}-${startsOpen ? 'open' : 'folded'}.png` });

    const height0 = (await box(panel)).height;
    await toggleWithKey(page, panel, 'Enter', !startsOpen);
    const height1 = (await box(panel)).height;
    expect(Math.min(height0, height1)).toBeLessThan(Math.max(height0, height1) / 2);

    // Fit view leaves the panel's room, open or folded.
    await page.getByRole('banner').getByRole('button', { name: 'Fit view', exact: true }).click();
    await expectClearOfPanel(page, panel);
    await page.screenshot({ path: `test-results/screens/compare-${width}x${height}-${startsOpen ? 'folded' : 'open'}.png` });

    // It stays so while the design is worked on: a click on the canvas, an edit and its undo.
    await node(page, 'tgw-hub').click();
    await page.keyboard.press('Delete');
    await expect(node(page, 'tgw-hub')).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(node(page, 'tgw-hub')).toBeVisible();
    await expectPanel(panel, !startsOpen);

    await toggleWithKey(page, panel, 'Space', startsOpen);
  });
}
