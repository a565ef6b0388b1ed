/**
 * The editor without a mouse: building, selecting, connecting, moving and deleting with the
 * keyboard alone, and no serious or critical accessibility violation (axe) on the editor, its
 * dialogs and the review page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { box, canvas, edge, expect, newDiagram, node, nodesOfKind, openEditor, shot, test } from './helpers';

/** Serious and critical violations only, each with the elements it names, so a failure says where. */
async function axeProblems(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Presses Enter on a palette item, as a keyboard user does after tabbing to it. */
async function addFromPalette(page: Page, label: string): Promise<void> {
  const item = page.getByRole('navigation', { name: 'Palette' }).getByRole('button', { name: label, exact: true });
  await item.focus();
  await page.keyboard.press('Enter');
}

/** Focuses a node on the canvas and picks it with Enter. */
async function pick(page: Page, id: string): Promise<void> {
  await node(page, id).focus();
  await page.keyboard.press('Enter');
  await expect(node(page, id)).toHaveClass(/selected/);
}

test('a VPC with a subnet and an internet gateway is built, connected, moved and deleted with the keyboard alone', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);

  await addFromPalette(page, 'VPC');
  const vpc = nodesOfKind(page, 'vpc');
  await expect(vpc).toHaveCount(1);
  await expect(vpc).toHaveClass(/selected/);
  // Announced by kind, name and block, never by a bare id.
  await expect(vpc).toHaveAttribute('aria-label', 'VPC vpc-1 (10.0.0.0/16)');

  // The new VPC is selected, so the subnet goes into it; the internet gateway, added while the
  // subnet is selected, goes to the subnet's VPC.
  await addFromPalette(page, 'Subnet');
  const subnet = nodesOfKind(page, 'subnet');
  await expect(subnet).toHaveCount(1);
  await addFromPalette(page, 'Internet gateway');
  const igw = nodesOfKind(page, 'internet-gateway');
  await expect(igw).toHaveCount(1);
  const [v, s, g] = [await box(vpc), await box(subnet), await box(igw)];
  expect(s.x).toBeGreaterThanOrEqual(v.x);
  expect(s.x + s.width).toBeLessThanOrEqual(v.x + v.width + 1);
  expect(s.y + s.height).toBeLessThanOrEqual(v.y + v.height + 1);
  // Attached gateways straddle the VPC's border.
  const gx = g.x + g.width / 2;
  const onBorder = Math.abs(gx - v.x) < 2 || Math.abs(gx - (v.x + v.width)) < 2 || Math.abs(g.y + 24 - v.y) < 30 || Math.abs(g.y + 24 - (v.y + v.height)) < 30;
  expect(onBorder).toBe(true);

  // A second VPC, with nothing selected, lands in the middle of the view, clear of the first.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await addFromPalette(page, 'VPC');
  await expect(nodesOfKind(page, 'vpc')).toHaveCount(2);
  const [first, second] = [await box(nodesOfKind(page, 'vpc').nth(0)), await box(nodesOfKind(page, 'vpc').nth(1))];
  expect(first.x >= second.x + second.width || second.x >= first.x + first.width || first.y >= second.y + second.height || second.y >= first.y + first.height).toBe(true);

  // Peer the two through "Connect to…", which lists what AWS allows and why not the rest.
  await pick(page, 'vpc-1');
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Connect VPC vpc-1 to…' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox', { name: 'Find a node' })).toBeFocused();
  await expect(dialog.getByText(/^Not possible \(2\)/)).toBeVisible();
  await page.keyboard.type('vpc-2');
  // Typing narrows both lists: the refused subnet and gateway no longer show.
  await expect(dialog.getByText(/^Not possible/)).toHaveCount(0);
  const row = dialog.getByRole('listitem').filter({ hasText: /^VPC vpc-2/ });
  await row.getByRole('button', { name: /VPC peering/ }).focus();
  await shot(page, 'keyboard-connect-to');
  expect(await axeProblems(page, '.vc-dialog')).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  const lines = page.locator('.react-flow__edge');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toHaveAttribute('aria-label', 'VPC peering from VPC vpc-1 to VPC vpc-2');

  // Move the first VPC with the arrows (Shift: 10 px a press): it and everything in it move together.
  const vpc1 = node(page, 'vpc-1');
  await pick(page, 'vpc-1');
  const before = await box(vpc1);
  const subnetBefore = await box(subnet);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await box(vpc1)).y).toBeGreaterThan(before.y + 10);
  expect((await box(subnet)).y - subnetBefore.y).toBeCloseTo((await box(vpc1)).y - before.y, 0);

  // Delete it: the VPC goes with its subnet, its gateway and its peering.
  await page.keyboard.press('Delete');
  await expect(nodesOfKind(page, 'vpc')).toHaveCount(1);
  await expect(nodesOfKind(page, 'subnet')).toHaveCount(0);
  await expect(nodesOfKind(page, 'internet-gateway')).toHaveCount(0);
  await expect(lines).toHaveCount(0);
});

test('a focused line is picked with Enter, and the inspector then edits it', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Deliberately broken (what the validator catches)' }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(edge(page, 'pcx-core-legacy')).toBeAttached();
  await expect(edge(page, 'pcx-core-legacy')).toHaveAttribute('aria-label', /^VPC peering .*from VPC .* to VPC /);
  await edge(page, 'pcx-core-legacy').focus();
  await page.keyboard.press('Enter');
  await expect(edge(page, 'pcx-core-legacy')).toHaveClass(/selected/);
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('textbox', { name: 'Name' })).toBeVisible();
});

test('no serious or critical accessibility violation on the editor, its dialogs and the review page', async ({ page }) => {
  await openEditor(page);
  await expect(canvas(page).locator('.react-flow__node').first()).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);

  for (const [opener, name] of [
    ['?', 'Keyboard shortcuts'],
    ['Shift+Control+E', /Export/],
    ['Control+F', 'Find a node'],
  ] as const) {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press(opener);
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    expect(await axeProblems(page, '.vc-dialog')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  }

  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const [review] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Open review page' }).click()]);
  await expect(review.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(review.getByTestId('review-canvas').locator('.react-flow__node').first()).toBeVisible();
  expect(await axeProblems(review)).toEqual([]);
});
