import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../model/document/parse';
import type { TopologyDocument } from '../model/document/types';
import { sampleOfSize } from '../model/layout/sample-networks';
import { summarize } from '../model/rules/finding';
import { validate } from '../model/validate';
import { dropFile } from './files';
import { canvas, expect, findingsPanel, openEditor, test } from './helpers';

/**
 * Findings of a large document are worked out in a web worker (components/editor/findings/): the
 * chip says "Checking…" until they arrive, then shows the counts `validate` gives in Node, and never
 * the counts of the document before as the new one's. A small document shows its counts at once.
 */

/** The chip's words for a document's findings, as the toolbar writes them. */
function chipText(doc: TopologyDocument): string {
  const { errors, warnings, infos } = summarize(validate(doc));
  if (errors + warnings + infos === 0) return 'No findings';
  const part = (n: number, one: string) => n && `${n} ${one}${n === 1 ? '' : 's'}`;
  return [part(errors, 'error'), part(warnings, 'warning'), part(infos, 'note')].filter(Boolean).join(' · ');
}

/** Records every text the findings chip shows from now on, each committed change once. */
async function recordChip(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __chip: string[] }).__chip = seen;
    const read = () => {
      const text = document.querySelector('[data-testid="findings-chip"]')?.textContent ?? '(none)';
      if (seen[seen.length - 1] !== text) seen.push(text);
    };
    read();
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const chipTexts = (page: Page) => page.evaluate(() => (window as unknown as { __chip: string[] }).__chip);

test('a large document opens with "Checking…" on the chip, then the counts validate gives for it', async ({ page }) => {
  const doc = sampleOfSize(1_500);
  expect(doc.nodes.length + doc.connections.length).toBeGreaterThan(1_000);
  const expected = chipText(doc);
  expect(expected).toMatch(/error|warning|note/);
  await openEditor(page);
  const chip = page.getByTestId('findings-chip');
  await expect(chip).not.toHaveText('Checking…');
  const before = await chip.textContent();
  await recordChip(page);

  await dropFile(page, page.locator('.react-flow__pane'), 'large.json', JSON.stringify(doc));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(chip).toHaveText(expected, { timeout: 60_000 });
  await expect(findingsPanel(page).getByRole('status')).toHaveCount(0);
  // Placed and drawn: the layout moved every node, and the findings stay (no rule reads geometry).
  await expect(canvas(page).getByRole('status').filter({ hasText: /Placing|Drawing/ })).toHaveCount(0, { timeout: 60_000 });
  await expect(chip).toHaveText(expected);

  const texts = await chipTexts(page);
  // The document before, then the check, then the counts of this one: nothing else in between or after.
  expect(texts).toEqual([before, 'Checking…', expected]);
  await expect(page.getByRole('status').filter({ has: chip })).toHaveCount(1);
  // The panel lists the same findings (its counts per severity).
  const { errors } = summarize(validate(doc));
  if (errors > 0) await expect(findingsPanel(page).getByRole('button', { name: new RegExp(`^${errors} errors?$`) })).toBeVisible();

  // Edits of the large document are checked again off the page, each newer one superseding the one
  // before: "Checking…" while they are, then the same counts (a title changes no finding), and
  // never other counts in between.
  await page.evaluate(() => ((window as unknown as { __chip: string[] }).__chip.length = 0));
  const title = page.getByRole('textbox', { name: 'Title' });
  await title.pressSequentially(' renamed', { delay: 30 });
  await expect(chip).toHaveText(expected, { timeout: 30_000 });
  const afterEdits = await chipTexts(page);
  expect(afterEdits).toContain('Checking…');
  expect(afterEdits.filter((t) => t !== 'Checking…' && t !== expected)).toEqual([]);
  expect(afterEdits[afterEdits.length - 1]).toBe(expected);
});

test('a small document shows its counts at once, never "Checking…"', async ({ page }) => {
  const text = readFileSync('examples/three-tier.json', 'utf8');
  const expected = chipText(parseDocument(text));
  await openEditor(page);
  await recordChip(page);
  await dropFile(page, page.locator('.react-flow__pane'), 'three-tier.json', text);
  await page.getByRole('button', { name: 'Replace and open' }).click();
  const chip = page.getByTestId('findings-chip');
  await expect(chip).toHaveText(expected);
  expect(await chipTexts(page)).not.toContain('Checking…');
});
