import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { PEERED_PAIR, text } from './documents';
import { chooseFile, downloadOf, inspectPicture, near, pngSize } from './files';
import { expect, node, openEditor, shot, test } from './helpers';

/** The margin the export leaves around the diagram, in diagram pixels (before scaling). */
const MARGIN = 40;
const WHITE = [255, 255, 255];

async function openDocument(page: Page, name: string, content: string, firstNode: string): Promise<void> {
  await openEditor(page);
  await chooseFile(page, name, content);
  await page.getByRole('button', { name: 'Replace and open' }).click();
  await expect(node(page, firstNode)).toBeVisible();
}

const openPeeredPair = (page: Page) => openDocument(page, 'peered-pair.json', text(PEERED_PAIR.document), 'vpc-b');

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

/** Runs Auto-layout and waits until its routed lines are on the canvas. */
async function autoLayout(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Auto-layout', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Auto-layout', exact: true })).toBeEnabled({ timeout: 30_000 });
  await expect.poll(() => page.locator('.vc-canvas path.vc-edge[d*="Q"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('menuitem', { name: /^Export/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function setExtras(dialog: Locator, on: { title: boolean; legend: boolean }): Promise<void> {
  await dialog.getByLabel(/Title block/).setChecked(on.title);
  await dialog.getByLabel(/Legend of the line styles/).setChecked(on.legend);
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
  await expect(dialog.getByLabel(/Title block/)).toBeChecked();
  await expect(dialog.getByLabel(/Legend of the line styles/)).toBeChecked();
  await setExtras(dialog, { title: false, legend: false });
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
  await setExtras(dialog, { title: false, legend: false });
  await dialog.getByText('4×', { exact: true }).click();
  await dialog.getByText('Transparent', { exact: true }).click();
  await dialog.getByLabel(/Finding badges/).check();
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
  await expect(dialog.getByLabel(/Title block/)).not.toBeChecked();
  await dialog.getByText('1×', { exact: true }).click();
  const small = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export PNG' }).click());
  expect(pngSize(small.bytes)).toEqual({ width: width4 / 4, height: height4 / 4 });
});

test('exports a real SVG: shapes, paths and text, icons as symbols, no foreignObject; it draws', async ({ page }) => {
  await openPeeredPair(page);
  // The dark theme on screen; the picture is drawn in the light palette all the same.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const dialog = await openExportDialog(page);
  await dialog.getByText('SVG', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: '2×' })).toBeDisabled();
  await setExtras(dialog, { title: false, legend: false });
  const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export SVG' }).click());
  expect(file.name).toBe('peered-pair.svg');
  const svg = file.bytes.toString('utf8');
  expect(svg).not.toContain('foreignObject');
  // Read in a blank page, as anyone opening the file would: outside the editor and its policies.
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
      nodes: [...doc.querySelectorAll('g.vc-node')].map((g) => g.getAttribute('data-id')),
      edges: [...doc.querySelectorAll('g.vc-edges > path')].map((p) => p.getAttribute('data-id')),
      peeringStroke: doc.querySelector('path.vc-edge-vpc-peering')?.getAttribute('stroke'),
      symbols: doc.querySelectorAll('symbol').length,
      uses: doc.querySelectorAll('use').length,
      foreign: doc.querySelectorAll('foreignObject').length,
    };
  }, svg);
  await blank.close();
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('svg');
  expect(parsed).toMatchObject({ width: String(PEERED_PAIR.bounds.width + 2 * MARGIN), height: String(PEERED_PAIR.bounds.height + 2 * MARGIN), foreign: 0 });
  for (const label of PEERED_PAIR.labels) expect(parsed.text).toContain(label);
  expect(parsed.nodes.sort()).toEqual(PEERED_PAIR.document.nodes.map((n) => n.id).sort());
  expect(parsed.edges).toEqual(PEERED_PAIR.document.connections.map((c) => c.id));
  expect(parsed.peeringStroke).toBe('#8c4fff');
  // VPC, private subnet and instance: three icons, each embedded once, used by every node.
  expect(parsed.symbols).toBe(3);
  expect(parsed.uses).toBe(PEERED_PAIR.document.nodes.length);
  expect(svg.length).toBeLessThan(60_000);
  // And it draws: the browser renders it with the edge in place.
  const picture = await inspectPicture(page, file.bytes, 'image/svg+xml', [[Math.round(500 + MARGIN), Math.round(130 + MARGIN)]]);
  expect(near(picture.at[0]!, PEERED_PAIR.edgeColor)).toBe(true);
});

const HYBRID = readFileSync(new URL('../examples/hybrid-dx-vpn.json', import.meta.url), 'utf8');
const HYBRID_DOC = JSON.parse(HYBRID) as { nodes: Array<{ id: string; kind: string }>; connections: Array<{ id: string; kind: string; source: string; target: string }> };

