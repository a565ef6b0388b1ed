import type { Page } from '@playwright/test';
import { incompressible, PEERING_CHAIN, text } from './documents';
import { chooseFile, downloadOf } from './files';
import { watchConsole } from './fresh-page';
import { expect, node, openEditor, shot, test, waitSaved } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const drawnIds = (page: Page) => page.locator('.vc-canvas .react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')).sort());

async function saveJson(page: Page): Promise<string> {
  const file = await downloadOf(page, async () => {
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('menuitem', { name: 'Save as JSON' }).click();
  });
  return file.bytes.toString('utf8');
}

async function openSample(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: title }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
}

/** Share, as a person does: the toolbar's Share button; the dialog shows the links it made. */
async function share(page: Page): Promise<{ link: string; review: string }> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share link' });
  await expect(dialog.getByRole('status')).toHaveText('Link copied to the clipboard.');
  const link = await dialog.getByLabel('Link to the diagram').inputValue();
  const review = await dialog.getByLabel(/Link to the review page/).inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  return { link, review };
}

test('a share link shows the same diagram in a new page, and the reader keeps their own work until they choose', async ({ page, context }) => {
  await openEditor(page);
  await openSample(page, 'Transit gateway hub and spokes');
  await expect(node(page, 'tgw-hub')).toBeVisible();
  const shared = await saveJson(page);
  const ids = await drawnIds(page);
  const { link, review } = await share(page);
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#v1\.[0-9a-f]{8}\./);
  expect(review).toBe(link.replace('/#', '/review#'));
  await shot(page, 'share-dialog');
  await page.getByRole('button', { name: 'Done' }).click();

  // The sharer goes on working on something else: that is their own saved work now.
  await openSample(page, 'Three-tier web application');
  await waitSaved(page);

  const reader = await context.newPage();
  const checkReader = watchConsole(reader);
  await reader.goto(link);
  const banner = reader.getByRole('region', { name: 'Shared diagram' });
  await expect(banner).toContainText('Shared diagram “Transit gateway hub with shared services and centralised egress”');
  await expect(banner).toContainText('your own diagram is kept as it was');
  await expect(node(reader, 'tgw-hub')).toBeVisible();
  expect(await drawnIds(reader)).toEqual(ids);
  expect(await saveJson(reader)).toBe(shared);
  await shot(reader, 'shared-link-banner');

  // Nothing was saved over the reader's work: without the link, the editor shows it.
  await reader.goto('/');
  await expect(node(reader, 'vpc-prod')).toBeVisible();
  await expect(node(reader, 'tgw-hub')).toHaveCount(0);

  // Copying it in asks first, replaces the saved work, and Undo brings that back.
  await reader.goto(link);
  await banner.getByRole('button', { name: 'Copy into my editor' }).click();
  const confirm = reader.getByRole('dialog', { name: 'Copy the shared diagram into your editor?' });
  await expect(confirm).toContainText('It replaces “Three-tier web application in two availability zones”');
  await confirm.getByRole('button', { name: 'Replace my diagram' }).click();
  await expect(banner).toHaveCount(0);
  expect(new URL(reader.url()).hash).toBe('');
  await waitSaved(reader);
  await reader.reload();
  await expect(node(reader, 'tgw-hub')).toBeVisible();
  expect(await saveJson(reader)).toBe(shared);

  // A damaged link says so, and the reader's work is shown.
  await reader.goto(link.slice(0, -12));
  await expect(reader.getByRole('dialog', { name: 'This link cannot be opened' })).toContainText('this link is damaged or incomplete');
  await reader.keyboard.press('Escape');
  await expect(node(reader, 'tgw-hub')).toBeVisible();
  checkReader();
});

test('a diagram too large for a link is offered as a JSON file instead', async ({ page }) => {
  await openEditor(page);
  await chooseFile(page, 'large.json', text(incompressible(200)));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'net-0')).toBeAttached();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Too large for a link' });
  await expect(dialog).toContainText(/This diagram is too large to share as a link: it needs [\d,]+ characters, and links are kept under 32,000/);
  await expect(dialog).toContainText('Share the JSON file instead.');
  const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Save as JSON' }).click());
  expect(file.name).toBe('too-large-to-share.json');
  expect(JSON.parse(file.bytes.toString('utf8')).nodes).toHaveLength(200);
});

