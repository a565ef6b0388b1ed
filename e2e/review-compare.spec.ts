/**
 * "Compare with…" on the review page: the design under review against an edited copy (what is
 * deployed), overlaid on the review's diagram and listed, the same way as in the editor; and the
 * same from AWS describe files, imported through the editor's import worker.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseDocumentValue } from '../model/document/parse';
import { encodeShareFragment } from '../model/share/share-link';
import { deployedTgwHub, tgwHubExample as tgwHub } from './documents';
import { expect, node, shot, test } from './helpers';


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
