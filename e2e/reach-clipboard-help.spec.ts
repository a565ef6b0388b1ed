import { box, canvas, connect, dragFromPalette, expect, expectEdge, inspector, newDiagram, node, openEditor, pointIn, shot, test } from './helpers';
import type { Page } from '@playwright/test';

async function openSample(page: Page, title: string): Promise<void> {
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: title }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
}

test('can A reach B? highlights the path', async ({ page }) => {
  await openSample(page, 'Transit gateway hub and spokes');
  await node(page, 'vpc-payments').click({ position: { x: 120, y: 12 } });
  await node(page, 'vpc-orders').click({ position: { x: 120, y: 12 }, modifiers: ['Shift'] });
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2);
  await inspector(page).getByRole('button', { name: /^Can .* reach .*\?$/ }).click();
  await expect(inspector(page)).toContainText('Yes:');
  // The path names unnamed lines by their kind, never by an internal id.
  const path = inspector(page).locator('.vc-reach-path li');
  await expect(path.filter({ hasText: 'Transit gateway attachment' })).toHaveCount(2);
  await expect(path.filter({ hasText: /^tgwa-/ })).toHaveCount(0);
  await expect(node(page, 'tgw-hub').locator('.vc-mark-path')).toHaveCount(1);
  await expect(page.locator('path.vc-mark-path')).toHaveCount(2);
  await shot(page, '12-reach-path');
});

test('can A reach B? shows what blocks it, with the rule', async ({ page }) => {
  await openSample(page, 'Deliberately broken (what the validator catches)');
  await node(page, 'vpc-analytics').click({ position: { x: 160, y: 12 } });
  await node(page, 'vpc-reporting').click({ position: { x: 160, y: 12 }, modifiers: ['Shift'] });
  await page.keyboard.press('r');
  await expect(inspector(page)).toContainText('No:');
  await expect(inspector(page)).toContainText('peering-not-transitive');
  await expect(node(page, 'vpc-core').locator('.vc-mark-block')).toHaveCount(1);
  await shot(page, '13-reach-blocked');
  await page.keyboard.press('Escape');
  await expect(page.locator('.vc-mark-block')).toHaveCount(0);
});

test('copy, paste and duplicate give fresh ids and free blocks', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 200, y: c.y + 150 });
  await dragFromPalette(page, 'Subnet', await pointIn(node(page, 'vpc-1'), 0.35, 0.6));
  await node(page, 'vpc-1').click({ position: { x: 100, y: 12 } });
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(node(page, 'vpc-2')).toContainText('10.1.0.0/16');
  await expect(node(page, 'subnet-2')).toContainText('10.1.0.0/24');
  await expect(node(page, 'vpc-2')).toHaveClass(/selected/);
  await page.keyboard.press('ControlOrMeta+d');
  await expect(node(page, 'vpc-3')).toContainText('10.2.0.0/16');
  await expect(page.getByTestId('findings-chip')).toHaveText('No findings');
});

test('draws an intent flow with the flow tool', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  await page.getByRole('button', { name: 'Zoom Out' }).click();
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 200, y: c.y + 150 });
  await dragFromPalette(page, 'VPC', { x: c.x + 600, y: c.y + 150 });
  await page.getByRole('button', { name: 'Draw a flow' }).click();
  await connect(page, 'vpc-1', 'vpc-2');
  await expectEdge(page, 'flow-1');
  await expect(page.locator('path.vc-edge-flow')).toHaveCount(1);
  // Nothing joins them: the flow is reported.
  await expect(page.getByTestId('findings-chip')).toContainText('1 error');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Draw a flow' })).toHaveAttribute('aria-pressed', 'false');
  await connect(page, 'vpc-1', 'vpc-2');
  await expectEdge(page, 'pcx-1');
  await expect(page.getByTestId('findings-chip')).toHaveText('No findings');
});

test('the help dialog lists the shortcuts; the dark theme', async ({ page }) => {
  await openEditor(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const label of ['Undo', 'Redo', 'Delete', 'Copy', 'Paste', 'Duplicate', 'Select all', 'Nudge the selection 1 px (10 px with Shift)', 'Cancel drag / clear selection', 'Fit view']) {
    await expect(help.getByRole('cell', { name: label, exact: true })).toBeVisible();
  }
  await shot(page, '14-help');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(page, '15-dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
