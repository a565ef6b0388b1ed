/**
 * The editor never loses a diagram: a document that crashes drawing is not saved over the last
 * good one, a second tab never overwrites the first silently, a stored diagram this build cannot
 * read is kept aside, and storage that fails or never answers is said out loud.
 */
import { test as base, type Page } from '@playwright/test';
import { storedEntries, storeDiagramText } from './browser-storage';
import { chooseFile, downloadOf } from './files';
import { watchConsole } from './fresh-page';
import { box, canvas, dragFromPalette, expect, inspector, newDiagram, node, openEditor, test, waitSaved } from './helpers';

const saveStatus = (page: Page) => page.getByTestId('save-status');
const nodes = (page: Page) => page.locator('.react-flow__node');

/** An empty canvas with one VPC named `name`, saved. */
async function oneNamedVpc(page: Page, name: string, at = { x: 300, y: 220 }): Promise<void> {
  await newDiagram(page);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + at.x, y: c.y + at.y });
  await inspector(page).getByLabel('Name', { exact: true }).fill(name);
  await expect(node(page, 'vpc-1')).toContainText(name);
}

/**
 * True when the page asks before it is closed: its beforeunload handlers cancel the event.
 * (Dispatched by the test: Chromium's real prompt also needs a user gesture on the page.)
 */
const asksBeforeClosing = (page: Page) =>
  page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

/** Opens a file with the toolbar's Open, confirming the replacement of the diagram on screen. */
async function openDocumentFile(page: Page, name: string, content: string): Promise<void> {
  await chooseFile(page, name, content);
  await page.getByRole('button', { name: 'Replace and open' }).click();
}

/** The name the test build's crash hook reacts to (components/editor/recovery/test-crash-probe.tsx). */
const CRASHING = JSON.stringify({
  format: 'vpc-canvas',
  version: 2,
  name: 'vc-test-hook: crash while drawing',
  nodes: [{ id: 'vpc-crash', kind: 'vpc', name: 'what I had', props: { cidrs: ['10.9.0.0/16'] }, position: { x: 0, y: 0 }, size: { width: 400, height: 260 } }],
  connections: [],
});

/** A console watcher that lets through only the errors a crash is expected to log. */
function watchConsoleAllowingCrash(page: Page): () => void {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if ((msg.type() === 'error' || msg.type() === 'warning') && !/test hook: drawing this document failed/.test(msg.text())) problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return () => expect(problems, 'console errors other than the crash').toEqual([]);
}

base('a document that crashes drawing shows the recovery screen, and the reload opens the diagram before it', async ({ page }) => {
  const check = watchConsoleAllowingCrash(page);
  await openEditor(page);
  await oneNamedVpc(page, 'last good');
  await waitSaved(page);

  await openDocumentFile(page, 'crashing.json', CRASHING);
  const recovery = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The editor stopped while drawing this diagram' }) });
  await expect(recovery).toBeVisible();
  await expect(recovery).toContainText('1 node, 0 connections');
  await page.screenshot({ path: 'docs/screenshots/recovery-screen.png' });

  // "Download what I had" hands over the document that broke the editor, as it was.
  const file = await downloadOf(page, () => recovery.getByRole('button', { name: 'Download what I had' }).click());
  const had = JSON.parse(file.bytes.toString('utf8')) as { name: string; nodes: Array<{ name: string }> };
  expect(had.name).toBe('vc-test-hook: crash while drawing');
  expect(had.nodes.map((n) => n.name)).toEqual(['what I had']);
  // Long enough for an autosave to have happened, had it saved the crashing document.
  await page.waitForTimeout(1000);

  await recovery.getByRole('button', { name: 'Open the last saved diagram' }).click();
  await expect(node(page, 'vpc-1')).toContainText('last good');
  await waitSaved(page);

  // "Start fresh" gives a working, empty editor, which saves again.
  await openDocumentFile(page, 'crashing.json', CRASHING);
  await page.getByRole('button', { name: 'Start fresh' }).click();
  await expect(canvas(page)).toBeVisible();
  await expect(nodes(page)).toHaveCount(0);
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  await waitSaved(page);
  await page.reload();
  await expect(nodes(page)).toHaveCount(1);
  check();
});

