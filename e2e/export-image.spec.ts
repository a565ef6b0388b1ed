import type { Page } from '@playwright/test';
import { PEERED_PAIR, text } from './documents';
import { chooseFile, downloadOf, inspectPicture, near, pngSize } from './files';
import { expect, node, openEditor, shot, test } from './helpers';

/** The margin the export leaves around the diagram, in diagram pixels (before scaling). */
const MARGIN = 40;
const WHITE = [255, 255, 255];

async function openPeeredPair(page: Page): Promise<void> {
  await openEditor(page);
  await chooseFile(page, 'peered-pair.json', text(PEERED_PAIR.document));
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, 'vpc-b')).toBeVisible();
}

/** The diagram's size measured on screen: the union of every node's box, divided by the zoom. */
async function drawnBounds(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const transform = getComputedStyle(document.querySelector('.vc-canvas .react-flow__viewport')!).transform;
    const zoom = new DOMMatrixReadOnly(transform).a;
    const boxes = [...document.querySelectorAll('.vc-canvas .react-flow__node')].map((n) => n.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    return { width: (right - left) / zoom, height: (bottom - top) / zoom };
  });
}

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('menuitem', { name: /Export image/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('exports the whole diagram as a PNG at 2×, whatever the zoom, with its edges', async ({ page }) => {
  await openPeeredPair(page);
  // Zoomed in and panned away: the export must not care.
  const drawn = await drawnBounds(page);
  expect(drawn.width).toBeCloseTo(PEERED_PAIR.bounds.width, 0);
  expect(drawn.height).toBeCloseTo(PEERED_PAIR.bounds.height, 0);
  await page.getByRole('button', { name: 'Zoom In' }).click();
  await page.getByRole('button', { name: 'Zoom In' }).click();

  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole('radio', { name: 'PNG' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: '2×' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'White' })).toBeChecked();
  const scale = 2;
  const width = (PEERED_PAIR.bounds.width + 2 * MARGIN) * scale;
  const height = (PEERED_PAIR.bounds.height + 2 * MARGIN) * scale;
  await expect(dialog.getByTestId('export-size')).toHaveText(`${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} pixels`);
  await shot(page, 'export-dialog');

  const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export PNG' }).click());
  expect(file.name).toBe('peered-pair.png');
  expect(pngSize(file.bytes)).toEqual({ width, height });
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('notice')).toContainText(`Exported peered-pair.png (${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} px)`);

  // Where the peering runs in the picture: diagram coordinates, shifted by the margin, times the scale.
  const toImage = (x: number, y: number) => [Math.round((x - PEERED_PAIR.bounds.x + MARGIN) * scale), Math.round((y - PEERED_PAIR.bounds.y + MARGIN) * scale)] as const;
  const { y, fromX, toX } = PEERED_PAIR.edge;
  const onEdge = [0.1, 0.3, 0.5, 0.7, 0.9].map((f) => toImage(fromX + (toX - fromX) * f, y));
  const besideEdge = toImage((fromX + toX) / 2, y - 12);
  const corner = [3, 3] as const;
  const picture = await inspectPicture(page, file.bytes, 'image/png', [...onEdge, besideEdge, corner]);
  expect(picture.width).toBe(width);
  // Not blank: nodes, icons, text and edges give many colours.
  expect(picture.colours).toBeGreaterThan(50);
  for (const pixel of picture.at.slice(0, onEdge.length)) expect(near(pixel, PEERED_PAIR.edgeColor), `edge pixel ${pixel}`).toBe(true);
  expect(near(picture.at[onEdge.length]!, WHITE, 4)).toBe(true);
  expect(picture.at[onEdge.length + 1]).toEqual([255, 255, 255, 255]);
});

test('exports at 4× on a transparent background, and at 1×', async ({ page }) => {
  await openPeeredPair(page);
  let dialog = await openExportDialog(page);
  await dialog.getByText('4×', { exact: true }).click();
  await dialog.getByText('Transparent', { exact: true }).click();
  await dialog.getByLabel(/Show finding badges/).check();
  const big = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export PNG' }).click());
  const width4 = (PEERED_PAIR.bounds.width + 2 * MARGIN) * 4;
  const height4 = (PEERED_PAIR.bounds.height + 2 * MARGIN) * 4;
  expect(pngSize(big.bytes)).toEqual({ width: width4, height: height4 });
  const picture = await inspectPicture(page, big.bytes, 'image/png', [[3, 3], [Math.round((500 + MARGIN) * 4), Math.round((130 + MARGIN) * 4)]]);
  expect(picture.at[0]![3]).toBe(0);
  expect(near(picture.at[1]!, PEERED_PAIR.edgeColor)).toBe(true);

  // The dialog remembers the last choices.
  dialog = await openExportDialog(page);
  await expect(dialog.getByRole('radio', { name: '4×' })).toBeChecked();
  await dialog.getByText('1×', { exact: true }).click();
  const small = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export PNG' }).click());
  expect(pngSize(small.bytes)).toEqual({ width: width4 / 4, height: height4 / 4 });
});

test('exports an SVG that parses and carries every label and edge', async ({ page }) => {
  await openPeeredPair(page);
  // The dark theme on screen; the picture is drawn in the light palette all the same.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const dialog = await openExportDialog(page);
  await dialog.getByText('SVG', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: '2×' })).toBeDisabled();
  const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export SVG' }).click());
  expect(file.name).toBe('peered-pair.svg');
  const svg = file.bytes.toString('utf8');
  // Parsed in a blank page: the editor's Content-Security-Policy (rightly) refuses the style
  // attributes of markup parsed inside it, and the file is read elsewhere anyway.
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      text: root.textContent ?? '',
      edges: doc.querySelectorAll('path.react-flow__edge-path').length,
      peeringStroke: (doc.querySelector('path.vc-edge-vpc-peering') as SVGPathElement | null)?.style.stroke,
      nodes: doc.querySelectorAll('.react-flow__node').length,
    };
  }, svg);
  await blank.close();
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed).toMatchObject({ width: String(PEERED_PAIR.bounds.width + 2 * MARGIN), height: String(PEERED_PAIR.bounds.height + 2 * MARGIN) });
  for (const label of PEERED_PAIR.labels) expect(parsed.text).toContain(label);
  expect(parsed.nodes).toBe(PEERED_PAIR.document.nodes.length);
  expect(parsed.edges).toBe(PEERED_PAIR.document.connections.length);
  expect(parsed.peeringStroke).toBe('rgb(140, 79, 255)');
  // Small enough for a wiki: only the styles that draw something are written.
  expect(svg.length).toBeLessThan(300_000);
  // And it draws: the browser renders it with the edge in place.
  const picture = await inspectPicture(page, file.bytes, 'image/svg+xml', [[Math.round(500 + MARGIN), Math.round(130 + MARGIN)]]);
  expect(near(picture.at[0]!, PEERED_PAIR.edgeColor)).toBe(true);
});
