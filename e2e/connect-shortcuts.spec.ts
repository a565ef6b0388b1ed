/** A line from a customer gateway to a transit gateway is what AWS calls a Site-to-Site VPN: offered, and built in one step. */
import { connect, expect, node, nodesOfKind, openEditor, test } from './helpers';

test('drawing a customer gateway to a transit gateway offers the VPN or Direct Connect that joins them, and builds it', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Transit gateway hub and spokes' }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'tgw-hub')).toBeVisible();
  const vpnsBefore = await nodesOfKind(page, 'vpn-connection').count();
  const linesBefore = await page.locator('.react-flow__edge').count();

  await connect(page, 'cgw-branch-1', 'tgw-hub', { release: false });
  await expect(page.getByText(/Let go to choose: a Site-to-Site VPN/)).toBeVisible();
  await page.mouse.up();
  const picker = page.getByRole('menu', { name: 'Choose a connection' });
  await expect(picker.getByRole('menuitem', { name: 'Add a Site-to-Site VPN' })).toBeVisible();
  await expect(picker.getByRole('menuitem', { name: 'Add Direct Connect (transit virtual interface)' })).toBeVisible();
  await picker.getByRole('menuitem', { name: 'Add a Site-to-Site VPN' }).click();

  await expect(nodesOfKind(page, 'vpn-connection')).toHaveCount(vpnsBefore + 1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(linesBefore + 2);
  await expect(page.getByText('Added a Site-to-Site VPN.')).toBeVisible();
  // One step: undo takes the VPN and both its links away.
  await page.keyboard.press('Control+z');
  await expect(nodesOfKind(page, 'vpn-connection')).toHaveCount(vpnsBefore);
  await expect(page.locator('.react-flow__edge')).toHaveCount(linesBefore);
});