base('a stored diagram that crashes every opening can be downloaded and replaced: "Start fresh" ends the loop', async ({ page }) => {
  const check = watchConsoleAllowingCrash(page);
  await openEditor(page);
  // What an older build left: it saved the crashing document before drawing it.
  await storeDiagramText(page, CRASHING);
  await page.reload();
  const recovery = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'The editor stopped while drawing this diagram' }) });
  await expect(recovery).toContainText('reloading would open it again');
  await expect(recovery.getByRole('button', { name: 'Open the last saved diagram' })).toHaveCount(0);
  const file = await downloadOf(page, () => recovery.getByRole('button', { name: 'Download what I had' }).click());
  expect(JSON.parse(file.bytes.toString('utf8'))).toEqual(JSON.parse(CRASHING));

  await recovery.getByRole('button', { name: 'Start fresh' }).click();
  await expect(nodes(page)).toHaveCount(0);
  await waitSaved(page);
  await page.reload();
  await expect(canvas(page)).toBeVisible();
  await expect(nodes(page)).toHaveCount(0);
  check();
});

/**
 * The file: a chain of `hops` VPCs, each peered with the next, and one flow from the first
 * to the last (peering is not transitive, so the flow has no path). Placed in rows, so that no
 * layout has to run.
 */
function peeringChain(hops: number): string {
  const nodes = Array.from({ length: hops }, (_, i) => ({
    id: `vpc-${i}`,
    kind: 'vpc',
    name: `hop-${i}`,
    props: { cidrs: [`10.${i >> 8}.${i & 255}.0/24`] },
    position: { x: (i % 50) * 160, y: Math.floor(i / 50) * 120 },
    size: { width: 120, height: 80 },
  }));
  const connections: unknown[] = Array.from({ length: hops - 1 }, (_, i) => ({ id: `pcx-${i}`, kind: 'vpc-peering', source: `vpc-${i}`, target: `vpc-${i + 1}` }));
  connections.push({ id: 'flow-end-to-end', kind: 'flow', name: 'first to last', source: 'vpc-0', target: `vpc-${hops - 1}` });
  return JSON.stringify({ format: 'vpc-canvas', version: 1, name: `Chain of ${hops}`, nodes, connections });
}

base('the 2,600-hop chain either opens or shows the recovery screen; the previous diagram is never lost', async ({ page }) => {
  base.setTimeout(240_000);
  await openEditor(page);
  await oneNamedVpc(page, 'before the chain');
  await waitSaved(page);
  await openDocumentFile(page, 'chain.json', peeringChain(2600));
  const recovery = page.getByRole('heading', { name: 'The editor stopped while drawing this diagram' });
  const opened = inspector(page).getByText('2600 nodes · 2600 connections');
  await expect(recovery.or(opened)).toBeVisible({ timeout: 150_000 });
  if (await recovery.isVisible()) {
    // Nothing of the chain was saved: the reload opens the diagram from before it.
    await page.reload();
  } else {
    // It opened: the page stays usable, and undo brings the previous diagram back (and saves it).
    await page.keyboard.press('ControlOrMeta+z');
    // Its accessible name: the view may still be zoomed out to the large diagram, where boxes carry no text.
    await expect(node(page, 'vpc-1')).toHaveAttribute('aria-label', /before the chain/, { timeout: 60_000 });
    await waitSaved(page);
    await page.reload();
  }
  await expect(node(page, 'vpc-1')).toHaveAttribute('aria-label', /before the chain/, { timeout: 30_000 });
  await expect(nodes(page)).toHaveCount(1);
});

