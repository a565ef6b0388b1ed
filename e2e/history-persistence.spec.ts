import { box, canvas, dragFromPalette, expect, inspector, newDiagram, node, openEditor, pointIn, shot, test, waitSaved } from './helpers';

test('undo and redo every document change, from the keyboard and the toolbar', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  await dragFromPalette(page, 'Subnet', await pointIn(node(page, 'vpc-1'), 0.35, 0.6));
  await expect(page.locator('.react-flow__node')).toHaveCount(2);

  // Typing a name is one step, however many keys.
  await inspector(page).getByLabel('Name', { exact: true }).fill('');
  await inspector(page).getByLabel('Name', { exact: true }).pressSequentially('web');
  await expect(node(page, 'subnet-1')).toContainText('web');
  await page.locator('.react-flow__pane').click({ position: { x: 700, y: 500 } });

  await page.keyboard.press('ControlOrMeta+z');
  await expect(node(page, 'subnet-1')).toContainText('subnet-1');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  await page.keyboard.press('Shift+ControlOrMeta+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(node(page, 'subnet-1')).toContainText('web');
  await expect(page.getByRole('button', { name: 'Redo' })).toBeDisabled();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(node(page, 'subnet-1')).toContainText('subnet-1');

  // Moving a node is one step too, recorded when the drag ends.
  const before = await box(node(page, 'vpc-1'));
  await page.mouse.move(before.x + 200, before.y + 14);
  await page.mouse.down();
  await page.mouse.move(before.x + 260, before.y + 60, { steps: 8 });
  await page.mouse.up();
  const after = await box(node(page, 'vpc-1'));
  expect(after.x - before.x).toBeGreaterThan(40);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await box(node(page, 'vpc-1'))).x).toBeCloseTo(before.x, 0);
});

test('delete, select all, nudge with the arrow keys', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  await dragFromPalette(page, 'Subnet', await pointIn(node(page, 'vpc-1'), 0.35, 0.6));
  const before = await box(node(page, 'subnet-1'));
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await box(node(page, 'subnet-1'))).x).toBeCloseTo(before.x + 10, 0);
  expect((await box(node(page, 'subnet-1'))).y).toBeCloseTo(before.y + 1, 0);
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
});

test('keeps the diagram across a reload', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  await inspector(page).getByLabel('Name', { exact: true }).fill('prod');
  await dragFromPalette(page, 'Subnet', await pointIn(node(page, 'vpc-1'), 0.35, 0.6));
  await inspector(page).getByLabel('IPv4 CIDR block', { exact: true }).fill('10.0.42.0/24');
  await waitSaved(page);

  await page.reload();
  await expect(node(page, 'vpc-1')).toContainText('prod');
  await expect(node(page, 'vpc-1')).toContainText('10.0.0.0/16');
  await expect(node(page, 'subnet-1')).toContainText('10.0.42.0/24');
  await expect(page.locator('.react-flow__node')).toHaveCount(2);
  await shot(page, '11-after-reload');
});

test('New asks before discarding the diagram', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a new diagram?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(node(page, 'vpc-prod')).toBeVisible();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(node(page, 'vpc-prod')).toBeVisible();
});
