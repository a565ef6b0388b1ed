import { box, canvas, dragFromPalette, expect, newDiagram, node, openEditor, pointIn, test } from './helpers';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;

test('nodes dropped one after another on the same spot land side by side, never on each other', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));

  // Two VPCs dropped on the same point.
  await dragFromPalette(page, 'VPC', { x: c.x + 260, y: c.y + 200 });
  await dragFromPalette(page, 'VPC', { x: c.x + 260, y: c.y + 200 });
  await expect(node(page, 'vpc-2')).toBeVisible();
  expect(overlap(await box(node(page, 'vpc-1')), await box(node(page, 'vpc-2'))), 'the second VPC covers the first').toBe(false);

  // Three subnets dropped on the same point inside the first VPC: all inside it, none over another.
  for (let i = 0; i < 3; i++) await dragFromPalette(page, 'Subnet', await pointIn(node(page, 'vpc-1'), 0.3, 0.55));
  await expect(node(page, 'subnet-3')).toBeVisible();
  const vpc = await box(node(page, 'vpc-1'));
  const subnets = await Promise.all(['subnet-1', 'subnet-2', 'subnet-3'].map((id) => box(node(page, id))));
  for (const s of subnets) expect(inside(s, vpc), 'a subnet outside its VPC').toBe(true);
  for (let i = 0; i < subnets.length; i++) for (let j = i + 1; j < subnets.length; j++) expect(overlap(subnets[i]!, subnets[j]!), `subnet-${i + 1} and subnet-${j + 1} overlap`).toBe(false);

  // A customer gateway dropped on a VPC lands beside it, visible, not hidden behind it.
  // The view followed the subnets; bring the whole diagram back into view first.
  await page.locator('.react-flow__controls-fitview').click();
  await dragFromPalette(page, 'Customer gateway', await pointIn(node(page, 'vpc-2'), 0.5, 0.5));
  await expect(node(page, 'cgw-1')).toBeVisible();
  expect(overlap(await box(node(page, 'cgw-1')), await box(node(page, 'vpc-2'))), 'the customer gateway is drawn over the VPC').toBe(false);
});
