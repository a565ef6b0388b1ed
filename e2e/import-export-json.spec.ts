import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { BROKEN_TEXT, PEERED_PAIR, text } from './documents';
import { chooseFile, copyToClipboard, downloadOf, dropFile } from './files';
import { freshPage } from './fresh-page';
import { canvas, expect, node, openEditor, shot, test } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function saveJson(page: Page): Promise<string> {
  const file = await downloadOf(page, async () => {
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('menuitem', { name: 'Save as JSON' }).click();
  });
  return file.bytes.toString('utf8');
}

const drawnIds = (page: Page) => page.locator('.vc-canvas .react-flow__node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')).sort());

async function openSample(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: title }).click();
  await page.getByRole('button', { name: 'Replace and open' }).click();
}

test('exports JSON, and a fresh page opens it by drag and drop: the same document', async ({ page, browser }) => {
  await openEditor(page);
  await openSample(page, 'Hybrid: Direct Connect with VPN backup');
  await expect(node(page, 'region-tokyo')).toBeVisible();
  const exported = await saveJson(page);
  expect(JSON.parse(exported)).toMatchObject({ format: 'vpc-canvas', version: 2, name: 'Hybrid: Direct Connect to a transit gateway, with a backup VPN' });
  const ids = await drawnIds(page);

  const other = await freshPage(browser);
  await openEditor(other.page);
  // A first visit shows the first sample; the dropped file replaces it once confirmed.
  await expect(node(other.page, 'subnet-public-a')).toBeVisible();
  await dropFile(other.page, other.page.locator('.react-flow__pane'), 'hybrid.json', exported);
  const confirm = other.page.getByRole('dialog', { name: 'Open “Hybrid: Direct Connect to a transit gateway, with a backup VPN”?' });
  await expect(confirm).toContainText('Undo');
  await confirm.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(other.page, 'region-tokyo')).toBeVisible();
  expect(await drawnIds(other.page)).toEqual(ids);
  expect(await saveJson(other.page)).toBe(exported);

  // Opening was one step: Undo brings the sample back.
  await other.page.keyboard.press('ControlOrMeta+z');
  await expect(node(other.page, 'subnet-public-a')).toBeVisible();
  await expect(node(other.page, 'region-tokyo')).toHaveCount(0);
  await other.close();
});

test('a broken file is refused with the parser message, and the diagram stays as it was', async ({ page }, testInfo) => {
  await openEditor(page);
  await openSample(page, 'Transit gateway hub and spokes');
  const ids = await drawnIds(page);
  const before = await saveJson(page);

  await chooseFile(page, 'broken.json', BROKEN_TEXT);
  const dialog = page.getByRole('dialog', { name: 'broken.json cannot be opened' });
  await expect(dialog).toContainText('broken.json is not a topology document: nodes[0].parent: no node has id "vpc-missing"');
  await expect(dialog).toContainText('The current diagram was not changed.');
  await shot(page, 'import-refused');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await drawnIds(page)).toEqual(ids);

  // The same refusal for a file dropped on the canvas, and for text that is not JSON at all.
  await dropFile(page, page.locator('.react-flow__pane'), 'dropped.json', '{"format": "vpc-canvas", "nodes": [');
  await expect(page.getByRole('dialog', { name: 'dropped.json cannot be opened' })).toContainText('dropped.json is not a topology document');
  await page.keyboard.press('Escape');

  // A file over 50 MB is refused before it is read.
  const huge = testInfo.outputPath('huge.json');
  await writeFile(huge, Buffer.alloc(50 * 1024 * 1024 + 1, 0x20));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open', exact: true }).click()]);
  await chooser.setFiles(huge);
  await expect(page.getByRole('dialog', { name: 'huge.json is too large' })).toContainText('huge.json is 50 MB; the editor opens topology files of up to 50 MB.');
  await page.keyboard.press('Escape');

  expect(await drawnIds(page)).toEqual(ids);
  expect(await saveJson(page)).toBe(before);
});

test('pasting a document opens it as one undo step; pasting other text pastes copied nodes', async ({ page }) => {
  await openEditor(page);
  await openSample(page, 'Three-tier web application');
  await expect(node(page, 'vpc-prod')).toBeVisible();

  // Broken document text: refused, nothing changes.
  await copyToClipboard(page, '{"format": "vpc-canvas", "version": 1, "nodes": [{"id": "x", "kind": "teleporter"}], "connections": []}');
  await canvas(page).locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('ControlOrMeta+v');
  await expect(page.getByRole('dialog', { name: 'The pasted text cannot be opened' })).toContainText('nodes[0].kind');
  await page.keyboard.press('Escape');
  await expect(node(page, 'vpc-prod')).toBeVisible();

  await copyToClipboard(page, text(PEERED_PAIR.document));
  await page.keyboard.press('ControlOrMeta+v');
  await page.getByRole('dialog', { name: 'Open “Peered pair”?' }).getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'vpc-b')).toBeVisible();
  await expect(node(page, 'vpc-prod')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(node(page, 'vpc-prod')).toBeVisible();
  await expect(node(page, 'vpc-b')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+y');
  await expect(node(page, 'vpc-b')).toBeVisible();

  // Text that is not a document: Ctrl+V pastes the nodes copied in the editor, as before.
  await copyToClipboard(page, 'just a note');
  await node(page, 'vpc-a').click({ position: { x: 120, y: 12 } });
  await page.keyboard.press('ControlOrMeta+c');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(page.locator('.vc-canvas .react-flow__node')).toHaveCount(PEERED_PAIR.document.nodes.length + 3);
});
