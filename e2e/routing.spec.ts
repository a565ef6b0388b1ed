/**
 * Route tables in the editor (document version 2): the VPC inspector's tables, the transit
 * gateway's attachments × tables grid, the segmentation view, and undo bringing each edit back.
 * Screenshots for the review go to test-results/screens/ at 1440×900.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseDocumentValue } from '../model/document/parse';
import { encodeShareFragment } from '../model/share/share-link';
import { ROUTED_SPOKES, text } from './documents';
import { chooseFile } from './files';
import { edge, expect, findingsPanel, inspector, node, openEditor, test } from './helpers';

const SHOTS = 'test-results/screens';

async function openRoutedSpokes(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openEditor(page);
  await chooseFile(page, 'routed-spokes.json', text(ROUTED_SPOKES));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'tgw-hub')).toBeVisible();
  await expect(page.getByTestId('findings-chip')).toHaveText('No findings');
  // The "Opened …" notice would sit over the screenshots.
  await page.getByTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
}

const snap = async (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

/** The route table section of the inspector named `name`. */
const routeTable = (page: Page, name: string) => inspector(page).getByRole('region', { name: `Route table ${name}`, exact: true });

test('the VPC inspector shows route tables; removing a route brings the finding that names the table, undo takes it away', async ({ page }) => {
  await openRoutedSpokes(page);
  await node(page, 'vpc-dev').click({ position: { x: 200, y: 12 } });
  const privateTable = routeTable(page, 'private');
  const publicTable = routeTable(page, 'public');
  await expect(privateTable).toBeVisible();
  // The local route first, read-only; then the static route, named by its target.
  const privateRows = privateTable.getByRole('table').locator('tbody tr');
  await expect(privateRows.nth(0)).toContainText('10.1.0.0/16');
  await expect(privateRows.nth(0)).toContainText('local');
  await expect(privateRows.nth(0).getByRole('button')).toHaveCount(0);
  await expect(privateRows.nth(1)).toContainText('10.2.0.0/16');
  await expect(privateRows.nth(1)).toContainText('Transit gateway hub');
  await expect(privateTable).toContainText('dev-app (main)');
  await expect(publicTable).toContainText('dev-public');
  // The target menu lists only what dev can use: its internet gateway and the transit gateway it is attached to.
  const targets = privateTable.getByLabel('New route target').locator('option');
  await expect(targets).toHaveText(['Internet gateway igw-dev', 'Transit gateway hub']);
  // A malformed destination is refused where it is typed.
  await privateTable.getByLabel('New route destination').fill('10.3.0.0/33');
  await privateTable.getByRole('button', { name: 'Add' }).click();
  await expect(privateTable.getByRole('alert')).toContainText('10.3.0.0/33');
  await expect(privateRows).toHaveCount(2);
  await privateTable.getByLabel('New route destination').fill('10.3.0.0/16');
  await privateTable.getByLabel('New route target').selectOption('tgw-hub');
  await privateTable.getByRole('button', { name: 'Add' }).click();
  await expect(privateRows).toHaveCount(3);
  await expect(privateRows.nth(2)).toContainText('10.3.0.0/16');
  await privateTable.scrollIntoViewIfNeeded();
  await inspector(page).evaluate((el) => el.scrollBy(0, el.querySelector('[aria-label="Route tables"]')!.getBoundingClientRect().top - el.getBoundingClientRect().top - 8));
  await snap(page, 'rtui-vpc-inspector');

  // Removing the public table's default route: dev-public is public no more, and the finding names the table.
  await publicTable.getByRole('button', { name: 'Remove the route to 0.0.0.0/0' }).click();
  await expect(findingsPanel(page)).toContainText('its route table public has no 0.0.0.0/0 route');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('findings-chip')).toHaveText('No findings');
  await expect(publicTable.getByRole('table')).toContainText('Internet gateway igw-dev');
  // One undo per edit: the next one takes back the route added above.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(privateRows).toHaveCount(2);
});

test('a subnet shows the routes of its table, read-only', async ({ page }) => {
  await openRoutedSpokes(page);
  await node(page, 'subnet-dev-public').click({ position: { x: 90, y: 12 } });
  const routes = inspector(page).getByRole('region', { name: 'Routes of this subnet' });
  await expect(routes).toContainText('0.0.0.0/0');
  await expect(routes).toContainText('Internet gateway igw-dev');
  await expect(routes.getByRole('button')).toHaveCount(0);
  await inspector(page).getByLabel('Route table').selectOption('');
  await expect(routes).toContainText('Transit gateway hub');
});

test('deleting the route dev → shared breaks the flow, and the finding and the reach panel name the table', async ({ page }) => {
  await openRoutedSpokes(page);
  await node(page, 'vpc-dev').click({ position: { x: 200, y: 12 } });
  await routeTable(page, 'private').getByRole('button', { name: 'Remove the route to 10.2.0.0/16' }).click();
  await expect(findingsPanel(page)).toContainText('private');
  await node(page, 'vpc-shared').click({ position: { x: 200, y: 12 }, modifiers: ['Shift'] });
  await inspector(page).getByRole('button', { name: /^Can .* reach .*\?$/ }).click();
  await expect(inspector(page)).toContainText('No:');
  await expect(inspector(page)).toContainText('route-no-route');
  await expect(inspector(page)).toContainText('private');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('findings-chip')).toHaveText('No findings');
});

