import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropFile } from './files';
import { expect, node, openEditor, test } from './helpers';

const IMPORT = fileURLToPath(new URL('../model/import/', import.meta.url));
const fixture = (path: string) => readFileSync(join(IMPORT, path));
const US_EAST_1 = ['directconnect.json', 'gateways.json', 'peering-endpoints.json', 'route-tables.json', 'transit.json', 'vpcs.json'];

test('several AWS describe files chosen at once are imported, laid out, with the report of what was not mapped', async ({ page }) => {
  await openEditor(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles(US_EAST_1.map((name) => ({ name, mimeType: 'application/json', buffer: fixture(`aws/fixtures/111122223333/us-east-1/${name}`) })));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  const report = page.getByRole('dialog', { name: 'Imported 6 files' });
  await expect(report).toContainText('not mapped, or only in part');
  await expect(report.getByTestId('message-details')).toContainText('nat-0c61bf8a12EXAMPLE: the NAT gateway is deleted: not drawn');
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(node(page, 'vpc-0a60eb65b4EXAMPLE')).toBeVisible();
  await expect(node(page, 'subnet-0d2b3c4e5fEXAMPLE')).toBeVisible();
});

test('a CloudFormation template dropped on the canvas is imported with its Conditions evaluated', async ({ page }) => {
  await openEditor(page);
  await dropFile(page, page.locator('.react-flow__pane'), 'vpc.yaml', fixture('cloudformation/fixtures/vpc-conditions.yaml').toString('utf8'));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  const report = page.getByRole('dialog', { name: 'Imported vpc.yaml' });
  await expect(report.getByTestId('message-details')).toContainText('NatGateway: its Condition WithNat is false: not created');
  await report.getByRole('button', { name: 'OK' }).click();
  await expect(node(page, 'PublicSubnet1')).toBeVisible();
  await expect(node(page, 'NatGateway')).toHaveCount(0);
});
