/**
 * `npm run bench:layout` (`tsx bench/layout-bench.ts`): how long the auto-layout takes and how
 * readable its result is, on generated AWS-shaped networks of about 50, 200 and 1,000 nodes
 * (model/layout/sample-networks.ts: regions with a transit gateway and VPCs of public and private
 * subnets in two AZs, on-premises sites on Direct Connect and VPN, peerings and flows).
 *
 * Prints a markdown table: the first call (a fresh ELK instance; the very first row also pays for
 * warming up ELK's code), the median of the later calls, edge crossings (pairs of routed segments
 * that cross), the diagram's size and aspect ratio. Target: 200 nodes in under 1 s in Node; the
 * exit status is 1 when the median misses it.
 *
 * Other sizes: `npm run bench:layout -- 100 500`.
 */
import { layoutDocument } from '../model/layout/layout-document';
import { createNodeElk } from '../model/layout/node-elk';
import { countCrossings, edgesThroughBoxes, siblingOverlaps } from '../model/layout/quality';
import { sampleOfSize } from '../model/layout/sample-networks';
import type { LayoutResult } from '../model/layout/types';

const SIZES = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (SIZES.length === 0) SIZES.push(50, 200, 1_000);
const LATER_RUNS = 5;
const TARGET: { nodes: number; ms: number } = { nodes: 200, ms: 1_000 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (value: number) => value.toFixed(0);

async function main(): Promise<void> {
  const rows: string[] = [];
  let missed = false;
  for (const size of SIZES) {
    const doc = sampleOfSize(size);
    const elk = createNodeElk();
    let start = performance.now();
    let result: LayoutResult = await layoutDocument(doc, { elk });
    const first = performance.now() - start;
    const later: number[] = [];
    for (let i = 0; i < LATER_RUNS; i++) {
      start = performance.now();
      result = await layoutDocument(doc, { elk });
      later.push(performance.now() - start);
    }
    const crossings = countCrossings(result.routes.values());
    const bends = [...result.routes.values()].reduce((sum, r) => sum + Math.max(0, r.points.length - 2), 0);
    const problems = siblingOverlaps(result.document).length + edgesThroughBoxes(result.document, result.routes).length;
    const { width, height } = result.bounds;
    const laterMedian = median(later);
    let target = '—';
    if (size === TARGET.nodes) {
      target = laterMedian < TARGET.ms ? `< ${TARGET.ms} ms ✓` : `< ${TARGET.ms} ms ✗`;
      missed = laterMedian >= TARGET.ms;
    }
    rows.push(
      `| ${doc.nodes.length} | ${doc.connections.length} | ${ms(first)} | ${ms(laterMedian)} | ${crossings} | ${bends} | ${problems} | ${ms(width)} × ${ms(height)} | ${(width / height).toFixed(2)} | ${target} |`,
    );
    process.stderr.write(`laid out ${doc.nodes.length} nodes\n`);
  }
  console.log('| nodes | connections | first call (ms) | later calls, median (ms) | edge crossings | bends | overlaps + edges through boxes | size (px) | aspect | target |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | ---: | :--- |');
  for (const row of rows) console.log(row);
  if (missed) process.exitCode = 1;
}

await main();
