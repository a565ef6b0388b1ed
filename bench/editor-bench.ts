/**
 * `npm run bench:editor` (`tsx bench/editor-bench.ts`): how fast the editor draws and drags, in
 * headless Chromium, on generated documents of 100, 500 and 1,000 nodes (bench/editor-fixture.ts),
 * next to a bare React Flow page rendering the same nodes on a canvas of the same size at the
 * same view (/bench/baseline).
 *
 * Measured, per page and size (see shared/stack-notes.md, "Measuring the editor"):
 * - first render: ms from navigation start to the first frame after every node is measured;
 * - drag and pan: one synthetic mousemove per animation frame after a real mouse press; the
 *   visual-update interval (time between frames in which the dragged node's, or the viewport's,
 *   transform changed: median and p95) and the main-thread time per update (Chrome's
 *   TaskDuration over the gesture divided by the number of updates).
 *
 * Targets: at 500 nodes the editor drags at a median interval of one frame (≤ 16.7 ms) with under
 * 16 ms of main-thread work per update, and its main-thread time per update stays within 1.5× of
 * the baseline's. The exit status is 1 when a target is missed.
 *
 * Builds the app first (`--no-build` to reuse .next), serves it with `next start` on port 3210
 * (`--port N` to change), and writes bench/results/editor-bench.json. Other sizes:
 * `npm run bench:editor -- 200 2000`. Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else
 * Playwright's own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { buildApp, launchChromium, startApp } from './app-server';
import { DRAGGED_NODE } from './editor-fixture';
import { percentile } from './stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const SIZES = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--port').map(Number);
if (SIZES.length === 0) SIZES.push(100, 500, 1_000);
const PORT = Number(option('--port') ?? 3210);
const FRAMES = 150;
const TARGET = { nodes: 500, interval: 16.7, mainThread: 16, ratio: 1.5 };

interface Gesture {
  updates: number;
  median: number;
  p95: number;
  mainThreadPerUpdate: number;
}

interface Row {
  page: 'editor' | 'baseline';
  nodes: number;
  firstRender: number;
  drag: Gesture;
  pan: Gesture;
}

/** Presses at `start`, then moves the pointer by (dx, dy) once per animation frame, watching `watched`'s transform. */
async function gesture(page: Page, watched: string, start: { x: number; y: number }, dx: number, dy: number, frames: number): Promise<Gesture> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.evaluate((selector) => {
    const state = { times: [] as number[], last: '', running: true };
    (window as unknown as { __rec: typeof state }).__rec = state;
    const read = () => (document.querySelector(selector) as HTMLElement | null)?.style.transform ?? '';
    state.last = read();
    const loop = (time: number) => {
      const now = read();
      if (now !== state.last) {
        state.times.push(time);
        state.last = now;
      }
      if (state.running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }, watched);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const taskDuration = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const before = await taskDuration();
  await page.evaluate(
    ({ x, y, dx, dy, frames }) =>
      new Promise<void>((resolve) => {
        let i = 0;
        const tick = () => {
          i++;
          document.dispatchEvent(new MouseEvent('mousemove', { clientX: x + dx * i, clientY: y + dy * i, bubbles: true, buttons: 1, view: window }));
          if (i < frames) requestAnimationFrame(tick);
          else requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        };
        requestAnimationFrame(tick);
      }),
    { x: start.x, y: start.y, dx, dy, frames },
  );
  const after = await taskDuration();
  const times = await page.evaluate(() => {
    const state = (window as unknown as { __rec: { times: number[]; running: boolean } }).__rec;
    state.running = false;
    return state.times;
  });
  await page.mouse.up();
  await cdp.detach();
  const intervals = times.slice(1).map((t, i) => t - times[i]!);
  return {
    updates: times.length,
    median: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    mainThreadPerUpdate: times.length ? ((after - before) * 1000) / times.length : NaN,
  };
}

async function measure(browser: Browser, base: string, kind: Row['page'], nodes: number): Promise<Row> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  await page.goto(`${base}/bench/${kind}?n=${nodes}`);
  await page.waitForFunction(() => window.__benchFirstRender !== undefined, undefined, { timeout: 60_000 });
  const firstRender = await page.evaluate(() => window.__benchFirstRender!);
  await page.waitForTimeout(300);

  // Pan first, from the empty pane left of the diagram (the view leaves 160 px of it). Measured
  // after the drag, it could start on a node: the drag may auto-pan the view, and the gesture would
  // then drag that node instead of panning.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error(`${kind}: no pane`);
  const panStart = { x: pane.x + 60, y: pane.y + pane.height / 2 };
  const onPane = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane') === true, panStart);
  if (!onPane) throw new Error(`${kind}: the pan would not start on the empty pane`);
  await gesture(page, '.react-flow__viewport', panStart, 1, 0, 20);
  const pan = await gesture(page, '.react-flow__viewport', panStart, -2, -1, FRAMES);

  // Then the drag, on the page as it opened.
  await page.reload();
  await page.waitForFunction(() => window.__benchFirstRender !== undefined, undefined, { timeout: 60_000 });
  await page.waitForTimeout(300);
  const node = page.locator(`.react-flow__node[data-id="${DRAGGED_NODE}"]`);
  const box = await node.boundingBox();
  if (!box) throw new Error(`${kind}: node ${DRAGGED_NODE} is not in view`);
  const grip = { x: box.x + box.width / 2, y: box.y + Math.min(24, box.height / 2) };
  const nodeSelector = `.react-flow__node[data-id="${DRAGGED_NODE}"]`;
  // A short warm-up drag, then the measured one.
  await gesture(page, nodeSelector, grip, 1, 0, 20);
  const moved = (await node.boundingBox())!;
  const drag = await gesture(page, nodeSelector, { x: moved.x + moved.width / 2, y: moved.y + Math.min(24, moved.height / 2) }, 1, 0.5, FRAMES);
  if (problems.length) console.warn(`${kind} ${nodes}: console problems:\n  ${problems.join('\n  ')}`);
  await page.close();
  return { page: kind, nodes, firstRender, drag, pan };
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');

function table(rows: readonly Row[]): string {
  const lines = [
    '| page | nodes | first render ms | drag interval median / p95 ms | drag main thread ms / update | pan interval median / p95 ms | pan main thread ms / update |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.page} | ${r.nodes} | ${f0(r.firstRender)} | ${f1(r.drag.median)} / ${f1(r.drag.p95)} | ${f1(r.drag.mainThreadPerUpdate)} | ${f1(r.pan.median)} / ${f1(r.pan.p95)} | ${f1(r.pan.mainThreadPerUpdate)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!flag('--no-build')) buildApp();
  const server = await startApp(PORT);
  try {
    const browser = await launchChromium();
    const rows: Row[] = [];
    for (const nodes of SIZES) {
      for (const kind of ['baseline', 'editor'] as const) {
        const row = await measure(browser, server.base, kind, nodes);
        rows.push(row);
        console.log(`${kind} ${nodes}: first render ${f0(row.firstRender)} ms, drag ${f1(row.drag.median)} ms (${f1(row.drag.mainThreadPerUpdate)} ms main thread), pan ${f1(row.pan.median)} ms`);
      }
    }
    await browser.close();
    console.log(`\n${table(rows)}\n`);

    let missed = false;
    const at = (kind: Row['page']) => rows.find((r) => r.page === kind && r.nodes === TARGET.nodes);
    const editor = at('editor');
    const baseline = at('baseline');
    if (editor && baseline) {
      const ratio = (a: number, b: number) => a / b;
      const checks: Array<[string, boolean]> = [
        [`editor drag median interval ${f1(editor.drag.median)} ms ≤ ${TARGET.interval} ms`, editor.drag.median <= TARGET.interval],
        [`editor drag main thread ${f1(editor.drag.mainThreadPerUpdate)} ms/update < ${TARGET.mainThread} ms`, editor.drag.mainThreadPerUpdate < TARGET.mainThread],
        [
          `editor/baseline drag main thread ${f1(ratio(editor.drag.mainThreadPerUpdate, baseline.drag.mainThreadPerUpdate))}× ≤ ${TARGET.ratio}×`,
          ratio(editor.drag.mainThreadPerUpdate, baseline.drag.mainThreadPerUpdate) <= TARGET.ratio,
        ],
        [
          `editor/baseline pan main thread ${f1(ratio(editor.pan.mainThreadPerUpdate, baseline.pan.mainThreadPerUpdate))}× ≤ ${TARGET.ratio}×`,
          ratio(editor.pan.mainThreadPerUpdate, baseline.pan.mainThreadPerUpdate) <= TARGET.ratio,
        ],
      ];
      for (const [text, ok] of checks) {
        console.log(`${ok ? 'ok  ' : 'MISS'} ${text}`);
        missed ||= !ok;
      }
    }
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/editor-bench.json', `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
    if (missed) process.exitCode = 1;
  } finally {
    server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
