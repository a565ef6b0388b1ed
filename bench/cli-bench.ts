/**
 * `npm run bench:cli`: how long the `vpc-canvas` command takes as a process, the way a person or
 * a CI job runs it, against the least any such process could take:
 * - start-up: `validate` on a small file and `rules`, against `node -e 0`;
 * - size: `validate` on generated documents of 1,000 and 10,000 VPCs (flows proportional to the
 *   size: one per 20 VPCs), against a process that only reads the same file and `JSON.parse`s it.
 * Also the same commands run from the TypeScript sources through tsx, as the command ran before
 * it was bundled. Each row is the median of several runs, the rows of a comparison interleaved so
 * that the machine's load falls on both alike. Builds the bundle first (scripts/build-cli.mjs).
 *
 *   npm run bench:cli [-- --runs 9]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTopology } from './generate-topology';
import { median } from './stats';

const root = fileURLToPath(new URL('..', import.meta.url));
const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag === -1 ? 7 : Math.max(1, Number(process.argv[runsFlag + 1]) || 7);
/** Runs for the 10,000-VPC rows, each of which takes seconds. */
const BIG_RUNS = Math.max(3, Math.ceil(RUNS / 2));
const progress = (text: string) => process.stderr.write(`${text}\n`);

/** A command to time: its arguments after `node`. */
interface Command {
  label: string;
  args: string[];
}

