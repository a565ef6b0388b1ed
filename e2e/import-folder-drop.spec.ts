/**
 * A folder of AWS describe output dropped on the canvas from the desktop, as the "Done
 * when" asks: the drop goes through Chromium's own drag pipeline (the DevTools protocol's
 * `Input.dispatchDragEvent` with a real directory path), so the page gets directory entries and
 * walks them with `webkitGetAsEntry`, and the `<account>/<region>/` folders reach the importer.
 * Then the import is compared with an edited copy of itself.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { downloadOf } from './files';
import { box, chooseCompareFile, expect, node, openEditor, shot, test } from './helpers';

const FIXTURES = fileURLToPath(new URL('../model/import/aws/fixtures/', import.meta.url));

/** A snapshot folder as scripts/aws-snapshot.sh writes it, with a stray README and a hidden file the drop must skip. */
function snapshotFolder(): { root: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), 'vc-folder-drop-'));
  const folder = join(root, 'snapshot');
  cpSync(FIXTURES, folder, { recursive: true });
  writeFileSync(join(folder, 'README.txt'), 'aws ec2 describe-* output, one folder per account and region\n');
  writeFileSync(join(folder, '.DS_Store'), 'not JSON');
  return { root, folder };
}

const filesIn = (folder: string): number =>
  readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.json')).length;

/** Drags `paths` from the desktop and drops them at the middle of the canvas, through the browser's own drop handling. */
async function dropFromDesktop(page: Page, paths: string[]): Promise<void> {
  const pane = await box(page.locator('.react-flow__pane'));
  const at = { x: Math.round(pane.x + pane.width / 2), y: Math.round(pane.y + pane.height / 2) };
  const cdp = await page.context().newCDPSession(page);
  // dragOperationsMask 1: copy, what a file manager offers.
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  await cdp.send('Input.dispatchDragEvent', { type: 'dragEnter', ...at, data });
  await cdp.send('Input.dispatchDragEvent', { type: 'dragOver', ...at, data });
  await expect(page.getByRole('status').filter({ hasText: 'or a folder of them, to open them' })).toBeVisible();
  await cdp.send('Input.dispatchDragEvent', { type: 'drop', ...at, data });
  await cdp.detach();
}

/** Waits until no layout is running or gliding. */
async function layoutSettled(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Auto-layout', exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.vc-gliding')).toHaveCount(0);
}

const inside = (child: { x: number; y: number; width: number; height: number }, parent: typeof child) =>
  child.x >= parent.x - 1 && child.y >= parent.y - 1 && child.x + child.width <= parent.x + parent.width + 1 && child.y + child.height <= parent.y + parent.height + 1;

test('a folder of describe files dropped on the canvas is imported with its account and region folders, reported, laid out, and compared with an edited copy', async ({ page }) => {
  const { root, folder } = snapshotFolder();
  try {
    await openEditor(page);
    await dropFromDesktop(page, [folder]);
    await page.getByRole('button', { name: 'Replace and open' }).click();

    // Every JSON file under the folder was read (the README and the hidden file were not), each call in them recognised.
    const report = page.getByRole('dialog', { name: `Imported ${filesIn(folder)} files` });
    await expect(report).toContainText(/Read \d+ inputs \(aws ec2 describe-transit-gateways; .*aws directconnect describe-connections/);
    await expect(report).toContainText('2 region');
    await expect(report).toContainText('not mapped, or only in part');
    await expect(report.getByTestId('message-details')).toContainText('tgw-attach-0ffffffff0EXAMPLE: the transit gateway attachment is deleted: not drawn');
    await shot(page, 'folder-drop-report');
    await report.getByRole('button', { name: 'OK' }).click();

    // The eu-west-1 file names no region inside it: only its folder puts its transit gateway in eu-west-1.
    await layoutSettled(page);
    await page.getByRole('banner').getByRole('button', { name: 'Fit view', exact: true }).click();
    for (const id of ['region-us-east-1', 'region-eu-west-1', 'vpc-0a60eb65b4EXAMPLE', 'tgw-0f1e2d3c4bEXAMPLE', 'subnet-0d2b3c4e5fEXAMPLE']) await expect(node(page, id)).toBeVisible();
    expect(inside(await box(node(page, 'tgw-0f1e2d3c4bEXAMPLE')), await box(node(page, 'region-eu-west-1')))).toBe(true);
    expect(inside(await box(node(page, 'subnet-0d2b3c4e5fEXAMPLE')), await box(node(page, 'vpc-0a60eb65b4EXAMPLE')))).toBe(true);
    // Laid out by ELK, not only by the quick arrangement: its connections follow routes.
    await expect(page.locator('path.vc-edge[d*="Q"]').first()).toBeAttached();
    await shot(page, 'folder-drop-diagram');

    // An edited copy: the spoke VPC gone, the hub's transit gateway renamed, a VPC the import does not have.
    const saved = await downloadOf(page, async () => {
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('menuitem', { name: 'Save as JSON' }).click();
    });
    const copy = JSON.parse(saved.bytes.toString('utf8')) as { name?: string; nodes: Array<Record<string, unknown>>; connections: Array<Record<string, unknown>> };
    const gone = new Set(['vpc-06e4ab6c6cEXAMPLE', 'subnet-0a1b2c3d4eEXAMPLE', 'vpce-0c1d2e3f4aEXAMPLE']);
    copy.name = 'Edited copy';
    copy.nodes = copy.nodes.filter((n) => !gone.has(n.id as string));
    copy.connections = copy.connections.filter((c) => !gone.has(c.source as string) && !gone.has(c.target as string));
    copy.nodes.find((n) => n.id === 'tgw-0262a0e521EXAMPLE')!.name = 'hub-tgw-old';
    copy.nodes.push({ id: 'vpc-legacy', kind: 'vpc', name: 'legacy', parent: 'region-us-east-1', props: { cidrs: ['10.200.0.0/16'] }, position: { x: 40, y: 40 }, size: { width: 300, height: 200 } });

    await chooseCompareFile(page, 'edited.json', JSON.stringify(copy));
    const panel = page.getByTestId('compare-panel');
    await expect(panel).toContainText('Compared with “Edited copy”');
    // Added: the spoke, its subnet and endpoint, its peering and attachment; removed: legacy.
    await expect(page.getByTestId('compare-summary')).toContainText(/^5 added · 1 removed · \d+ changed/);
    await expect(node(page, 'vpc-06e4ab6c6cEXAMPLE').locator('.vc-group')).toHaveClass(/vc-mark-added/);
    await expect(node(page, 'tgw-0262a0e521EXAMPLE').locator('.vc-leaf')).toHaveClass(/vc-mark-changed/);
    await expect(page.locator('.vc-ghost[data-ghost="vpc-legacy"]')).toBeVisible();
    await expect(panel).toContainText('hub-tgw: name');
    await shot(page, 'folder-drop-compare');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
