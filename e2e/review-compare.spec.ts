/**
 * "Compare with…" on the review page: the design under review against an edited copy (what is
 * deployed), overlaid on the review's diagram and listed, the same way as in the editor; and the
 * same from AWS describe files, imported through the editor's import worker.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseDocumentValue } from '../model/document/parse';
import { encodeComparisonFragment } from '../model/share/comparison-fragment';
import { encodeShareFragment } from '../model/share/share-link';
import { deployedTgwHub, incompressible, tgwHubExample as tgwHub } from './documents';
import { expect, node, shot, test } from './helpers';

/** The review link's fragment for `doc` compared with `other`, as "Copy link to this comparison" writes it. */
function comparisonFragment(doc: unknown, other: unknown): string {
  const share = encodeShareFragment(parseDocumentValue(doc));
  if (!share.ok) throw new Error(share.reason);
  const compared = encodeComparisonFragment(share.fragment, parseDocumentValue(other));
  if (!compared.ok) throw new Error(compared.reason);
  return compared.fragment;
}


async function openReview(page: Page, doc: unknown): Promise<void> {
  const share = encodeShareFragment(parseDocumentValue(doc));
  if (!share.ok) throw new Error(share.reason);
  await page.goto(`/review#${share.fragment}`);
  await expect(page.getByTestId('review-canvas').locator('.react-flow__node').first()).toBeVisible();
}

async function compareWith(page: Page, files: Array<{ name: string; buffer: Buffer }>): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Compare with…' }).click()]);
  await chooser.setFiles(files.map((f) => ({ ...f, mimeType: 'application/json' })));
}

test('the review page compares the design with an edited copy: marks, ghosts and the list of differences, on screen and on paper', async ({ page }) => {
  await openReview(page, tgwHub());

  // "Deployed": orders with another block, a legacy VPC the design lacks, and no analytics VPC.
  const deployed = deployedTgwHub();
  await compareWith(page, [{ name: 'deployed.json', buffer: Buffer.from(JSON.stringify(deployed)) }]);

  const section = page.getByTestId('review-comparison');
  await expect(section.getByRole('heading', { name: 'Compared with “Deployed”' })).toBeVisible();
  await expect(section.getByTestId('compare-summary')).toContainText(/\d+ added · \d+ removed · \d+ changed · \d+ routes? · reachability \+\d+ \/ −\d+/);
  await expect(section).toContainText('Only in “Deployed” (drawn as ghosts)');
  await expect(section).toContainText('vpc legacy');
  await expect(section).toContainText(/vpc orders: .*props\.cidrs/);
  const canvas = page.getByTestId('review-canvas');
  await expect(node(page, 'vpc-analytics').locator('.vc-group')).toHaveClass(/vc-mark-added/);
  await expect(node(page, 'vpc-orders').locator('.vc-group')).toHaveClass(/vc-mark-changed/);
  await expect(canvas.locator('.vc-ghost[data-ghost="vpc-legacy"]')).toBeVisible();
  // The list frames an element on the diagram.
  await section.getByRole('button', { name: /^vpc analytics/ }).click();
  await expect(node(page, 'vpc-analytics')).toBeInViewport();
  await shot(page, 'review-compare');

  // On paper every section of the list is open and the button to end it is gone; the overlay stays.
  await page.emulateMedia({ media: 'print' });
  await expect(section.locator('details:not([open])')).toHaveCount(0);
  await expect(section.getByRole('button', { name: 'End the comparison' })).toBeHidden();
  await expect(canvas.locator('.vc-ghost[data-ghost="vpc-legacy"]')).toBeAttached();
  await page.emulateMedia({ media: 'screen' });

  await section.getByRole('button', { name: 'End the comparison' }).click();
  await expect(section).toHaveCount(0);
  await expect(canvas.locator('.vc-ghost')).toHaveCount(0);
  await expect(node(page, 'vpc-orders').locator('.vc-group')).not.toHaveClass(/vc-mark-changed/);
});

test('the review page compares with AWS describe files, imported as the editor imports them, and says why a file is refused', async ({ page }) => {
  await openReview(page, tgwHub());
  await compareWith(page, [{ name: 'notes.json', buffer: Buffer.from('{"hello": 1}') }]);
  const section = page.getByTestId('review-comparison');
  await expect(section.getByRole('alert')).toContainText('notes.json cannot be opened');

  const fixture = (name: string) => readFileSync(new URL(`../model/import/aws/fixtures/111122223333/us-east-1/${name}`, import.meta.url));
  await compareWith(page, ['vpcs.json', 'gateways.json', 'route-tables.json'].map((name) => ({ name, buffer: fixture(name) })));
  await expect(section.getByRole('heading', { name: 'Compared with “Imported from AWS”' })).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
  // Nothing of the sample is in that account: all of it is new here, and the account's VPCs are ghosts.
  await expect(node(page, 'vpc-orders').locator('.vc-group')).toHaveClass(/vc-mark-added/);
  await expect(page.locator('.vc-ghost[data-ghost="vpc-0a60eb65b4EXAMPLE"]')).toBeVisible();
});

