/**
 * Names that disguise themselves (issue 14): a zero-width space inside "prod" and a right-to-left
 * override at the end of a name. The canvas draws each invisible character as its code point, and
 * the findings panel isolates such names inside its messages, so the override stops at the name.
 */
import { text } from './documents';
import { chooseFile } from './files';
import { expect, findingsPanel, node, openEditor, test } from './helpers';

const DISGUISED = {
  format: 'vpc-canvas',
  version: 1,
  name: 'Disguised names',
  nodes: [
    { id: 'v1', kind: 'vpc', name: 'pr\u200bod', props: { cidrs: ['10.0.0.0/16'] }, position: { x: 0, y: 0 }, size: { width: 400, height: 260 } },
    { id: 'v2', kind: 'vpc', name: 'evil\u202E', props: { cidrs: ['10.0.0.0/16'] }, position: { x: 600, y: 0 }, size: { width: 400, height: 260 } },
  ],
  connections: [{ id: 'pcx', kind: 'vpc-peering', source: 'v1', target: 'v2' }],
};

test('invisible characters in names are drawn as their code points, and names are isolated in finding messages', async ({ page }) => {
  await openEditor(page);
  await chooseFile(page, 'disguised.json', text(DISGUISED));
  await page.getByRole('button', { name: 'Replace and open' }).click();

  await expect(node(page, 'v1').locator('.vc-group-name .vc-invisible')).toHaveText('U+200B');
  await expect(node(page, 'v1').locator('.vc-group-name bdi')).toHaveCount(1);
  await expect(node(page, 'v2').locator('.vc-group-name .vc-invisible')).toHaveText('U+202E');

  // The overlap's message quotes both names; the one holding an override is isolated, its override drawn, not obeyed.
  const message = findingsPanel(page).locator('.vc-finding-message').filter({ hasText: 'overlap' }).first();
  await expect(message.locator('bdi .vc-invisible')).toHaveText('U+202E');
  expect(await message.locator('bdi').first().evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
  // The rendered text keeps its order: no character of the message after the name was reversed.
  await expect(message).toContainText('U+202E');
});
