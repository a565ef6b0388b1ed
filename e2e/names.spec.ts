/**
 * Nothing is cut: a container's long name and its detail line (a VPC's four address blocks) wrap
 * in its title bar, which grows so the title never runs into the children; a leaf's long subtitle
 * wraps under its name; the SVG export writes every word. (Leaves' long names: routes.spec.ts.)
 */
import type { Locator, Page } from '@playwright/test';
import { box, expect, inspector, node, openEditor, test } from './helpers';
import { chooseFile, downloadOf } from './files';

const VPC_NAME = 'Payments platform production VPC, shared with the analytics and data science teams';
const BLOCKS = ['10.0.0.0/16', '10.1.0.0/16', '10.2.0.0/16', '10.3.0.0/16'];
const SUBNET_NAME = 'Private application subnet for the payment card processing services';
const SITE_NAME = 'Corporate data centre in Frankfurt, second floor, cage 4, racks 12 to 14';
const CGW_IP = '2001:db8:ffff:ffff:ffff:ffff:ffff:1';

const DOC = {
  format: 'vpc-canvas',
  version: 2,
  name: 'long names',
  nodes: [
    { id: 'vpc', kind: 'vpc', name: VPC_NAME, props: { cidrs: BLOCKS }, position: { x: 0, y: 0 }, size: { width: 400, height: 380 } },
    { id: 'sub', kind: 'subnet', name: SUBNET_NAME, parent: 'vpc', props: { cidr: '10.0.1.0/24', az: 'eu-central-1a' }, position: { x: 20, y: 120 }, size: { width: 300, height: 230 } },
    { id: 'web', kind: 'instance', name: 'web', parent: 'sub', position: { x: 30, y: 120 } },
    { id: 'dc', kind: 'on-premises', name: SITE_NAME, props: { cidrs: ['192.168.0.0/16', '172.16.0.0/12'] }, position: { x: 560, y: 0 }, size: { width: 320, height: 260 } },
    { id: 'cgw', kind: 'customer-gateway', name: 'cgw-frankfurt', parent: 'dc', props: { ip: CGW_IP }, position: { x: 30, y: 130 } },
  ],
  connections: [],
};

async function open(page: Page): Promise<void> {
  await chooseFile(page, 'long-names.json', JSON.stringify(DOC));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(page.getByText(/^Opened long-names\.json/)).toBeVisible();
}

/** Overflow of an element: what it would need beyond what it shows (0 when nothing is hidden). */
async function hidden(locator: Locator): Promise<{ x: number; y: number }> {
  return locator.evaluate((el) => ({ x: el.scrollWidth - el.clientWidth, y: el.scrollHeight - el.clientHeight }));
}

/** Checks a container's title on the canvas: whole, wrapped inside the box, above every child. */
async function expectTitleWhole(page: Page, id: string, name: string, details: string[], childIds: string[]): Promise<void> {
  const container = node(page, id);
  const title = container.locator('.vc-group-name').first();
  const detailLine = container.locator('.vc-group-details').first();
  await expect(title).toHaveText(name);
  for (const d of details) await expect(detailLine).toContainText(d);
  for (const part of [title, detailLine]) {
    expect(await hidden(part)).toEqual({ x: 0, y: 0 });
    expect(await part.evaluate((el) => getComputedStyle(el).textOverflow)).not.toBe('ellipsis');
  }
  const outer = await box(container);
  const titles = await box(container.locator('.vc-group-titles').first());
  // Wrapped within the box's width, onto several lines.
  expect(titles.x + titles.width).toBeLessThanOrEqual(outer.x + outer.width + 1);
  const lines = await detailLine.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));
  expect(lines, `${id}: details on more than one line`).toBeGreaterThan(1);
  // The title ends above every child.
  for (const child of childIds) {
    const childBox = await box(node(page, child));
    expect(titles.y + titles.height, `${id}'s title above ${child}`).toBeLessThanOrEqual(childBox.y + 1);
  }
}

test('container titles and detail lines wrap, never cut, above the children; long subtitles wrap too', async ({ page }) => {
  await openEditor(page);
  await open(page);
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();

  await expectTitleWhole(page, 'vpc', VPC_NAME, BLOCKS, ['sub']);
  await expectTitleWhole(page, 'sub', SUBNET_NAME, ['10.0.1.0/24', 'eu-central-1a'], ['web']);
  await expectTitleWhole(page, 'dc', SITE_NAME, ['192.168.0.0/16', '172.16.0.0/12'], ['cgw']);

  // A leaf's subtitle wraps inside its (grown) box.
  const cgw = node(page, 'cgw');
  const sub = cgw.locator('.vc-leaf-sub');
  await expect(sub).toHaveText(`CGW · ${CGW_IP}`);
  expect(await hidden(sub)).toEqual({ x: 0, y: 0 });
  const subBox = await box(sub);
  const cgwBox = await box(cgw);
  expect(subBox.y + subBox.height).toBeLessThanOrEqual(cgwBox.y + cgwBox.height + 1);
  expect(subBox.x + subBox.width).toBeLessThanOrEqual(cgwBox.x + cgwBox.width + 1);

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'test-results/screens/names-editor-1440x900.png' });
});

test('renaming a container to a long name grows its title bar, keeping its children below it', async ({ page }) => {
  await openEditor(page);
  await open(page);
  await node(page, 'vpc').locator('.vc-group-header').click();
  const name = inspector(page).getByLabel('Name', { exact: true });
  // Long enough to need more lines than the room above the subnet: the VPC must grow.
  const longer = `${VPC_NAME}, with a second sentence about who pays for the transit gateway attachments, the NAT gateways and the interface endpoints of every account`;
  await name.fill(longer);
  await name.press('Tab');
  await expectTitleWhole(page, 'vpc', longer, BLOCKS, ['sub']);
});

test('the SVG export writes every word of the titles and subtitles, and never an ellipsis', async ({ page }) => {
  await openEditor(page);
  await open(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('menuitem', { name: /^Export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByText('SVG', { exact: true }).click();
  const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export SVG' }).click());
  const svg = file.bytes.toString('utf8');
  expect(svg).not.toContain('…');
  expect(svg).not.toContain('foreignObject');
  // The texts as a reader's SVG viewer has them: each <text> a line, in the order drawn.
  const blank = await page.context().newPage();
  const lines = await blank.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, svg);
  // Drawn as a viewer draws it, for a person to look at (the lines stay inside their boxes).
  await blank.setContent(`<body style="margin:0;background:#fff">${svg}</body>`);
  await blank.screenshot({ path: 'test-results/screens/names-export-svg.png', fullPage: true });
  await blank.close();
  const all = lines.join(' ').replace(/\s+/g, '');
  for (const text of [VPC_NAME, SUBNET_NAME, SITE_NAME, ...BLOCKS, '192.168.0.0/16', '172.16.0.0/12', `CGW · ${CGW_IP}`, 'eu-central-1a']) {
    expect(all, text).toContain(text.replace(/\s+/g, ''));
  }
  // Wrapped, not written on one long line: no line of the VPC's title is wider than its box.
  expect(lines.filter((l) => l.includes('10.')).length).toBeGreaterThan(1);
});
