/**
 * `npm run bench:export` (`tsx bench/export-bench.ts`): how long the editor takes to export a
 * generated diagram (bench/editor-fixture.ts, opened by the editor bench's page /bench/editor) as
 * a PNG at 2×, in headless Chromium, driven as a person does it: Save → Export image… → Export PNG,
 * timed from the click to the download. Each export's steps come from the app's own
 * `performance.measure` entries (components/editor/export/export-image.ts):
 * - draw: the whole diagram drawn off screen at zoom 1, every node measured;
 * - copy: html-to-image's copy of it into SVG markup (icons inlined, lean styles);
 * - raster: that SVG drawn on a canvas at the chosen scale;
 * - encode: the canvas as a PNG file.
 *
 * Target: the median export of a 500-node diagram under 5 s; the exit status is 1 when missed.
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
const TARGET = { nodes: 500, seconds: 5 };
const STEPS = ['draw', 'copy', 'raster', 'encode'] as const;

interface Run {
  nodes: number;
  connections: number;
  run: number;
  /** Click on "Export PNG" to the download, in ms. */
  total: number;
  steps: Record<(typeof STEPS)[number], number>;
  width: number;
  height: number;
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
  for (let run = 1; run <= RUNS; run++) {
    await page.evaluate(() => performance.clearMeasures());
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('menuitem', { name: /Export image/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByText('PNG', { exact: true }).click();
    await dialog.getByText('2×', { exact: true }).click();
    await dialog.getByText('White', { exact: true }).click();
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog.getByRole('button', { name: 'Export PNG' }).click()]);
    const path = await download.path();
    const total = Date.now() - started;
    const png = readFileSync(path!);
    const measures = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('measure').map((m) => [m.name, m.duration])));
    const steps = Object.fromEntries(STEPS.map((step) => [step, measures[`vc-export:${step}`] ?? NaN])) as Run['steps'];
    runs.push({ nodes, connections, run, total, steps, width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length });
    console.log(`${nodes} nodes, run ${run}: ${(total / 1000).toFixed(2)} s`);
    await page.getByTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
  }
  if (problems.length) console.warn(`${nodes} nodes: console problems:\n  ${problems.join('\n  ')}`);
  await page.close();
  return runs;
}

const s2 = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '–');

function table(runs: readonly Run[]): string {
  const lines = [
    '| nodes | connections | PNG (2×) | run | total s | draw s | copy s | raster s | encode s | file MB |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of runs) {
    lines.push(
      `| ${r.nodes} | ${r.connections} | ${r.width} × ${r.height} | ${r.run} | ${s2(r.total)} | ${STEPS.map((step) => s2(r.steps[step])).join(' | ')} | ${(r.bytes / 1024 / 1024).toFixed(1)} |`,
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
    const atTarget = runs.filter((r) => r.nodes === TARGET.nodes);
    if (atTarget.length) {
      const m = median(atTarget.map((r) => r.total));
      const ok = m < TARGET.seconds * 1000;
      console.log(`${ok ? 'ok  ' : 'MISS'} median export of ${TARGET.nodes} nodes to PNG at 2×: ${s2(m)} s < ${TARGET.seconds} s`);
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