const bin = join(root, 'cli/bin.mjs');
const node = (label: string, ...args: string[]): Command => ({ label, args });
const vpcCanvas = (...args: string[]): Command => node(`vpc-canvas ${args.join(' ')}`, bin, ...args);
const fromSources = (...args: string[]): Command => node(`sources via tsx: ${args.join(' ')}`, '--import', 'tsx', join(root, 'cli/entry.ts'), ...args);
const readAndParse = (file: string): Command => node('read + JSON.parse', '-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`);

/**
 * CPU ms (user + system) used so far by this process's finished children, from /proc (Linux; in
 * clock ticks of 10 ms): less disturbed than wall time by other work on a shared machine.
 * Undefined where /proc is not there.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: cutime and cstime are the 16th and 17th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

interface Sample {
  wall: number;
  cpu?: number;
}

/** One run's wall-clock and CPU ms; fails loudly when the command does not exit as `expected` says. */
function timeOnce(command: Command, cwd: string, expected: readonly number[]): Sample {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(process.execPath, command.args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const wall = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (!expected.includes(result.status ?? -1)) {
    throw new Error(`${command.label} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  }
  return { wall, ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpu: cpuAfter - cpuBefore } : {}) };
}

/** Median wall and CPU ms of each command, run in turn `runs` times (interleaved, after one untimed warm-up each). */
function measure(commands: Command[], runs: number, cwd: string, expected: readonly number[] = [0, 1]): Sample[] {
  for (const command of commands) timeOnce(command, cwd, expected);
  const samples = commands.map(() => [] as Sample[]);
  for (let r = 0; r < runs; r++) commands.forEach((command, i) => samples[i]!.push(timeOnce(command, cwd, expected)));
  return samples.map((list) => {
    const cpu = list.map((s) => s.cpu).filter((c): c is number => c !== undefined);
    return { wall: median(list.map((s) => s.wall)), ...(cpu.length === list.length ? { cpu: median(cpu) } : {}) };
  });
}

interface Row {
  what: string;
  input: string;
  ms: Sample;
  baseline: string;
  baselineMs: Sample;
  /** The most the wall-clock ratio may be. */
  target?: number;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const cpuRatio = (row: Row) =>
  row.ms.cpu !== undefined && row.baselineMs.cpu ? `${(row.ms.cpu / row.baselineMs.cpu).toFixed(2)}×` : '—';

function table(rows: Row[]): string {
  const lines = [
    '| command | input | wall ms | CPU ms | baseline | baseline wall / CPU ms | wall ratio | CPU ratio | target (wall) |',
    '| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    const ratio = row.ms.wall / row.baselineMs.wall;
    const target = row.target === undefined ? '—' : `≤ ${row.target}× ${ratio <= row.target ? 'met' : '**missed**'}`;
    const cpu = (sample: Sample) => (sample.cpu === undefined ? '—' : fmt(sample.cpu));
    lines.push(
      `| ${row.what} | ${row.input} | ${fmt(row.ms.wall)} | ${cpu(row.ms)} | ${row.baseline} | ${fmt(row.baselineMs.wall)} / ${cpu(row.baselineMs)} | ${ratio.toFixed(2)}× | ${cpuRatio(row)} | ${target} |`,
    );
  }
  return lines.join('\n');
}

function main(): void {
  progress('building the command line (scripts/build-cli.mjs)…');
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { stdio: ['ignore', process.stderr, process.stderr] });
  if (build.status !== 0) throw new Error('the build failed');

  const dir = mkdtempSync(join(tmpdir(), 'vpc-canvas-cli-bench-'));
  try {
    const small = join(root, 'examples/three-tier.json');
    const sizes = [1_000, 10_000].map((vpcs) => {
      const file = join(dir, `vpcs-${vpcs}.json`);
      const generated = generateTopology(vpcs);
      writeFileSync(file, JSON.stringify(generated.value, null, 2));
      const flows = generated.value.connections.filter((c) => c.kind === 'flow').length;
      return { vpcs, file, flows, nodes: generated.value.nodes.length, mb: statSync(file).size / (1024 * 1024) };
    });

    const rows: Row[] = [];
    progress(`start-up: ${RUNS} runs each…`);
    const startUp = [
      node('node -e 0', '-e', '0'),
      vpcCanvas('validate', small),
      vpcCanvas('rules'),
      vpcCanvas('--version'),
      fromSources('validate', small),
    ];
    const [nodeMs, validateMs, rulesMs, versionMs, sourcesMs] = measure(startUp, RUNS, root);
    const baseline = { baseline: '`node -e 0`', baselineMs: nodeMs! };
    rows.push({ what: '`validate` (bundle)', input: 'examples/three-tier.json', ms: validateMs!, ...baseline, target: 3 });
    rows.push({ what: '`rules` (bundle)', input: '—', ms: rulesMs!, ...baseline, target: 3 });
    rows.push({ what: '`--version` (bundle)', input: '—', ms: versionMs!, ...baseline });
    rows.push({ what: '`validate` from the sources via tsx (before)', input: 'examples/three-tier.json', ms: sourcesMs!, ...baseline });

    for (const size of sizes) {
      const runs = size.vpcs >= 10_000 ? BIG_RUNS : RUNS;
      progress(`${size.vpcs.toLocaleString('en-US')} VPCs (${size.mb.toFixed(1)} MB): ${runs} runs each…`);
      const input = `${size.vpcs.toLocaleString('en-US')} VPCs, ${size.nodes.toLocaleString('en-US')} nodes, ${size.flows} flows, ${size.mb.toFixed(1)} MB`;
      const [parseMs, textMs, jsonMs, sarifMs] = measure(
        [readAndParse(size.file), vpcCanvas('validate', size.file), vpcCanvas('validate', size.file, '--format', 'json'), vpcCanvas('validate', size.file, '--format', 'sarif')],
        runs,
        root,
      );
      const base = { input, baseline: 'read + `JSON.parse`', baselineMs: parseMs! };
      rows.push({ what: '`validate` (bundle)', ms: textMs!, ...base, target: 6 });
      rows.push({ what: '`validate --format json` (bundle)', ms: jsonMs!, ...base });
      rows.push({ what: '`validate --format sarif` (bundle)', ms: sarifMs!, ...base });
    }

    console.log(`\n## CLI start-up and size (${new Date().toISOString().slice(0, 16)}Z, Node ${process.version}, median of ${RUNS} runs; ${BIG_RUNS} at 10,000 VPCs)\n`);
    console.log(table(rows));
    console.log(
      '\nWall: the whole process, spawned from this script; CPU: its user + system time (10 ms ticks). Targets are issue 13\'s, on wall time.',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
