import {
  expectEdge,
  box,
  canvas,
  connect,
  dragFromPalette,
  edge,
  expect,
  findingsPanel,
  inspector,
  newDiagram,
  node,
  openEditor,
  pointIn,
  shot,
  test,
} from './helpers';

test('opens on a sample network already drawn', async ({ page }) => {
  await openEditor(page);
  await expect(node(page, 'vpc-prod')).toBeVisible();
  await expect(node(page, 'vpc-prod')).toContainText('10.0.0.0/16');
  await expect(node(page, 'igw-prod').locator('img')).toHaveAttribute('src', /\.svg/);
  await expect(page.getByRole('navigation', { name: 'Palette' }).getByRole('heading')).toHaveText([
    'Networks',
    'Gateways',
    'Hybrid connectivity',
    'Endpoints and services',
    'Intent: flow',
  ]);
  await shot(page, '01-sample-light');
});

test('builds a small network from an empty canvas by dragging', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));

  // A VPC proposed a free /16.
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  await expect(node(page, 'vpc-1')).toContainText('10.0.0.0/16');

  // Subnets dropped into it get the next free /24s.
  await dragFromPalette(page, 'Subnet', await pointIn(node(page, 'vpc-1'), 0.32, 0.58));
  await expect(node(page, 'subnet-1')).toContainText('10.0.0.0/24');
  const first = await box(node(page, 'subnet-1'));
  await dragFromPalette(page, 'Subnet', { x: first.x + first.width + 140, y: first.y + first.height / 2 });
  await expect(node(page, 'subnet-2')).toContainText('10.0.1.0/24');
  // The VPC grew to hold both.
  const vpc = await box(node(page, 'vpc-1'));
  const second = await box(node(page, 'subnet-2'));
  expect(second.x + second.width).toBeLessThanOrEqual(vpc.x + vpc.width);

  // A public subnet without an internet gateway is a finding...
  await node(page, 'subnet-1').click({ position: { x: 120, y: 90 } });
  await inspector(page).getByLabel('Public (routes 0.0.0.0/0 to the internet gateway)').check();
  await expect(findingsPanel(page)).toContainText('public-subnet-without-igw');
  await expect(node(page, 'subnet-1')).toContainText('Public subnet');

  // ...until an internet gateway is dropped on the VPC's edge.
  await dragFromPalette(page, 'Internet gateway', { x: vpc.x + 3, y: vpc.y + vpc.height * 0.6 });
  await expect(node(page, 'igw-1')).toBeVisible();
  await expect(inspector(page)).toContainText('Inside VPC vpc-1');
  const igw = await box(node(page, 'igw-1'));
  expect(Math.abs(igw.x + igw.width / 2 - vpc.x)).toBeLessThan(6);
  await expect(findingsPanel(page)).not.toContainText('public-subnet-without-igw');

  // An instance in the subnet, a transit gateway beside the VPC, and an attachment between them.
  await dragFromPalette(page, 'Instance', await pointIn(node(page, 'subnet-1'), 0.5, 0.65));
  await expect(inspector(page)).toContainText('Inside Subnet subnet-1');
  await dragFromPalette(page, 'Transit gateway', { x: vpc.x + vpc.width + 130, y: vpc.y + 60 });
  await expect(node(page, 'tgw-1')).toBeVisible();
  await expect(inspector(page)).not.toContainText('Inside');
  await connect(page, 'vpc-1', 'tgw-1');
  await expectEdge(page, 'tgw-attach-1');
  await expect(edge(page, 'tgw-attach-1').locator('path.vc-edge-tgw-attachment')).toHaveCount(1);
  await expect(inspector(page)).toContainText('Transit gateway attachment');
  await shot(page, '02-built-from-scratch');
});