test('a laid-out hybrid design exports as a PNG with a title block and a legend', async ({ page }) => {
  await openDocument(page, 'hybrid-dx-vpn.json', HYBRID, 'vpc-prod');
  await autoLayout(page);
  let dialog = await openExportDialog(page);
  await setExtras(dialog, { title: false, legend: false });
  await dialog.getByText('1×', { exact: true }).click();
  const plain = pngSize((await downloadOf(page, () => dialog.getByRole('button', { name: 'Export PNG' }).click())).bytes);

  dialog = await openExportDialog(page);
  await setExtras(dialog, { title: true, legend: true });
  await dialog.getByText('2×', { exact: true }).click();
  const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export PNG' }).click());
  const full = pngSize(file.bytes);
  // The title block above and the legend below make the picture taller, never narrower.
  expect(full.height).toBeGreaterThan(plain.height * 2 + 100);
  expect(full.width).toBeGreaterThanOrEqual(plain.width * 2);
  const picture = await inspectPicture(page, file.bytes, 'image/png', [[60, 60]]);
  expect(picture.colours).toBeGreaterThan(100);
  mkdirSync('docs/screenshots', { recursive: true });
  writeFileSync('docs/screenshots/export-png-title-legend.png', file.bytes);

  // The same as SVG carries the title's words and one legend entry per kind used.
  dialog = await openExportDialog(page);
  await dialog.getByText('SVG', { exact: true }).click();
  const svg = (await downloadOf(page, () => dialog.getByRole('button', { name: 'Export SVG' }).click())).bytes.toString('utf8');
  const blank = await page.context().newPage();
  const found = await blank.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      title: doc.querySelector('g.vc-title')?.textContent ?? '',
      legend: [...doc.querySelectorAll('g.vc-legend text')].map((t) => t.textContent),
      routed: [...doc.querySelectorAll('g.vc-edges > path')].filter((p) => (p.getAttribute('d') ?? '').includes('Q')).length,
    };
  }, svg);
  await blank.close();
  expect(found.title).toContain('Hybrid: Direct Connect to a transit gateway, with a backup VPN');
  expect(found.title).toMatch(/\d{4} · (no findings|\d+ errors?)/);
  expect(found.legend[0]).toBe('Legend');
  expect(found.legend.length - 1).toBe(new Set(HYBRID_DOC.connections.map((c) => c.kind)).size);
  // Auto-layout's routes are followed: some lines bend.
  expect(found.routed).toBeGreaterThan(0);
});

