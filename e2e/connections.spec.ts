import {
  expectEdge, box, canvas, connect, dragFromPalette, edge, expect, inspector, newDiagram, node, openEditor, shot, test, type Point } from './helpers';
import type { Page } from '@playwright/test';

/** Three VPCs at 70% zoom: vpc-1 top left, vpc-2 below it, vpc-3 to the right. */
async function threeVpcs(page: Page): Promise<void> {
  await openEditor(page);
  await newDiagram(page);
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  const c = await box(canvas(page));
  const at = (x: number, y: number): Point => ({ x: c.x + x, y: c.y + y });
  await dragFromPalette(page, 'VPC', at(200, 140));
  await dragFromPalette(page, 'VPC', at(200, 440));
  await dragFromPalette(page, 'VPC', at(600, 290));
  for (const id of ['vpc-1', 'vpc-2', 'vpc-3']) await expect(node(page, id)).toBeVisible();
}

test('draws a valid peering between two VPCs, and shows it', async ({ page }) => {
  await threeVpcs(page);
  await connect(page, 'vpc-1', 'vpc-2');
  await expectEdge(page, 'pcx-1');
  await expect(edge(page, 'pcx-1').locator('path.vc-edge-vpc-peering')).toHaveCount(1);
  await expect(inspector(page)).toContainText('VPC peering');
  await expect(inspector(page)).toContainText('VPC vpc-1 ↔ VPC vpc-2');
  await shot(page, '04-valid-peering');
});

test('refuses a peering between overlapping VPCs: the target turns red, and letting go says why', async ({ page }) => {
  await threeVpcs(page);
  await node(page, 'vpc-3').click({ position: { x: 100, y: 12 } });
  await inspector(page).getByRole('textbox', { name: 'IPv4 block 1' }).fill('10.0.128.0/17');
  await expect(node(page, 'vpc-3')).toContainText('10.0.128.0/17');

  await connect(page, 'vpc-1', 'vpc-3', { release: false });
  const target = node(page, 'vpc-3').locator('.vc-cover-handle');
  await expect(target).toHaveClass(/connectingto/);
  await expect(target).not.toHaveClass(/\bvalid\b/);
  await expect(page.locator('.vc-connection-line')).toHaveClass(/vc-connection-invalid/);
  await expect(page.locator('.vc-pointer-text')).toContainText('overlap');
  await shot(page, '05-overlapping-peering-while-dragging');
  await page.mouse.up();

  await expect(page.getByTestId('notice')).toContainText(
    'VPC vpc-1 (10.0.0.0/16) and VPC vpc-3 (10.0.128.0/17) overlap; AWS refuses to peer VPCs with matching or overlapping blocks.',
  );
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  await shot(page, '06-overlapping-peering-refused');

  // The same pair with a free block is accepted.
  await node(page, 'vpc-3').click({ position: { x: 100, y: 12 } });
  await inspector(page).getByRole('textbox', { name: 'IPv4 block 1' }).fill('10.20.0.0/16');
  await connect(page, 'vpc-1', 'vpc-3');
  await expectEdge(page, 'pcx-1');
});

test('a valid target shows green before letting go', async ({ page }) => {
  await threeVpcs(page);
  await connect(page, 'vpc-2', 'vpc-3', { release: false });
  await expect(node(page, 'vpc-3').locator('.vc-cover-handle')).toHaveClass(/connectingto.*valid|valid.*connectingto/);
  await expect(page.locator('.vc-connection-line')).toHaveClass(/vc-connection-valid/);
  // Escape cancels the line.
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
});

test('asks which virtual interface to draw when several fit', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'Direct Connect connection', { x: c.x + 150, y: c.y + 200 });
  await dragFromPalette(page, 'Direct Connect gateway', { x: c.x + 500, y: c.y + 200 });
  await connect(page, 'dxcon-1', 'dxgw-1');
  const picker = page.getByRole('menu', { name: 'Choose a connection' });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('menuitem')).toHaveText(['Private virtual interface', 'Transit virtual interface']);
  await shot(page, '07-vif-picker');
  await picker.getByRole('menuitem', { name: 'Transit virtual interface' }).click();
  await expectEdge(page, 'dxvif-1');
  await expect(inspector(page).getByLabel('VIF type')).toHaveValue('transit');
});

test('connection kinds are drawn differently, with a legend', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Hybrid: Direct Connect with VPN backup' }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await page.getByRole('button', { name: 'Legend' }).click();
  const legend = page.getByRole('list', { name: 'Connection styles' });
  await expect(legend.getByRole('listitem')).toHaveCount(9);
  const strokes = await page.locator('.vc-legend path').evaluateAll((paths) =>
    paths.map((p) => {
      const s = getComputedStyle(p);
      return `${s.stroke}|${s.strokeDasharray}|${s.strokeWidth}`;
    }),
  );
  expect(new Set(strokes).size).toBe(strokes.length);
  await shot(page, '08-hybrid-sample-with-legend');
});
