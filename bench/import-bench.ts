/**
 * `npm run bench:import`: importing AWS describe output of 100, 1,000 and 5,000 VPCs in Node,
 * against reading the same text with JSON.parse alone (the bare cost of the input). Median of
 * five runs after one warm-up.
 */
import { importAws } from '../model/import/aws/import-aws';
import { generateAwsDescribe } from './generate-aws-describe';
import { median } from './stats';

const SIZES = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (SIZES.length === 0) SIZES.push(100, 1_000, 5_000);
const TARGET_MS: Record<number, number> = { 1_000: 3_000 };
const RUNS = 5;

function timeRuns(fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows: string[] = [];
for (const size of SIZES) {
  const files = generateAwsDescribe(size);
  const megabytes = files.reduce((sum, f) => sum + f.text.length, 0) / 1e6;
  const bare = timeRuns(() => files.forEach((f) => JSON.parse(f.text)));
  let nodes = 0;
  const imported = timeRuns(() => {
    nodes = importAws(files).document.nodes.length;
  });
  const target = TARGET_MS[size];
  const verdict = target === undefined ? '—' : `< ${target} ${imported < target ? '✓' : '✗'}`;
  rows.push(`| ${size.toLocaleString('en')} | ${nodes.toLocaleString('en')} | ${megabytes.toFixed(1)} | ${bare.toFixed(1)} | ${imported.toFixed(1)} (${verdict}) | ${(imported / bare).toFixed(1)}× |`);
  process.stderr.write(`${size} VPCs done\n`);
}
console.log('| VPCs | nodes | input MB | JSON.parse ms | importAws ms (target) | ratio |');
console.log('| ---: | ---: | ---: | ---: | --- | ---: |');
for (const row of rows) console.log(row);