/** A hub peered with `spokes` VPCs that all overlap each other: one finding per hub, not one per pair. */
function overlappingStar(spokes: number): string {
  const nodes: unknown[] = [{ id: 'hub', kind: 'vpc', name: 'hub', props: { cidrs: ['10.0.0.0/16'] }, position: { x: 0, y: 0 }, size: { width: 120, height: 80 } }];
  const connections: unknown[] = [];
  for (let i = 0; i < spokes; i++) {
    nodes.push({ id: `spoke-${i}`, kind: 'vpc', name: `spoke-${i}`, props: { cidrs: ['10.1.0.0/16'] }, position: { x: (i % 50) * 160, y: 160 + Math.floor(i / 50) * 120 }, size: { width: 120, height: 80 } });
    connections.push({ id: `pcx-${i}`, kind: 'vpc-peering', source: 'hub', target: `spoke-${i}` });
  }
  return JSON.stringify({ format: 'vpc-canvas', version: 2, name: `Star of ${spokes}`, nodes, connections });
}

base('the 1,000-spoke star of overlapping VPCs opens and stays usable; the previous diagram is never lost', async ({ page }) => {
  base.setTimeout(240_000);
  await openEditor(page);
  await oneNamedVpc(page, 'before the star');
  await waitSaved(page);
  await openDocumentFile(page, 'star.json', overlappingStar(1000));
  const recovery = page.getByRole('heading', { name: 'The editor stopped while drawing this diagram' });
  const opened = inspector(page).getByText('1001 nodes · 1000 connections');
  await expect(recovery.or(opened)).toBeVisible({ timeout: 150_000 });
  // The spokes overlap each other pairwise (499,500 pairs): the findings stay in proportion to the drawing.
  await expect(recovery).toHaveCount(0);
  // 2,001 elements are checked in the validation worker: count the findings once they are this document's.
  await expect(page.getByTestId('findings-chip')).not.toHaveText('Checking…', { timeout: 60_000 });
  const findingsCount = await page.getByRole('region', { name: 'Findings', exact: true }).locator('li').count();
  expect(findingsCount).toBeLessThan(2_100);
  await page.keyboard.press('ControlOrMeta+z');
  // Its accessible name: the view may still be zoomed out to the large diagram, where boxes carry no text.
  await expect(node(page, 'vpc-1')).toHaveAttribute('aria-label', /before the star/, { timeout: 60_000 });
  await waitSaved(page);
  await page.reload();
  await expect(node(page, 'vpc-1')).toHaveAttribute('aria-label', /before the star/, { timeout: 30_000 });
  await expect(nodes(page)).toHaveCount(1);
});

test('a second tab is warned when the first saves, and neither overwrites the other', async ({ page, context }) => {
  await openEditor(page);
  await newDiagram(page);
  await waitSaved(page);

  const second = await context.newPage();
  const checkSecond = watchConsole(second);
  await openEditor(second);
  await expect(second.getByTestId('notice')).toContainText('also open in another tab');

  await oneNamedVpc(page, 'from the first tab');
  await waitSaved(page);

  // The second tab learns at once, and does not claim to be saved.
  const conflict = second.getByRole('dialog', { name: 'This diagram was changed in another tab' });
  await expect(conflict).toBeVisible();
  await expect(saveStatus(second)).toHaveText('Not saved: changed in another tab');
  await conflict.getByRole('button', { name: 'Close' }).click();

  // Its own edit is not written over the first tab's work; it is offered as a download.
  const c = await box(canvas(second));
  await dragFromPalette(second, 'Internet', { x: c.x + 500, y: c.y + 300 });
  await expect(nodes(second)).toHaveCount(1);
  await expect(conflict).toBeVisible();
  await expect(saveStatus(second)).toHaveText('Not saved: changed in another tab');
  const mine = await downloadOf(second, () => conflict.getByRole('button', { name: 'Download this tab’s version' }).click());
  expect((JSON.parse(mine.bytes.toString('utf8')) as { nodes: Array<{ kind: string }> }).nodes.map((n) => n.kind)).toEqual(['internet']);
  expect(Object.values(await storedEntries(page))).toContainEqual(expect.stringContaining('from the first tab'));

  // Taking the other tab's version brings the two tabs together again.
  await conflict.getByRole('button', { name: 'Open the other tab’s version' }).click();
  await expect(node(second, 'vpc-1')).toContainText('from the first tab');
  await expect(saveStatus(second)).toHaveText('Saved in this browser');

  await page.reload();
  await expect(node(page, 'vpc-1')).toContainText('from the first tab');
  await second.close();
  checkSecond();
});

