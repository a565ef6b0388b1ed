/**
 * Issue 10's scenario on a sketch: make the transit-gateway sample's routes explicit, take away a
 * route, and see the flow that needed it fail, with the table named in the finding and in the
 * reach panel; take a spoke off its transit gateway table and see the review matrix change; undo
 * brings it all back.
 */
import { expect, findingsPanel, inspector, node, openEditor, test } from './helpers';

const routeTable = (page: import('@playwright/test').Page, name: string) => inspector(page).getByRole('region', { name: `Route table ${name}`, exact: true });

test('make routes explicit on the transit-gateway sample, then break a route and an association, and undo', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Transit gateway hub and spokes' }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'tgw-hub')).toBeVisible();
  const chip = page.getByTestId('findings-chip');
  const findingsBefore = await chip.textContent();

  await page.getByRole('button', { name: 'Make routes explicit' }).click();
  // Same reachability, no routing finding: the findings are what they were.
  await expect(chip).toHaveText(findingsBefore!);

  // vpc-orders loses its routes to the rest of 10.0.0.0/8 and its default route (which would
  // still carry the traffic to the transit gateway): orders → payments no longer holds.
  await node(page, 'vpc-orders').click({ position: { x: 200, y: 12 } });
  const main = routeTable(page, 'private');
  await expect(main).toContainText('10.0.0.0/8');
  await main.getByRole('button', { name: 'Remove the route to 10.0.0.0/8' }).click();
  await main.getByRole('button', { name: 'Remove the route to 0.0.0.0/0' }).click();
  const flowFinding = findingsPanel(page).getByRole('listitem').filter({ hasText: 'route-no-route' }).filter({ hasText: /payments/ });
  await expect(flowFinding.first()).toContainText(/private|rt-vpc-orders-main/);

  // The reach panel names the table that dropped the packet.
  await page.keyboard.press('Escape');
  await node(page, 'vpc-orders').click({ position: { x: 200, y: 12 } });
  await node(page, 'vpc-payments').click({ position: { x: 200, y: 12 }, modifiers: ['Shift'] });
  await inspector(page).getByRole('button', { name: /^Can .* reach .*\?$/ }).click();
  const answer = inspector(page).getByRole('region', { name: 'Reachability' });
  await expect(answer).toContainText('No:');
  await expect(answer).toContainText('route-no-route');
  await expect(answer).toContainText(/private|rt-vpc-orders-main/);

  // Undo: the routes are back, and the flow holds again.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+z');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(chip).toHaveText(findingsBefore!);

  // Take orders off the transit gateway's table: its traffic is dropped, the segmentation view
  // shows it unassociated, and the review matrix says orders no longer reaches payments.
  await node(page, 'tgw-hub').click();
  const grid = inspector(page).getByRole('table', { name: 'Associations and propagations' });
  await grid.getByLabel(/^Associate .*orders.* with no table$/).check();
  await expect(findingsPanel(page)).toContainText('tgw-attachment-unassociated');
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  await expect(page.getByTestId('segmentation-legend').locator('li[data-table="unassociated"]')).toHaveAttribute('data-count', '1');

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const [review] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Open review page' }).click()]);
  const matrix = review.getByRole('table', { name: 'Reachability matrix' });
  await expect(matrix.locator('td[data-from="vpc-orders"][data-to="vpc-payments"]')).toHaveAttribute('data-state', 'blocked');
  await expect(matrix.locator('td[data-from="vpc-shared"][data-to="vpc-payments"]')).toHaveAttribute('data-state', 'reachable');
  await review.close();

  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('segmentation-legend').locator('li[data-table="unassociated"]')).toHaveAttribute('data-count', '0');
  await expect(chip).toHaveText(findingsBefore!);
});
