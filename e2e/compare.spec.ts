/** "Compare with…": a design against another version of it (what is deployed), overlaid on the canvas. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, node, openEditor, test } from './helpers';

const tgwHub: unknown = JSON.parse(readFileSync(new URL('../examples/tgw-hub.json', import.meta.url), 'utf8'));

async function chooseCompareFile(page: Page, name: string, content: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => {
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('menuitem', { name: 'Compare with…' }).click();
    })(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test('comparing the design with an edited copy marks what was added and changed, draws what was removed as ghosts, and lists it all', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Transit gateway hub and spokes' }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'tgw-hub')).toBeVisible();

  // "Deployed": one VPC renamed in its blocks, one VPC the design does not have, and without vpc-analytics.
  const deployed = structuredClone(tgwHub) as { name?: string; nodes: Array<Record<string, unknown>>; connections: Array<Record<string, unknown>> };
  deployed.name = 'Deployed';
  const orders = deployed.nodes.find((n) => n.id === 'vpc-orders')!;
  orders.props = { ...(orders.props as object), cidrs: ['10.99.0.0/16'] };
  deployed.nodes.push({ id: 'vpc-legacy', kind: 'vpc', name: 'legacy', props: { cidrs: ['10.200.0.0/16'] }, position: { x: 40, y: 40 }, size: { width: 300, height: 200 } });
  const gone = new Set(deployed.nodes.filter((n) => n.id === 'vpc-analytics' || n.parent === 'vpc-analytics').map((n) => n.id));
  deployed.nodes = deployed.nodes.filter((n) => !gone.has(n.id as string) && !gone.has(n.parent as string));
  deployed.connections = deployed.connections.filter((c) => !gone.has(c.source as string) && !gone.has(c.target as string));

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
