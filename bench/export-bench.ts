/**
 * `npm run bench:export` (`tsx bench/export-bench.ts`): how long the editor takes to export a
 * generated diagram (bench/editor-fixture.ts, opened by the editor bench's page /bench/editor) as
 * a PNG at 2×, as SVG and as draw.io, in headless Chromium, driven as a person does it:
 * Save → Export… → Export PNG (SVG, draw.io), timed from the click to the download, with the title
 * block and legend on. Each export's steps come from the app's own `performance.measure` entries
 * (components/editor/export/export-diagram.ts):
 * - icons: the icon files the diagram uses, fetched as markup (cached after the first export);
 * - svg: the model's SVG drawn from the document (layout of every label, markup);
 * - raster: that SVG drawn on a canvas at the chosen scale;
 * - encode: the canvas encoded as a PNG file;
 * - drawio: the model's draw.io file.
 *
 * Targets (medians, 500 nodes): PNG under 5 s, SVG and draw.io under 2 s each; the exit status is
 * 1 when one is missed.
 * Builds the app first (`--no-build` to reuse .next), serves it on port 3211 (`--port N`), runs
 * three exports per size (`--runs N`) and writes bench/results/export-bench.json. Other sizes:
 * `npm run bench:export -- 100 1000`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { buildApp, launchChromium, startApp } from './app-server';
import { median } from './stats';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = args.filter((a, i) => /^\d+$/.test(a) && !['--port', '--runs'].includes(args[i - 1] ?? '')).map(Number);
if (SIZES.length === 0) SIZES.push(500);
const PORT = Number(option('--port') ?? 3211);
const RUNS = Number(option('--runs') ?? 3);
const FORMATS = [
  { format: 'png', choice: 'PNG', button: 'Export PNG', targetSeconds: 5 },
  { format: 'svg', choice: 'SVG', button: 'Export SVG', targetSeconds: 2 },
  { format: 'drawio', choice: 'draw.io', button: 'Export draw.io', targetSeconds: 2 },
] as const;
type Format = (typeof FORMATS)[number]['format'];
const TARGET_NODES = 500;
const STEPS = ['icons', 'svg', 'raster', 'encode', 'drawio'] as const;

interface Run {
  nodes: number;
  connections: number;
  format: Format;
  run: number;
  /** Click on the export button to the download, in ms. */
  total: number;
  steps: Record<(typeof STEPS)[number], number>;
  /** PNG only: pixel size. */
  width?: number;
  height?: number;
  bytes: number;
}

async function measure(browser: Browser, base: string, nodes: number): Promise<Run[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  await page.goto(`${base}/bench/editor?n=${nodes}`);
  await page.waitForFunction(() => window.__benchFirstRender !== undefined, undefined, { timeout: 60_000 });
  const connections = Number((await page.locator('.vc-inspector').textContent())?.match(/([\d,]+) connections?/)?.[1]?.replace(/,/g, '') ?? NaN);
  const runs: Run[] = [];
  for (const { format, choice, button } of FORMATS) {
    for (let run = 1; run <= RUNS; run++) {
      await page.evaluate(() => performance.clearMeasures());
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByRole('menuitem', { name: /^Export/ }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByText(choice, { exact: true }).click();
      if (format === 'png') {
        await dialog.getByText('2×', { exact: true }).click();
        await dialog.getByText('White', { exact: true }).click();
      }
      if (format !== 'drawio') {
        await dialog.getByLabel(/Title block/).check();
        await dialog.getByLabel(/Legend of the line styles/).check();
      }
      const started = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: button }).click()]);
      const path = await download.path();
      const total = Date.now() - started;
      const file = readFileSync(path!);
      const measures = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])));
      const steps = Object.fromEntries(STEPS.map((step) => [step, measures[`vc-export:${step}`] ?? NaN])) as Run['steps'];
      runs.push({ nodes, connections, format, run, total, steps, ...(format === 'png' ? { width: file.readUInt32BE(16), height: file.readUInt32BE(20) } : {}), bytes: file.length });
      console.log(`${nodes} nodes, ${format}, run ${run}: ${(total / 1000).toFixed(2)} s`);
      await page.getByTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
    }
  }
  if (problems.length) console.warn(`${nodes} nodes: console problems:\n  ${problems.join('\n  ')}`);
  await page.close();
  return runs;
}

const s2 = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '–');

function table(runs: readonly Run[]): string {
  const lines = [
    '| nodes | connections | format | run | total s | icons s | svg s | raster s | encode s | drawio s | size | file MB |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const r of runs) {
    const size = r.width ? `${r.width} × ${r.height} px` : '';
    lines.push(
      `| ${r.nodes} | ${r.connections} | ${r.format === 'png' ? 'PNG (2×)' : r.format === 'svg' ? 'SVG' : 'draw.io'} | ${r.run} | ${s2(r.total)} | ${STEPS.map((step) => s2(r.steps[step])).join(' | ')} | ${size} | ${(r.bytes / 1024 / 1024).toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) buildApp();
  const server = await startApp(PORT);
  try {
    const browser = await launchChromium();
    const runs: Run[] = [];
    for (const nodes of SIZES) runs.push(...(await measure(browser, server.base, nodes)));
    await browser.close();
    console.log(`\n${table(runs)}\n`);
    for (const { format, choice, targetSeconds } of FORMATS) {
      const atTarget = runs.filter((r) => r.nodes === TARGET_NODES && r.format === format);
      if (!atTarget.length) continue;
      const m = median(atTarget.map((r) => r.total));
      const ok = m < targetSeconds * 1000;
      console.log(`${ok ? 'ok  ' : 'MISS'} median export of ${TARGET_NODES} nodes to ${choice}: ${s2(m)} s < ${targetSeconds} s`);
      if (!ok) process.exitCode = 1;
    }
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/export-bench.json', `${JSON.stringify({ at: new Date().toISOString(), runs }, null, 2)}\n`);
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
