/**
 * `npm run bench:editor` (`tsx bench/editor-bench.ts`): how fast the editor draws and drags, in
 * headless Chromium, next to a bare React Flow page rendering the same nodes on a canvas of the
 * same size at the same view (/bench/baseline). Two kinds of rows:
 * - zoom 1 (`--sizes`, default 100,500,1000): generated documents (bench/editor-fixture.ts) at
 *   zoom 1, where React Flow culls all but the nodes in view;
 * - fit view (`--fit`, default 2000,5000): a generated AWS-shaped network of about that many nodes
 *   laid out once by the editor's auto-layout (bench/fit-fixture.ts, cached under
 *   bench/results/fixtures; `--relayout` lays it out again), opened by both pages at the fit view
 *   (the whole diagram in view, zoom about 0.04 and 0.02), as a user opening a large document sees it.
 * `--sizes none` or `--fit none` skips a kind.
 *
 * Measured, per page and size (see shared/stack-notes.md, "Measuring the editor"):
 * - first render: ms from navigation start to the first frame after every node is measured;
 * - drag and pan: one synthetic mousemove per animation frame after a real mouse press; the
 *   visual-update interval (time between frames in which the dragged node's, or the viewport's,
 *   transform changed: median and p95) and the main-thread time per update (Chrome's
 *   TaskDuration over the gesture divided by the number of updates).
 *
 * - ms per visual update: the gesture's time from its first to its last visual update divided by
 *   the updates between them (what a user feels as the frame rate), and how many of the moves
 *   were drawn.
 *
 * Targets: at 500 nodes (zoom 1) the editor drags at a median interval of one frame (≤ 16.7 ms)
 * with under 16 ms of main-thread work per update, and its main-thread time per update stays within
 * 1.5× of the baseline's; at the fit view its ms per visual update, panning and dragging, stays
 * within 1.5× of the baseline's. The exit status is 1 when a target is missed.
 *
 * Builds the app first (`--no-build` to reuse .next), serves it with `next start` on port 3210
 * (`--port N` to change), and writes bench/results/editor-bench.json. Other sizes:
 * `npm run bench:editor -- --sizes 200 --fit 2000`. Chromium: $CHROMIUM_PATH, else
 * /usr/bin/chromium, else Playwright's own.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { buildApp, launchChromium, startApp } from './app-server';
import { DRAGGED_NODE } from './editor-fixture';
import { FIT_DRAGGED_NODE, fitFixtureText } from './fit-fixture';
import { percentile } from './stats';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
/** A comma-separated list of sizes after `name`, `fallback` without it, none for `none`. */
const sizes = (name: string, fallback: number[]) => {
  const value = option(name);
  if (value === undefined) return fallback;
  if (value === 'none') return [];
  const list = value.split(',').map(Number);
  if (list.some((n) => !Number.isInteger(n) || n < 12)) throw new Error(`${name} ${value}: expected sizes such as 2000,5000 (or none)`);
  return list;
};
const SIZES = sizes('--sizes', [100, 500, 1_000]);
const FIT_SIZES = sizes('--fit', [2_000, 5_000]);
const PORT = Number(option('--port') ?? 3210);
const FRAMES = 150;
const TARGET = { nodes: 500, interval: 16.7, mainThread: 16, ratio: 1.5 };
/** Moves in a measured gesture at the fit view (each frame there can take far longer). */
const FIT_FRAMES = 60;

interface Gesture {
  /** Pointer moves dispatched (one per animation frame). */
  moves: number;
  updates: number;
  /** From the first to the last visual update, per update: the frame rate the user sees. */
  perUpdate: number;
  median: number;
  p95: number;
  mainThreadPerUpdate: number;
}

interface Row {
  page: 'editor' | 'baseline';
  /** `zoom 1` on the generated fixture, or `fit` on the laid-out one. */
  view: 'zoom 1' | 'fit';
  nodes: number;
  zoom: number;
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
    moves: frames,
    updates: times.length,
    perUpdate: times.length > 1 ? (times[times.length - 1]! - times[0]!) / (times.length - 1) : NaN,
    median: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    mainThreadPerUpdate: times.length ? ((after - before) * 1000) / times.length : NaN,
  };
}

/** What one row opens: the page, the view, the size, and the document text handed to the page at the fit view. */
interface Setup {
  kind: Row['page'];
  view: Row['view'];
  nodes: number;
  fitText?: string;
}