test('the attachment grid changes an association; the segmentation view and its legend follow, and undo brings them back', async ({ page }) => {
  await openRoutedSpokes(page);
  await node(page, 'tgw-hub').click();
  const grid = inspector(page).getByRole('table', { name: 'Associations and propagations' });
  await expect(grid).toBeVisible();
  await expect(grid.getByLabel('Associate prod · VPC with spokes')).toBeChecked();
  // A peering never propagates; there is none here, so every propagation box is enabled.
  await expect(grid.getByLabel('Propagate shared · VPC into spokes')).toBeChecked();
  await expect(routeTable(page, 'spokes')).toContainText('10.2.0.0/16');
  const learned = routeTable(page, 'spokes').locator('tbody tr', { hasText: '10.2.0.0/16' });
  await expect(learned).toContainText('shared · VPC');
  await expect(learned).toContainText('propagated');
  await expect(learned.getByRole('button')).toHaveCount(0);
  await inspector(page).evaluate((el) => el.scrollBy(0, el.querySelector('[aria-label="Route tables"]')!.getBoundingClientRect().top - el.getBoundingClientRect().top - 8));
  await snap(page, 'rtui-tgw-grid');

  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  const legend = page.getByTestId('segmentation-legend');
  await expect(legend).toBeVisible();
  await expect(page.getByRole('button', { name: 'Segments' })).toHaveAttribute('aria-pressed', 'true');
  await expect(legend.locator('li[data-table="tgw-rt-spokes"]')).toHaveAttribute('data-count', '2');
  await expect(legend.locator('li[data-table="tgw-rt-shared"]')).toHaveAttribute('data-count', '1');
  const prodEdge = edge(page, 'att-prod').locator('path.vc-edge');
  await expect(prodEdge).toHaveClass(/vc-seg-0/);
  const colourOf = () => prodEdge.evaluate((p) => getComputedStyle(p).stroke);
  const spokesColour = await colourOf();
  await snap(page, 'rtui-segmentation');

  await node(page, 'tgw-hub').click();
  await grid.getByLabel('Associate prod · VPC with shared').check();
  await expect(prodEdge).toHaveClass(/vc-seg-1/);
  await expect(legend.locator('li[data-table="tgw-rt-spokes"]')).toHaveAttribute('data-count', '1');
  await expect(legend.locator('li[data-table="tgw-rt-shared"]')).toHaveAttribute('data-count', '2');
  expect(await colourOf()).not.toBe(spokesColour);
  await snap(page, 'rtui-segmentation-changed');

  // Leaving prod with no table: unassociated, and the rule says its traffic is dropped.
  await grid.getByLabel('Associate prod · VPC with no table').check();
  await expect(prodEdge).toHaveClass(/vc-seg-none/);
  await expect(legend.locator('li[data-table="unassociated"]')).toHaveAttribute('data-count', '1');
  await expect(findingsPanel(page)).toContainText('tgw-attachment-unassociated');

  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+z');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(prodEdge).toHaveClass(/vc-seg-0/);
  await expect(legend.locator('li[data-table="tgw-rt-spokes"]')).toHaveAttribute('data-count', '2');
  expect(await colourOf()).toBe(spokesColour);
  await page.keyboard.press('s');
  await expect(legend).toHaveCount(0);
});

test('an implicitly routed VPC gets its first table as the main one, in one undo step', async ({ page }) => {
  await openRoutedSpokes(page);
  // Make prod implicitly routed by deleting its only table, then add one back.
  await node(page, 'vpc-prod').click({ position: { x: 200, y: 12 } });
  await routeTable(page, 'prod-main').getByRole('button', { name: 'Delete route table prod-main' }).click();
  await expect(inspector(page)).toContainText('Implicitly routed');
  await inspector(page).getByRole('button', { name: 'Add a route table' }).click();
  const main = routeTable(page, 'main');
  await expect(main.getByRole('radio', { name: 'Main' })).toBeChecked();
  await expect(main).toContainText('prod-app (main)');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+z');
  await node(page, 'vpc-prod').click({ position: { x: 200, y: 12 } });
  await expect(inspector(page)).toContainText('Implicitly routed');
});

test('the review page lists the route tables of each VPC and transit gateway, and names tables in findings', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // dev-public loses its default route: the finding about it names its route table.
  const broken = structuredClone(ROUTED_SPOKES);
  const dev = broken.nodes.find((n) => n.id === 'vpc-dev')!;
  (dev.props as { routeTables: Array<{ routes: unknown[] }> }).routeTables[1]!.routes = [];
  const share = encodeShareFragment(parseDocumentValue(broken));
  if (!share.ok) throw new Error(share.reason);
  await page.goto(`/review#${share.fragment}`);
  const section = page.getByRole('region', { name: 'Route tables' });
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { name: 'VPC dev' })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Transit gateway hub' })).toBeVisible();
  const privateTable = section.getByRole('table', { name: /^Route table private \(rt-dev-private\) · main · used by dev-app/ });
  await expect(privateTable).toContainText('10.2.0.0/16');
  await expect(privateTable).toContainText('Transit gateway hub');
  await expect(section.getByRole('table', { name: /^Route table spokes \(tgw-rt-spokes\)/ })).toContainText('propagated');
  await expect(section).toContainText('Associated: VPC attachment att-dev (VPC dev), VPC attachment att-prod (VPC prod).');
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('route table public (rt-dev-public)');
  await section.scrollIntoViewIfNeeded();
  await snap(page, 'rtui-review-route-tables');
});