test('a review link can carry a comparison: the page opens with it, copies a link to it, and downloads it with the review', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const fragment = comparisonFragment(tgwHub(), deployedTgwHub());
  await page.goto(`/review#${fragment}`);
  const section = page.getByTestId('review-comparison');
  await expect(section.getByRole('heading', { name: 'Compared with “Deployed”' })).toBeVisible();
  await expect(section).toContainText('vpc legacy');
  await expect(node(page, 'vpc-analytics').locator('.vc-group')).toHaveClass(/vc-mark-added/);
  await expect(node(page, 'vpc-orders').locator('.vc-group')).toHaveClass(/vc-mark-changed/);
  await expect(page.locator('.vc-ghost[data-ghost="vpc-legacy"]')).toBeVisible();
  // The editor opens the design alone: the comparison is the review page's.
  await expect(page.getByRole('link', { name: 'Open in editor' })).toHaveAttribute('href', `/#${fragment.split('&compare=')[0]}`);

  // "Download review" writes the comparison as the page shows it, with the link that draws it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download review' }).click()]);
  const report = readFileSync((await download.path())!, 'utf8');
  expect(report).toContain('## Compared with “Deployed”');
  expect(report).toMatch(/^- vpc legacy$/m);
  expect(report).toMatch(/^- vpc orders: `props\.cidrs`: \\\["10\.99\.0\.0\/16"\\\] → /m);
  expect(report).toContain(`(<${new URL(page.url()).origin}/review#${fragment}>)`);
  expect(report.indexOf('## Compared with')).toBeLessThan(report.indexOf('## Findings'));

  // The link copied opens the same comparison.
  await section.getByRole('button', { name: 'Copy link to this comparison' }).click();
  await expect(section.getByRole('status')).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(page.url()).origin}/review#${fragment}`);

  // Ending the comparison takes it out of the address bar: a reload shows the review alone.
  await section.getByRole('button', { name: 'End the comparison' }).click();
  await expect(section).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe(`#${fragment.split('&compare=')[0]}`);
  await page.reload();
  await expect(page.getByTestId('review-canvas').locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByTestId('review-comparison')).toHaveCount(0);

  // Back to the copied link: the comparison again.
  await page.goto(copied);
  await expect(page.getByTestId('review-comparison').getByRole('heading', { name: 'Compared with “Deployed”' })).toBeVisible();
  await expect(page.locator('.vc-ghost[data-ghost="vpc-legacy"]')).toBeVisible();
});

test('a comparison from files gets a link too, unless the two designs are too large for one; a damaged comparison in a link is named', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openReview(page, tgwHub());
  await compareWith(page, [{ name: 'deployed.json', buffer: Buffer.from(JSON.stringify(deployedTgwHub())) }]);
  const section = page.getByTestId('review-comparison');
  await section.getByRole('button', { name: 'Copy link to this comparison' }).click();
  await expect(section.getByRole('status')).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/review#v1\.[0-9a-f]{8}\.[A-Za-z0-9+\-$]+&compare=v1\.[0-9a-f]{8}\.[A-Za-z0-9+\-$]+$/);

  await compareWith(page, [{ name: 'big.json', buffer: Buffer.from(JSON.stringify(incompressible(150))) }]);
  await expect(section.getByRole('heading', { name: 'Compared with “Too large to share”' })).toBeVisible();
  await section.getByRole('button', { name: 'Copy link to this comparison' }).click();
  await expect(section.getByRole('alert')).toContainText('This comparison is too large to share as a link');

  // A link whose compared design was cut short: the review opens, and says what it could not show.
  await page.goto(`/review#${comparisonFragment(tgwHub(), deployedTgwHub()).slice(0, -20)}`);
  await expect(page.getByTestId('review-canvas').locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByTestId('review-comparison').getByRole('alert')).toContainText(
    'The comparison in this link is not shown. The design this link compares with cannot be opened: this link is damaged or incomplete',
  );
  await expect(page.locator('.vc-ghost')).toHaveCount(0);
});
