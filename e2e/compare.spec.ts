/** "Compare with…": a design against another version of it (what is deployed), overlaid on the canvas. */
import { deployedTgwHub } from './documents';
import { chooseCompareFile, expect, node, openEditor, test } from './helpers';

test('comparing the design with an edited copy marks what was added and changed, draws what was removed as ghosts, and lists it all', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Transit gateway hub and spokes' }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'tgw-hub')).toBeVisible();

  // "Deployed": one VPC renamed in its blocks, one VPC the design does not have, and without vpc-analytics.
  const deployed = deployedTgwHub();
  await chooseCompareFile(page, 'deployed.json', JSON.stringify(deployed));
  const panel = page.getByTestId('compare-panel');
  await expect(panel).toContainText('Compared with “Deployed”');
  // Against "Deployed", the design adds analytics (and what it holds) and changes orders; legacy is only deployed.
  await expect(node(page, 'vpc-analytics').locator('.vc-group')).toHaveClass(/vc-mark-added/);
  await expect(node(page, 'vpc-orders').locator('.vc-group')).toHaveClass(/vc-mark-changed/);
  await expect(page.locator('.vc-ghost[data-ghost="vpc-legacy"]')).toBeVisible();
  await expect(panel).toContainText('legacy');
  await expect(page.getByTestId('compare-summary')).toContainText(/\d+ added · \d+ removed · \d+ changed/);
  await page.screenshot({ path: 'test-results/screens/compare-overlay.png' });

  // Ending the comparison removes the overlay; the design itself never changed.
  await panel.getByRole('button', { name: 'End the comparison' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.vc-ghost')).toHaveCount(0);
  await expect(node(page, 'vpc-orders').locator('.vc-group')).not.toHaveClass(/vc-mark-changed/);
});