test('an illegal drop is refused with the reason next to the pointer', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  const vpc = await box(node(page, 'vpc-1'));

  // A subnet outside every VPC: the hint follows the pointer while dragging, then a notice explains.
  const outside = { x: vpc.x + vpc.width + 150, y: vpc.y + vpc.height + 80 };
  await dragFromPalette(page, 'Subnet', outside, { release: false });
  await expect(page.locator('.vc-pointer-text')).toContainText('must be inside a VPC');
  await page.mouse.up();
  await expect(page.getByTestId('notice')).toContainText('must be inside a VPC');
  await expect(page.locator('.react-flow__node[data-id^="subnet"]')).toHaveCount(0);

  // A NAT gateway dropped on the VPC but outside its subnets.
  await dragFromPalette(page, 'NAT gateway', { x: vpc.x + vpc.width / 2, y: vpc.y + vpc.height / 2 }, { release: false });
  await expect(node(page, 'vpc-1').locator('.vc-mark-drop-bad')).toHaveCount(1);
  await page.mouse.up();
  await expect(page.getByTestId('notice')).toContainText('must be inside a subnet');
  await expect(node(page, 'vpc-1').locator('.vc-mark-drop-bad')).toHaveCount(0);

  // Escape cancels a palette drag: nothing is added.
  await dragFromPalette(page, 'Instance', { x: vpc.x + 50, y: vpc.y + 100 }, { release: false });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
});

test('refuses a second virtual private gateway in a VPC', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  const vpc = await box(node(page, 'vpc-1'));
  await dragFromPalette(page, 'Virtual private gateway', { x: vpc.x + vpc.width, y: vpc.y + vpc.height / 2 });
  await expect(node(page, 'vgw-1')).toBeVisible();
  await expect(inspector(page)).toContainText('Inside VPC vpc-1');

  await dragFromPalette(page, 'Virtual private gateway', { x: vpc.x + vpc.width * 0.4, y: vpc.y + vpc.height - 6 }, { release: false });
  await expect(page.locator('.vc-pointer-text')).toContainText('only one virtual private gateway');
  await expect(node(page, 'vpc-1').locator('.vc-mark-drop-bad')).toHaveCount(1);
  await shot(page, '03-second-vgw-refused-while-dragging');
  await page.mouse.up();
  await expect(page.getByTestId('notice')).toContainText('VPC vpc-1 already has Virtual private gateway vgw-1 attached');
  await expect(page.locator('.react-flow__node[data-id^="vgw"]')).toHaveCount(1);
});

test('dragging a node into another container re-parents it, and out of every subnet is refused', async ({ page }) => {
  await openEditor(page);
  await newDiagram(page);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  await dragFromPalette(page, 'Subnet', await pointIn(node(page, 'vpc-1'), 0.32, 0.58));
  const first = await box(node(page, 'subnet-1'));
  await dragFromPalette(page, 'Subnet', { x: first.x + first.width + 140, y: first.y + first.height / 2 });
  await dragFromPalette(page, 'Instance', await pointIn(node(page, 'subnet-1'), 0.5, 0.65));
  await expect(inspector(page)).toContainText('Inside Subnet subnet-1');

  const instance = await box(node(page, 'i-1'));
  const grip = { x: instance.x + instance.width / 2, y: instance.y + 22 };
  const target = await pointIn(node(page, 'subnet-2'), 0.5, 0.6);
  const { dragNode } = await import('./helpers');
  await dragNode(page, 'i-1', target, grip);
  await node(page, 'i-1').click({ position: { x: 56, y: 22 } });
  await expect(inspector(page)).toContainText('Inside Subnet subnet-2');

  // Out of every subnet: refused, and the instance goes back.
  const moved = await box(node(page, 'i-1'));
  const vpc = await box(node(page, 'vpc-1'));
  await dragNode(page, 'i-1', { x: vpc.x + vpc.width + 120, y: vpc.y + 40 }, { x: moved.x + moved.width / 2, y: moved.y + 22 });
  await expect(page.getByTestId('notice')).toContainText('must be inside a subnet');
  const back = await box(node(page, 'i-1'));
  expect(Math.abs(back.x - moved.x)).toBeLessThan(2);
  await node(page, 'i-1').click({ position: { x: 56, y: 22 } });
  await expect(inspector(page)).toContainText('Inside Subnet subnet-2');
});