test('a stored diagram of an unknown version is kept aside, offered as a download, and never overwritten', async ({ page }) => {
  await openEditor(page);
  const unknown = JSON.stringify({ format: 'vpc-canvas', version: 99, name: 'from a newer build', nodes: [], connections: [], futureField: { kept: true } });
  await storeDiagramText(page, unknown);
  await page.reload();

  const dialog = page.getByRole('dialog', { name: 'The saved diagram could not be opened' });
  await expect(dialog).toContainText('version 99');
  await expect(dialog).toContainText('kept aside');
  const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Download the saved diagram' }).click());
  expect(file.bytes.toString('utf8')).toBe(unknown);
  await dialog.getByRole('button', { name: 'OK' }).click();

  // Editing the sample that opened instead saves it, and the unknown document stays where it was put.
  await oneNamedVpc(page, 'edited after');
  await waitSaved(page);
  const entries = await storedEntries(page);
  const aside = Object.entries(entries).filter(([key]) => key.startsWith('kept-aside:'));
  expect(aside.map(([, value]) => value)).toEqual([unknown]);
  expect(entries.current).toContain('edited after');

  await page.reload();
  await expect(node(page, 'vpc-1')).toContainText('edited after');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a storage quota failure is a dialog and a warning on closing; saving resumes when space is back', async ({ page, baseURL }) => {
  // A full disk, as Chromium's quota sees it (storage opened after the override is held to it).
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(baseURL!).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await openEditor(page);
  // The first visit's sample is written at once, and that fails: the dialog says so.
  const dialog = page.getByRole('dialog', { name: 'Your changes are not being saved' });
  await expect(dialog).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Not saved: browser storage failed');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  // Nothing of the user's is at stake yet (the sample), so closing does not ask.
  expect(await asksBeforeClosing(page)).toBe(false);
  await newDiagram(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await inspector(page).getByLabel('Name', { exact: true }).fill('after the disk filled');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('storage space for this site is full');
  await expect(saveStatus(page)).toHaveText('Not saved: browser storage failed');
  const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Download the diagram' }).click());
  expect(file.bytes.toString('utf8')).toContain('after the disk filled');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await asksBeforeClosing(page)).toBe(true);

  // Space is back: "Try again" would do; so does the next change.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await inspector(page).getByLabel('Name', { exact: true }).fill('space is back');
  await waitSaved(page);
  expect(await asksBeforeClosing(page)).toBe(false);
  await page.reload();
  await expect(node(page, 'vpc-1')).toContainText('space is back');
});

test('when browser storage never answers, opening offers a way out, and the empty canvas does not pretend to save', async ({ page }) => {
  // IndexedDB that never answers: an open request whose events never fire.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open() {
      return {} as IDBOpenDBRequest;
    };
  });
  await page.goto('/');
  await expect(page.getByText('Opening your diagram…')).toBeVisible();
  const slow = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Your diagram is taking long to open' }) });
  await expect(slow).toBeVisible({ timeout: 15_000 });
  await expect(slow.getByRole('button', { name: 'Try again' })).toBeVisible();
  await slow.getByRole('button', { name: 'Start with an empty canvas' }).click();

  await expect(canvas(page)).toBeVisible();
  await expect(nodes(page)).toHaveCount(0);
  await expect(saveStatus(page)).toHaveText('Not saved: browser storage failed');
  const c = await box(canvas(page));
  await dragFromPalette(page, 'VPC', { x: c.x + 300, y: c.y + 220 });
  await expect(nodes(page)).toHaveCount(1);
  expect(await asksBeforeClosing(page)).toBe(true);
});