/** Opens the page and waits for its first drawing; returns the first-render time. */
async function open(page: Page, base: string, setup: Setup, reload = false): Promise<number> {
  if (reload) await page.reload();
  else await page.goto(`${base}/bench/${setup.kind}?n=${setup.nodes}${setup.view === 'fit' ? '&fixture=fit' : ''}`);
  await page.waitForFunction(() => window.__benchFirstRender !== undefined, undefined, { timeout: 120_000 });
  const firstRender = await page.evaluate(() => window.__benchFirstRender!);
  await page.waitForTimeout(setup.view === 'fit' ? 1_000 : 300);
  return firstRender;
}

/** A point on the empty pane, from which a press pans: the left margin first, then a grid over the canvas. */
async function emptyPanePoint(page: Page, kind: string): Promise<{ x: number; y: number }> {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error(`${kind}: no pane`);
  const candidates = [{ x: pane.x + 60, y: pane.y + pane.height / 2 }];
  for (let fy = 0.1; fy < 1; fy += 0.1) for (let fx = 0.05; fx < 1; fx += 0.05) candidates.push({ x: pane.x + pane.width * fx, y: pane.y + pane.height * fy });
  // Not on a shape of the outline picture either: the pointer there would bring a node to press.
  const found = await page.evaluate(
    (points) => {
      const shapes = [...document.querySelectorAll('.vc-picture-shape')].map((g) => g.getBoundingClientRect());
      return points.find(
        ({ x, y }) =>
          document.elementFromPoint(x, y)?.classList.contains('react-flow__pane') === true && !shapes.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
      );
    },
    candidates,
  );
  if (!found) throw new Error(`${kind}: no empty pane to start a pan from`);
  return found;
}

/**
 * Where to press to drag the node: inside its box, on the node itself and not on a handle (a
 * press there draws a connection instead). At the fit view a node is a few pixels wide and a
 * handle may cover its middle, so points across the box are tried.
 */
async function grip(page: Page, kind: string, id: string): Promise<{ x: number; y: number }> {
  const selector = `.react-flow__node[data-id="${id}"]`;
  // A large network at the outline level is a picture, and React Flow holds a node only for the
  // shape under the pointer (components/editor/canvas/picture/): the pointer goes there first, as a
  // user's does before pressing.
  const pictured = page.locator(`.vc-picture-shape[data-id="${id}"] > .vc-picture-box`);
  if ((await page.locator(selector).count()) === 0 && (await pictured.count()) === 1) {
    const shape = (await pictured.boundingBox())!;
    await page.mouse.move(shape.x + shape.width / 2, shape.y + shape.height / 2);
    await page.locator(selector).waitFor({ state: 'attached' });
  }
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${kind}: node ${id} is not in view`);
  const candidates = [{ x: box.x + box.width / 2, y: box.y + Math.min(24, box.height / 2) }];
  for (let fy = 0.1; fy < 1; fy += 0.2) for (let fx = 0.1; fx < 1; fx += 0.2) candidates.push({ x: box.x + box.width * fx, y: box.y + box.height * fy });
  const found = await page.evaluate(
    ({ points, selector }) =>
      points.find(({ x, y }) => {
        const hit = document.elementFromPoint(x, y);
        return hit?.closest(selector) && !hit.closest('.react-flow__handle, .nodrag');
      }),
    { points: candidates, selector },
  );
  if (!found) throw new Error(`${kind}: no point of node ${id} where a press would drag it`);
  return found;
}

async function measure(browser: Browser, base: string, setup: Setup): Promise<Row> {
  const { kind, view, nodes } = setup;
  const fit = view === 'fit';
  const frames = fit ? FIT_FRAMES : FRAMES;
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  if (setup.fitText !== undefined) await page.addInitScript({ content: `window.__benchDocumentText = ${JSON.stringify(setup.fitText)};` });
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  const firstRender = await open(page, base, setup);
  const zoom = await page.evaluate(() => {
    const transform = (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '';
    return Number(/scale\(([\d.e-]+)\)/.exec(transform)?.[1] ?? NaN);
  });

  // Pan first, from the empty pane (at zoom 1 the view leaves 160 px of it on the left). Measured
  // after the drag, it could start on a node: the drag may auto-pan the view, and the gesture would
  // then drag that node instead of panning.
  const panStart = await emptyPanePoint(page, kind);
  await gesture(page, '.react-flow__viewport', panStart, 1, 0, 20);
  const pan = await gesture(page, '.react-flow__viewport', panStart, -2, -1, frames);

  // Then the drag, on the page as it opened.
  await open(page, base, setup, true);
  const dragged = fit ? FIT_DRAGGED_NODE : DRAGGED_NODE;
  const nodeSelector = `.react-flow__node[data-id="${dragged}"]`;
  // A short warm-up drag, then the measured one.
  await gesture(page, nodeSelector, await grip(page, kind, dragged), 1, 0, 20);
  const drag = await gesture(page, nodeSelector, await grip(page, kind, dragged), 1, 0.5, frames);
  if (problems.length) console.warn(`${kind} ${nodes}: console problems:\n  ${problems.join('\n  ')}`);
  await page.close();
  return { page: kind, view, nodes, zoom, firstRender, drag, pan };
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');

const moved = (g: Gesture) => `${f1(g.perUpdate)} (${g.updates}/${g.moves})`;

function table(rows: readonly Row[]): string {
  const lines = [
    '| page | view | nodes | zoom | first render ms | pan ms / update (drawn/moves) | pan interval median / p95 | pan main thread ms / update | drag ms / update (drawn/moves) | drag interval median / p95 | drag main thread ms / update |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.page} | ${r.view} | ${r.nodes} | ${r.zoom.toFixed(3)} | ${f0(r.firstRender)} | ${moved(r.pan)} | ${f1(r.pan.median)} / ${f1(r.pan.p95)} | ${f1(r.pan.mainThreadPerUpdate)} | ${moved(r.drag)} | ${f1(r.drag.median)} / ${f1(r.drag.p95)} | ${f1(r.drag.mainThreadPerUpdate)} |`,
    );
  }
  return lines.join('\n');
}