test('exports a draw.io file with one cell per node and connection, AWS shapes and containers as groups', async ({ page, context }) => {
  await openDocument(page, 'hybrid-dx-vpn.json', HYBRID, 'vpc-prod');
  await autoLayout(page);
  const dialog = await openExportDialog(page);
  await dialog.getByText('draw.io', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: '2×' })).toBeDisabled();
  await expect(dialog.getByTestId('export-size')).toContainText(`${HYBRID_DOC.nodes.length} shapes and ${HYBRID_DOC.connections.length} lines`);
  const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export draw.io' }).click());
  expect(file.name).toBe('hybrid-direct-connect-to-a-transit-gateway-with-a-backup-vpn.drawio');
  const xml = file.bytes.toString('utf8');

  // Read it back as draw.io would, and draw a preview from its geometry alone (children relative to their groups).
  const preview = await context.newPage();
  const result = await preview.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const cells = [...doc.querySelectorAll('mxCell')];
    const byId = new Map(cells.map((c) => [c.getAttribute('id')!, c]));
    const styleOf = (c: Element) => Object.fromEntries((c.getAttribute('style') ?? '').split(';').filter(Boolean).map((kv) => kv.split('=') as [string, string]));
    const geometry = (c: Element) => c.querySelector(':scope > mxGeometry')!;
    const absolute = (c: Element): { x: number; y: number; w: number; h: number } => {
      const g = geometry(c);
      const own = { x: Number(g.getAttribute('x') ?? 0), y: Number(g.getAttribute('y') ?? 0), w: Number(g.getAttribute('width') ?? 0), h: Number(g.getAttribute('height') ?? 0) };
      const parent = byId.get(c.getAttribute('parent') ?? '');
      if (!parent || parent.getAttribute('vertex') !== '1') return own;
      const p = absolute(parent);
      return { ...own, x: own.x + p.x, y: own.y + p.y };
    };
    const vertices = cells.filter((c) => c.getAttribute('vertex') === '1');
    const edges = cells.filter((c) => c.getAttribute('edge') === '1');
    const outside: string[] = [];
    const plain = (html: string) => {
      const el = document.createElement('div');
      el.innerHTML = html.replace(/<br>/g, ' · ');
      return el.textContent ?? '';
    };
    let shapes = '';
    let labels = '';
    for (const v of vertices) {
      const r = absolute(v);
      const s = styleOf(v);
      const parent = byId.get(v.getAttribute('parent') ?? '');
      if (parent?.getAttribute('vertex') === '1') {
        const p = absolute(parent);
        const cx = r.x + r.w / 2;
        const cy = r.y + r.h / 2;
        // Gateways sit on their VPC's border; everything else lies inside its group.
        if (cx < p.x - 1 || cx > p.x + p.w + 1 || cy < p.y - 1 || cy > p.y + p.h + 1) outside.push(v.getAttribute('id')!);
      }
      const label = plain(v.getAttribute('value') ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;');
      if (s.container === '1') {
        shapes += `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${s.fillColor === 'none' ? 'none' : s.fillColor}" stroke="${s.strokeColor}" stroke-width="2"${s.dashed === '1' ? ' stroke-dasharray="8 4"' : ''}/>`;
        labels += `<text x="${r.x + 32}" y="${r.y + 16}" font-size="12" fill="${s.fontColor}">${label}</text>`;
      } else {
        shapes += `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" rx="6" fill="${s.fillColor}"/>`;
        labels += `<text x="${r.x + r.w / 2}" y="${r.y + r.h + 14}" font-size="11" text-anchor="middle">${label}</text>`;
      }
    }
    let lines = '';
    for (const e of edges) {
      const s = styleOf(e);
      const a = absolute(byId.get(e.getAttribute('source')!)!);
      const b = absolute(byId.get(e.getAttribute('target')!)!);
      const bends = [...e.querySelectorAll('mxPoint')].map((p) => `${p.getAttribute('x')},${p.getAttribute('y')}`);
      // Pinned ends where the style has them (draw.io's exitX/entryX), else the cells' centres.
      const start = s.exitX ? `${a.x + Number(s.exitX) * a.w},${a.y + Number(s.exitY) * a.h}` : `${a.x + a.w / 2},${a.y + a.h / 2}`;
      const end = s.entryX ? `${b.x + Number(s.entryX) * b.w},${b.y + Number(s.entryY) * b.h}` : `${b.x + b.w / 2},${b.y + b.h / 2}`;
      const points = [start, ...bends, end];
      lines += `<polyline points="${points.join(' ')}" fill="none" stroke="${s.strokeColor}" stroke-width="${s.strokeWidth}"${s.dashPattern ? ` stroke-dasharray="${s.dashPattern}"` : ''}/>`;
    }
    const all = vertices.map(absolute);
    const x = Math.min(...all.map((r) => r.x)) - 40;
    const y = Math.min(...all.map((r) => r.y)) - 40;
    const w = Math.max(...all.map((r) => r.x + r.w)) + 40 - x;
    const h = Math.max(...all.map((r) => r.y + r.h)) + 60 - y;
    document.body.style.margin = '0';
    document.body.innerHTML = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${x} ${y} ${w} ${h}" font-family="Helvetica, Arial, sans-serif" style="background:#fff">${shapes}${lines}${labels}</svg>`;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      vertices: vertices.map((v) => v.getAttribute('id')),
      edges: edges.map((e) => [e.getAttribute('id'), e.getAttribute('source'), e.getAttribute('target')]),
      styles: vertices.map((v) => v.getAttribute('style') ?? ''),
      containers: vertices.filter((v) => styleOf(v).container === '1').map((v) => v.getAttribute('id')),
      parents: Object.fromEntries(vertices.map((v) => [v.getAttribute('id'), v.getAttribute('parent')])),
      bends: edges.reduce((n, e) => n + e.querySelectorAll('mxPoint').length, 0),
      outside,
      size: { w, h },
    };
  }, xml);
  expect(result.error).toBeNull();
  expect(result.root).toBe('mxfile');
  expect(result.vertices.sort()).toEqual(HYBRID_DOC.nodes.map((n) => n.id).sort());
  expect(result.edges).toEqual(HYBRID_DOC.connections.map((c) => [c.id, c.source, c.target]));
  for (const style of result.styles) expect(style).toMatch(/shape=mxgraph\.aws4\./);
  expect(result.styles.some((s) => s.includes('grIcon=mxgraph.aws4.group_vpc2'))).toBe(true);
  expect(result.styles.some((s) => s.includes('resIcon=mxgraph.aws4.transit_gateway'))).toBe(true);
  expect(result.containers.sort()).toEqual(HYBRID_DOC.nodes.filter((n) => ['region', 'vpc', 'subnet', 'on-premises'].includes(n.kind)).map((n) => n.id).sort());
  const parentOf = new Map((JSON.parse(HYBRID) as { nodes: Array<{ id: string; parent?: string }> }).nodes.map((n) => [n.id, n.parent]));
  for (const [id, parent] of Object.entries(result.parents)) if (parentOf.get(id!)) expect(parent).toBe(parentOf.get(id!));
  expect(result.outside).toEqual([]);
  // The laid-out routes come along as bend points.
  expect(result.bends).toBeGreaterThan(0);
  await preview.setViewportSize({ width: Math.ceil(result.size.w), height: Math.ceil(result.size.h) });
  await preview.screenshot({ path: 'docs/screenshots/export-drawio-preview.png' });
  await preview.close();
});
