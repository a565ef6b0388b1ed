import { box, canvas, dragFromPalette, edge, expect, findingsPanel, inspector, newDiagram, node, openEditor, pointIn, shot, test } from './helpers';
import type { Page } from '@playwright/test';

async function vpcWithSubnet(page: Page): Promise<void> {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  await dragFromPalette(page, 'Subnet', await pointIn(node(page, 'vpc-1'), 0.35, 0.6));
  await expect(node(page, 'subnet-1')).toContainText('10.0.0.0/24');
}

test('fixing a CIDR in the inspector makes its finding disappear; an invalid one is kept as typed', async ({ page }) => {
  await vpcWithSubnet(page);
  const cidr = inspector(page).getByLabel('IPv4 CIDR block', { exact: true });
  await expect(cidr).toHaveValue('10.0.0.0/24');
  await expect(findingsPanel(page)).toContainText('No findings');

  // A block outside the VPC: reported at once, in the panel, on the chip, and as a badge.
  await cidr.fill('10.1.0.0/24');
  await expect(findingsPanel(page)).toContainText('subnet-outside-vpc');
  await expect(page.getByTestId('findings-chip')).toHaveText('1 error');
  await expect(node(page, 'subnet-1').locator('.vc-badge-error')).toHaveText('1');

  // A malformed block: kept exactly as typed, explained under the field, and reported.
  await cidr.fill('10.0.0.0/33');
  await expect(cidr).toHaveValue('10.0.0.0/33');
  await expect(inspector(page).getByRole('alert')).toContainText('prefix length /33');
  await expect(findingsPanel(page)).toContainText('cidr-invalid');
  await expect(node(page, 'subnet-1')).toContainText('10.0.0.0/33');
  await shot(page, '09-invalid-cidr-kept-and-reported');

  // Fixed: the finding goes away.
  await cidr.fill('10.0.7.0/24');
  await expect(findingsPanel(page)).not.toContainText('cidr-invalid');
  await expect(findingsPanel(page)).toContainText('No findings');
  await expect(page.getByTestId('findings-chip')).toHaveText('No findings');
  await expect(node(page, 'subnet-1').locator('.vc-badge')).toHaveCount(0);
});

test('the inspector edits every prop of the selected node from the registry', async ({ page }) => {
  await vpcWithSubnet(page);
  await node(page, 'vpc-1').click({ position: { x: 120, y: 12 } });
  const panel = inspector(page);
  await panel.getByLabel('Name', { exact: true }).fill('prod');
  await expect(node(page, 'vpc-1')).toContainText('prod');
  await panel.getByRole('button', { name: '+ Add ipv4 block' }).click();
  await panel.getByRole('textbox', { name: 'IPv4 block 2' }).fill('10.1.0.0/16');
  await expect(node(page, 'vpc-1')).toContainText('10.0.0.0/16, 10.1.0.0/16');
  await panel.getByLabel('DNS hostnames').check();
  await expect(panel.getByLabel('DNS hostnames')).toBeChecked();
  await panel.getByLabel('Account').fill('111122223333');
  await expect(panel.getByLabel('Account')).toHaveValue('111122223333');
  // Whole numbers out of range stay in the field with an error and are not stored.
  await dragFromPalette(page, 'Virtual private gateway', await pointIn(node(page, 'vpc-1'), 1, 0.8));
  await panel.getByLabel('BGP ASN').fill('0');
  await expect(panel.getByRole('alert')).toContainText('from 1 to 4294967295');
  await panel.getByLabel('BGP ASN').fill('64512');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(node(page, 'vgw-1')).toContainText('ASN 64512');
});

test('clicking a finding selects its first subject, ready to edit, and frames them all', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Deliberately broken (what the validator catches)' }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  const row = findingsPanel(page).getByRole('listitem').filter({ hasText: 'peering-cidr-overlap' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('link', { name: 'AWS docs' })).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\/vpc\/latest\/peering\//);
  await row.getByRole('button').click();
  // The finding is about the peering: it alone is selected, so the inspector edits it.
  await expect(edge(page, 'pcx-core-legacy')).toHaveClass(/selected/);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(0);
  await expect(inspector(page)).not.toContainText('selected');
  await expect(inspector(page).getByRole('textbox', { name: 'Name' })).toBeVisible();
  // Framed: both VPCs are in view.
  const view = await box(canvas(page));
  for (const id of ['vpc-core', 'vpc-legacy']) {
    const b = await box(node(page, id));
    expect(b.x).toBeGreaterThanOrEqual(view.x);
    expect(b.x + b.width).toBeLessThanOrEqual(view.x + view.width);
  }
  await shot(page, '10-finding-clicked');
});