/** Editor against baseline at the fit view: ms per visual update and main thread per update, and their ratios. */
function fitTable(rows: readonly Row[]): string {
  const lines = [
    '| gesture | nodes | editor ms / update | bare ms / update | ratio | editor main thread ms / update | bare main thread ms / update | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const nodes of FIT_SIZES) {
    const editor = rows.find((r) => r.view === 'fit' && r.page === 'editor' && r.nodes === nodes);
    const bare = rows.find((r) => r.view === 'fit' && r.page === 'baseline' && r.nodes === nodes);
    if (!editor || !bare) continue;
    for (const name of ['pan', 'drag'] as const) {
      const e = editor[name];
      const b = bare[name];
      lines.push(
        `| ${name} | ${nodes} | ${moved(e)} | ${moved(b)} | ${f1(e.perUpdate / b.perUpdate)}× | ${f1(e.mainThreadPerUpdate)} | ${f1(b.mainThreadPerUpdate)} | ${f1(e.mainThreadPerUpdate / b.mainThreadPerUpdate)}× |`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!flag('--no-build')) buildApp();
  const server = await startApp(PORT);
  try {
    const browser = await launchChromium();
    const setups: Setup[] = [];
    for (const nodes of SIZES) for (const kind of ['baseline', 'editor'] as const) setups.push({ kind, view: 'zoom 1', nodes });
    for (const nodes of FIT_SIZES) {
      const fitText = await fitFixtureText(nodes, flag('--relayout'));
      for (const kind of ['baseline', 'editor'] as const) setups.push({ kind, view: 'fit', nodes, fitText });
    }
    const rows: Row[] = [];
    for (const setup of setups) {
      const row = await measure(browser, server.base, setup);
      rows.push(row);
      console.log(
        `${row.page} ${row.view} ${row.nodes} (zoom ${row.zoom.toFixed(3)}): first render ${f0(row.firstRender)} ms, ` +
          `pan ${moved(row.pan)} ms/update (${f1(row.pan.mainThreadPerUpdate)} main thread), drag ${moved(row.drag)} ms/update (${f1(row.drag.mainThreadPerUpdate)} main thread)`,
      );
    }
    await browser.close();
    console.log(`\n${table(rows)}\n`);
    if (FIT_SIZES.length > 0) console.log(`At the fit view, editor against the bare page:\n\n${fitTable(rows)}\n`);

    let missed = false;
    const at = (kind: Row['page']) => rows.find((r) => r.view === 'zoom 1' && r.page === kind && r.nodes === TARGET.nodes);
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
    for (const nodes of FIT_SIZES) {
      const editor = rows.find((r) => r.view === 'fit' && r.page === 'editor' && r.nodes === nodes);
      const bare = rows.find((r) => r.view === 'fit' && r.page === 'baseline' && r.nodes === nodes);
      if (!editor || !bare) continue;
      for (const name of ['pan', 'drag'] as const) {
        const ratio = editor[name].perUpdate / bare[name].perUpdate;
        const ok = ratio <= TARGET.ratio;
        console.log(`${ok ? 'ok  ' : 'MISS'} fit view, ${nodes} nodes: editor/baseline ${name} ms per visual update ${f1(ratio)}× ≤ ${TARGET.ratio}×`);
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