test('the review page shows the findings and a reachability matrix where peering is not transitive', async ({ page }) => {
  await openEditor(page);
  await chooseFile(page, 'chain.json', text(PEERING_CHAIN));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'vpc-c')).toBeVisible();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const [review] = await Promise.all([page.waitForEvent('popup'), page.getByRole('link', { name: 'Open review page' }).click()]);
  const checkReview = watchConsole(review);

  await expect(review.getByRole('heading', { level: 1 })).toHaveText('Peering chain');
  const summary = review.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('definition').first()).toHaveText('3');
  await expect(summary.getByRole('table', { name: 'IPv4 address space by region' })).toContainText('196,608');

  // The read-only canvas draws the diagram; nothing can be dragged or selected.
  const canvas = review.getByTestId('review-canvas');
  await expect(canvas.locator('.react-flow__node')).toHaveCount(3);
  await expect(canvas.locator('path.vc-edge-vpc-peering')).toHaveCount(2);
  const alpha = canvas.locator('.react-flow__node[data-id="vpc-a"]');
  const bravo = canvas.locator('.react-flow__node[data-id="vpc-b"]');
  const gap = async () => (await bravo.boundingBox())!.x - (await alpha.boundingBox())!.x;
  const gapBefore = await gap();
  const start = (await alpha.boundingBox())!;
  await review.mouse.move(start.x + 100, start.y + 12);
  await expect(alpha.locator('.vc-source-handle')).toBeHidden();
  await review.mouse.down();
  await review.mouse.move(start.x + 200, start.y + 120, { steps: 8 });
  await review.mouse.up();
  // A drag pans the view (everything moves together); it never moves a node within the diagram.
  expect(await gap()).toBeCloseTo(gapBefore, 0);
  await expect(review.locator('.react-flow__node.selected')).toHaveCount(0);

  const matrix = review.getByRole('table', { name: 'Reachability matrix' });
  const cell = (from: string, to: string) => matrix.locator(`td[data-from="${from}"][data-to="${to}"]`);
  await expect(matrix.getByRole('columnheader')).toHaveText(['From ↓ To →', 'alpha', 'bravo', 'charlie']);
  await expect(matrix.getByRole('rowheader')).toHaveText(['alpha', 'bravo', 'charlie']);
  for (const [from, to] of [['vpc-a', 'vpc-b'], ['vpc-b', 'vpc-a'], ['vpc-b', 'vpc-c'], ['vpc-c', 'vpc-b']]) await expect(cell(from!, to!)).toHaveAttribute('data-state', 'reachable');
  for (const [from, to] of [['vpc-a', 'vpc-c'], ['vpc-c', 'vpc-a']]) await expect(cell(from!, to!)).toHaveAttribute('data-state', 'blocked');
  await expect(cell('vpc-a', 'vpc-a')).toHaveAttribute('data-state', 'self');
  await expect(cell('vpc-a', 'vpc-c').getByRole('button')).toHaveAccessibleName('VPC alpha cannot reach VPC charlie: blocked by peering-not-transitive');
  await cell('vpc-a', 'vpc-c').getByRole('button').hover();
  const tip = review.getByRole('tooltip');
  await expect(tip).toContainText('VPC alpha → VPC charlie: blocked');
  await expect(tip).toContainText('peering-not-transitive: VPC peering is not transitive');
  await expect(review.getByRole('list', { name: 'Legend' })).toContainText('reachable');
  await cell('vpc-a', 'vpc-b').getByRole('button').hover();
  await expect(tip).toContainText('VPC alpha → VPC bravo: reachable');

  // The flow alpha → charlie is a finding; Show marks its subjects on the diagram.
  const findings = review.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText('peering-not-transitive');
  await findings.getByRole('button', { name: 'Show' }).first().click();
  await expect(canvas.locator('.vc-mark-block').first()).toBeAttached();
  await review.mouse.move(0, 0);
  await review.evaluate(() => window.scrollTo(0, 0));
  await shot(review, 'review-page');
  await review.screenshot({ path: 'test-results/screens/review-page-full.png', fullPage: true });

  const report = await downloadOf(review, () => review.getByRole('button', { name: 'Download review' }).click());
  expect(report.name).toBe('peering-chain-review.md');
  const markdown = report.bytes.toString('utf8');
  expect(markdown).toMatch(/^# Design review: Peering chain\n/);
  expect(markdown).toContain('| **VPC alpha** | — | ✓ | ✗ `peering-not-transitive` |');

  await review.emulateMedia({ media: 'print' });
  await expect(review.getByRole('button', { name: 'Download review' })).toBeHidden();
  await expect(review.getByText('Why pairs are blocked')).toBeVisible();
  await expect(review.locator('.vc-reach-reasons')).toContainText('alpha → charlie');
  await review.screenshot({ path: 'test-results/screens/review-page-print.png', fullPage: true });
  checkReview();
});
