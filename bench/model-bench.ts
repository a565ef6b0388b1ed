/**
 * `npm run bench:model`: how the model scales. Generates topologies of 100, 1,000 and 10,000 VPCs
 * (bench/generate-topology.ts) and prints a markdown table of parse, validate, canConnect and
 * reach times and peak memory, with the targets beside them. When validation misses its target,
 * a second table times each rule's `check` on its own, to show which rules cost most.
 *
 * Every validate run gets a fresh document object (parsed again, untimed), because `validate`,
 * the topology index and the reach graph are cached per document object.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { canConnect } from '../model/connect';
import { parseDocument } from '../model/document/parse';
import type { TopologyDocument } from '../model/document/types';
import { indexOf } from '../model/graph/topology-index';
import { reach, reachMatrix } from '../model/reach/reach';
import { reachMatrix as reviewMatrix } from '../model/review/reach-matrix';
import { RULES } from '../model/all-rules';
import { makeRoutesExplicit } from '../model/routing/make-explicit';
import { summarize } from '../model/rules/finding';
import { validate } from '../model/validate';
import { generateTopology, pick, seededRandom } from './generate-topology';
import { median, percentile } from './stats';

/** Sizes to run: 100, 1,000 and 10,000 VPCs, or the numbers given (`npm run bench:model -- 1000`). */
const SIZES = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
if (SIZES.length === 0) SIZES.push(100, 1_000, 10_000);
const FLOW_RULE = 'flow-no-path';
/** Validation targets per size, in ms (the brief's budget); sizes without one print "—". */
const VALIDATE_TARGET_MS: Record<number, number> = { 1_000: 50, 10_000: 1_000 };
const CAN_CONNECT_TARGET_MS = 1;
const CAN_CONNECT_CALLS = 500;
const REACH_WARM_PAIRS = 200;
const MATRIX_NETWORKS = 200;
/** Rows of the review page's matrix (VPCs and on-premises sites; the internet is one more column); the target is 1.5 s. */
const REVIEW_NETWORKS = 400;
const REVIEW_TARGET_MS = 1_500;
/** The flow density of the proportional-flows column: one flow per this many VPCs (the main rows keep one per 20). */
const DENSE_FLOWS_PER = 5;

const progress = (text: string) => process.stderr.write(`${text}\n`);

// A collector to call, so that "held" memory is measured after garbage is gone (the npm script runs plain tsx).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);
const thousands = (n: number) => n.toLocaleString('en-US');

/** The process's heap high-water mark, sampled after each measured step (RSS comes from the kernel's own). */
let heapHigh = 0;
function sampleMemory(): void {
  heapHigh = Math.max(heapHigh, process.memoryUsage().heapUsed);
}

interface SizeResult {
  vpcs: number;
  nodes: number;
  connections: number;
  flows: number;
  jsonBytes: number;
  parseMs: number;
  /** `JSON.parse` of the same text, the floor any work on the document sits on. */
  jsonParseMs: number;
  validateMs: number;
  validateRuns: number;
  /** Validation with every rule but the flow rule (which runs `reach` for each flow). */
  validateNoFlowsMs: number;
  findings: string;
  canConnectMedian: number;
  canConnectP95: number;
  canConnectMax: number;
  reachColdMs: number;
  reachWarmMs: number;
  matrixMs: number;
  matrixReachable: number;
  /** The same document with one flow per DENSE_FLOWS_PER VPCs. */
  denseFlows: number;
  denseValidateMs: number;
  /** The review page's matrix among REVIEW_NETWORKS networks, on a fresh document. */
  reviewNetworks: number;
  reviewMs: number;
  rssMb: string;
  heapMb: string;
  /** Heap still held, after garbage collection, by one parsed and validated document with its caches. */
  heldMb: string;
}

/** Runs of `fn` on fresh documents until `runs` are done or `budgetMs` is spent (at least 3). */
function timedRuns(text: string, runs: number, budgetMs: number, fn: (doc: TopologyDocument) => void): number[] {
  const times: number[] = [];
  const started = performance.now();
  while (times.length < runs && (times.length < 3 || performance.now() - started < budgetMs)) {
    const doc = parseDocument(text);
    const [, t] = time(() => fn(doc));
    times.push(t);
    sampleMemory();
  }
  return times;
}

function measure(vpcs: number): { result: SizeResult; text: string } {
  progress(`generating ${thousands(vpcs)} VPCs…`);
  const generated = generateTopology(vpcs, 20_261_101);
  const text = JSON.stringify(generated.value);
  const random = seededRandom(vpcs);
  sampleMemory();

  progress('  parse');
  const parseTimes = Array.from({ length: vpcs >= 10_000 ? 5 : 9 }, () => time(() => parseDocument(text))[1]);
  const jsonParseTimes = Array.from({ length: vpcs >= 10_000 ? 5 : 9 }, () => time(() => JSON.parse(text) as unknown)[1]);
  const doc = parseDocument(text);

  progress('  validate');
  // Warm up the code paths (JIT), then measure on fresh documents.
  validate(parseDocument(text));
  let findings = validate(doc);
  const validateTimes = timedRuns(text, vpcs >= 10_000 ? 3 : 9, 20_000, (fresh) => {
    findings = validate(fresh);
  });
  const summary = summarize(findings);
  const withoutFlows = RULES.filter((r) => r.id !== FLOW_RULE);
  const noFlowTimes = timedRuns(text, vpcs >= 10_000 ? 3 : 9, 15_000, (fresh) => void validate(fresh, withoutFlows));

  progress('  canConnect');
  const ccDoc = parseDocument(text);
  canConnect(ccDoc, generated.vpcIds[0]!, generated.vpcIds[1]!);
  const ccTimes: number[] = [];
  for (let i = 0; i < CAN_CONNECT_CALLS; i++) {
    const [a, b] =
      i % 2 === 0
        ? [pick(random, generated.vpcIds), pick(random, generated.vpcIds)]
        : [pick(random, generated.vpcIds), pick(random, generated.tgwIds)];
    ccTimes.push(time(() => canConnect(ccDoc, a, b))[1]);
  }
  sampleMemory();

  progress('  reach');
  const networks = [...generated.vpcIds, ...generated.siteIds];
  const coldTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const fresh = parseDocument(text);
    coldTimes.push(time(() => reach(fresh, pick(random, networks), pick(random, networks)))[1]);
  }
  const reachDoc = parseDocument(text);
  reach(reachDoc, generated.vpcIds[0]!, generated.vpcIds[1]!);
  const warmTimes: number[] = [];
  for (let i = 0; i < REACH_WARM_PAIRS; i++) {
    const from = pick(random, networks);
    const to = pick(random, networks);
    warmTimes.push(time(() => reach(reachDoc, from, to))[1]);
  }
  sampleMemory();

  progress('  reach matrix');
  const chosen = new Set<string>();
  const siteShare = Math.min(generated.siteIds.length, 20);
  while (chosen.size < siteShare) chosen.add(pick(random, generated.siteIds));
  while (chosen.size < Math.min(MATRIX_NETWORKS, networks.length)) chosen.add(pick(random, generated.vpcIds));
  // A fresh document: the matrix pays for its graph, as a user's first question would.
  const matrixDoc = parseDocument(text);
  const [matrix, matrixMs] = time(() => reachMatrix(matrixDoc, [...chosen]));
  const matrixReachable = matrix.reduce((n, row) => n + row.filter((r) => r.reachable).length, 0);
  sampleMemory();

  progress('  review matrix');
  const reviewIds = new Set<string>(chosen);
  while (reviewIds.size < Math.min(REVIEW_NETWORKS, networks.length)) reviewIds.add(pick(random, networks));
  const reviewDoc = parseDocument(text);
  const [review, reviewMs] = time(() => reviewMatrix(reviewDoc, [...reviewIds]));
  sampleMemory();

  progress(`  validate, one flow per ${DENSE_FLOWS_PER} VPCs`);
  const dense = generateTopology(vpcs, 20_261_101, DENSE_FLOWS_PER);
  const denseText = JSON.stringify(dense.value);
  validate(parseDocument(denseText));
  const denseTimes = timedRuns(denseText, vpcs >= 10_000 ? 3 : 9, 30_000, (fresh) => void validate(fresh));
  sampleMemory();

  const rss = process.resourceUsage().maxRSS * 1024;
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const held = parseDocument(text);
  validate(held);
  collectGarbage();
  const heldBytes = process.memoryUsage().heapUsed - before;
  if (validate(held).length !== findings.length) throw new Error('validation is not deterministic');
  return {
    text,
    result: {
      vpcs,
      nodes: generated.value.nodes.length,
      connections: generated.value.connections.length,
      flows: generated.value.connections.filter((c) => c.kind === 'flow').length,
      jsonBytes: Buffer.byteLength(text),
      parseMs: median(parseTimes),
      jsonParseMs: median(jsonParseTimes),
      validateMs: median(validateTimes),
      validateRuns: validateTimes.length,
      validateNoFlowsMs: median(noFlowTimes),
      findings: `${summary.errors} / ${summary.warnings} / ${summary.infos}`,
      canConnectMedian: median(ccTimes),
      canConnectP95: percentile(ccTimes, 95),
      canConnectMax: Math.max(...ccTimes),
      reachColdMs: median(coldTimes),
      reachWarmMs: median(warmTimes),
      matrixMs,
      matrixReachable,
      denseFlows: dense.value.connections.filter((c) => c.kind === 'flow').length,
      denseValidateMs: median(denseTimes),
      reviewNetworks: review.rows.length,
      reviewMs,
      rssMb: mb(rss),
      heapMb: mb(heapHigh),
      heldMb: mb(heldBytes),
    },
  };
}

/** Targets of the explicitly routed rows (issue 10), in ms. */
const ROUTED_VALIDATE_TARGET_MS: Record<number, number> = { 1_000: 100, 10_000: 2_000 };
const ROUTED_REACH_TARGET_MS = 5;
const MAKE_EXPLICIT_TARGET_MS: Record<number, number> = { 1_000: 500 };

interface RoutedResult {
  vpcs: number;
  tables: number;
  routes: number;
  jsonBytes: number;
  makeExplicitMs: number;
  validateMs: number;
  validateRuns: number;
  findings: string;
  reachColdMs: number;
  reachWarmMs: number;
}

/**
 * The same generated network with every VPC and transit gateway explicitly routed (by
 * `makeRoutesExplicit`, the editor's "Make routes explicit"): how long that takes, and validation
 * and reach on the routed document.
 */
function measureRouted(vpcs: number): RoutedResult {
  progress(`routed: ${thousands(vpcs)} VPCs`);
  const generated = generateTopology(vpcs, 20_261_101);
  const source = parseDocument(JSON.stringify(generated.value));
  makeRoutesExplicit(parseDocument(JSON.stringify(generated.value)));
  const makeTimes: number[] = [];
  let made = makeRoutesExplicit(source);
  for (let i = 0; i < (vpcs >= 10_000 ? 3 : 9); i++) {
    const fresh = parseDocument(JSON.stringify(generated.value));
    const [result, t] = time(() => makeRoutesExplicit(fresh));
    made = result;
    makeTimes.push(t);
  }
  sampleMemory();
  const text = JSON.stringify(made.document);
  progress('  validate');
  validate(parseDocument(text));
  let findings = validate(parseDocument(text));
  const validateTimes = timedRuns(text, vpcs >= 10_000 ? 3 : 9, 20_000, (fresh) => {
    findings = validate(fresh);
  });
  progress('  reach');
  const random = seededRandom(vpcs + 1);
  const networks = [...generated.vpcIds, ...generated.siteIds];
  const coldTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const fresh = parseDocument(text);
    coldTimes.push(time(() => reach(fresh, pick(random, networks), pick(random, networks)))[1]);
  }
  const reachDoc = parseDocument(text);
  reach(reachDoc, generated.vpcIds[0]!, generated.vpcIds[1]!);
  const warmTimes: number[] = [];
  for (let i = 0; i < REACH_WARM_PAIRS; i++) {
    const from = pick(random, networks);
    const to = pick(random, networks);
    warmTimes.push(time(() => reach(reachDoc, from, to))[1]);
  }
  sampleMemory();
  const summary = summarize(findings);
  return {
    vpcs,
    tables: made.added.vpcTables + made.added.tgwTables,
    routes: made.added.routes,
    jsonBytes: Buffer.byteLength(text),
    makeExplicitMs: median(makeTimes),
    validateMs: median(validateTimes),
    validateRuns: validateTimes.length,
    findings: `${summary.errors} / ${summary.warnings} / ${summary.infos}`,
    reachColdMs: median(coldTimes),
    reachWarmMs: median(warmTimes),
  };
}

/** Each rule's `check` timed on its own (median over fresh documents), most expensive first. */
function profileRules(text: string, runs: number): Array<{ name: string; ms: number }> {
  const times = new Map<string, number[]>();
  const add = (name: string, t: number) => (times.get(name) ?? times.set(name, []).get(name)!).push(t);
  for (let run = 0; run < runs; run++) {
    const doc = parseDocument(text);
    const [index, buildMs] = time(() => indexOf(doc));
    add('(index build)', buildMs);
    // Props and regions are cached in the index; warm them so the first rule to read them is not charged.
    const [, warmMs] = time(() => {
      for (const node of index.nodes()) {
        index.props(node);
        index.regionOf(node);
      }
      for (const connection of index.connections()) index.connectionProps(connection);
    });
    add('(index props and regions)', warmMs);
    for (const rule of RULES) add(rule.id, time(() => rule.check(index))[1]);
    sampleMemory();
  }
  return [...times].map(([name, list]) => ({ name, ms: median(list) })).sort((a, b) => b.ms - a.ms);
}

function target(value: number, limit: number | undefined): string {
  if (limit === undefined) return `${ms(value)}`;
  return `${ms(value)} (< ${thousands(limit)} ${value < limit ? '✓' : '✗'})`;
}

function main(): void {
  const started = performance.now();
  const results: Array<{ result: SizeResult; text: string }> = [];
  for (const vpcs of SIZES) results.push(measure(vpcs));

  const lines = [
    `Model benchmark: Node ${process.version}, ${process.platform}/${process.arch}, ${RULES.length} rules registered.`,
    '',
    `| VPCs | nodes / connections (flows) | JSON MB | parse ms | validate ms, median (target) | validate without flows ms | findings e / w / i | canConnect ms, median / p95 / max (target < 1) | reach 1 pair ms, cold / warm | reach 200 × 200 ms (reachable) | peak RSS / heapUsed MB | held by a validated doc MB | validate ms, 1 flow per ${DENSE_FLOWS_PER} VPCs (flows) | review matrix ms, networks (target) |`,
    '| ---: | --- | ---: | ---: | --- | ---: | --- | --- | --- | --- | --- | ---: | --- | --- |',
  ];
  for (const { result: r } of results) {
    lines.push(
      `| ${thousands(r.vpcs)} | ${thousands(r.nodes)} / ${thousands(r.connections)} (${thousands(r.flows)}) | ${(r.jsonBytes / 1e6).toFixed(1)} | ${ms(r.parseMs)} | ` +
        `${target(r.validateMs, VALIDATE_TARGET_MS[r.vpcs])} ×${r.validateRuns} | ${ms(r.validateNoFlowsMs)} | ${r.findings} | ` +
        `${ms(r.canConnectMedian)} / ${ms(r.canConnectP95)} / ${ms(r.canConnectMax)} ${r.canConnectMedian < CAN_CONNECT_TARGET_MS ? '✓' : '✗'} | ` +
        `${ms(r.reachColdMs)} / ${ms(r.reachWarmMs)} | ${ms(r.matrixMs)} (${thousands(r.matrixReachable)}) | ${r.rssMb} / ${r.heapMb} | ${r.heldMb} | ` +
        `${ms(r.denseValidateMs)} (${thousands(r.denseFlows)}) | ${ms(r.reviewMs)}, ${thousands(r.reviewNetworks)} (< ${thousands(REVIEW_TARGET_MS)} ${r.reviewMs < REVIEW_TARGET_MS ? '✓' : '✗'}) |`,
    );
  }
  lines.push(
    '',
    `Validate: median over fresh document objects (×runs); "without flows" leaves out ${FLOW_RULE}, which runs reach for every flow (both ways when bidirectional). ` +
      `canConnect: ${CAN_CONNECT_CALLS} calls per size, half random VPC pairs, half VPC–transit gateway pairs. ` +
      `reach cold: first question on a fresh document (builds the graph); warm: median of ${REACH_WARM_PAIRS} random network pairs. ` +
      `Matrix: every ordered pair among ${MATRIX_NETWORKS} networks (VPCs and on-premises sites) on a fresh document. ` +
      `Proportional flows: the same generator with one flow per ${DENSE_FLOWS_PER} VPCs instead of 20, validated whole (median over fresh documents). ` +
      `Review matrix: the review page's table (model/review/reach-matrix.ts) among ${REVIEW_NETWORKS} networks (the matrix's ${MATRIX_NETWORKS} and more VPCs), internet column included, on a fresh document. ` +
      'Peak RSS is the process high-water mark so far; heapUsed is sampled after each step; ' +
      '"held" is the heap one parsed, validated document keeps after garbage collection (index, validation and reach caches).',
  );

  lines.push(
    '',
    `Review matrix beside the same run's floors: \`JSON.parse\` of the document, and the grouped \`reachMatrix\` of model/reach/reach.ts among ${MATRIX_NETWORKS} networks (a quarter of the review's cells):`,
    '',
    `| VPCs | JSON.parse ms | reach ${MATRIX_NETWORKS} × ${MATRIX_NETWORKS} ms | review matrix ms, networks | review ÷ JSON.parse | review ÷ reach ${MATRIX_NETWORKS} × ${MATRIX_NETWORKS} |`,
    '| ---: | ---: | ---: | --- | ---: | ---: |',
    ...results.map(
      ({ result: r }) =>
        `| ${thousands(r.vpcs)} | ${ms(r.jsonParseMs)} | ${ms(r.matrixMs)} | ${ms(r.reviewMs)}, ${thousands(r.reviewNetworks)} | ${(r.reviewMs / r.jsonParseMs).toFixed(1)}× | ${(r.reviewMs / r.matrixMs).toFixed(2)}× |`,
    ),
  );

  const routed = SIZES.filter((n) => n >= 1_000).map(measureRouted);
  if (routed.length > 0) {
    lines.push(
      '',
      'Explicitly routed (every VPC and transit gateway with route tables, written by makeRoutesExplicit from the same generated network):',
      '',
      '| VPCs | route tables / routes | JSON MB | make routes explicit ms (target) | validate routed ms, median (target) | findings e / w / i | reach 1 pair ms, cold / warm (target < 5 warm) |',
      '| ---: | --- | ---: | --- | --- | --- | --- |',
      ...routed.map(
        (r) =>
          `| ${thousands(r.vpcs)} | ${thousands(r.tables)} / ${thousands(r.routes)} | ${(r.jsonBytes / 1e6).toFixed(1)} | ${target(r.makeExplicitMs, MAKE_EXPLICIT_TARGET_MS[r.vpcs])} | ` +
          `${target(r.validateMs, ROUTED_VALIDATE_TARGET_MS[r.vpcs])} ×${r.validateRuns} | ${r.findings} | ${ms(r.reachColdMs)} / ${ms(r.reachWarmMs)} ${r.reachWarmMs < ROUTED_REACH_TARGET_MS ? '✓' : '✗'} |`,
      ),
    );
  }

  const missed = results.filter(({ result: r }) => VALIDATE_TARGET_MS[r.vpcs] !== undefined && r.validateMs >= VALIDATE_TARGET_MS[r.vpcs]!);
  const profiled = missed.length > 0 ? missed : results.slice(-1);
  for (const { result: r, text } of profiled) {
    progress(`profiling rules on ${thousands(r.vpcs)} VPCs…`);
    const rows = profileRules(text, r.vpcs >= 10_000 ? 2 : 3);
    const total = rows.reduce((sum, row) => sum + row.ms, 0);
    lines.push(
      '',
      `${missed.length > 0 ? 'Validation missed its target' : 'Validation met its targets'}; each rule's check on its own, ${thousands(r.vpcs)} VPCs (median of ${r.vpcs >= 10_000 ? 2 : 3} fresh documents, top 15 of ${rows.length}, sum ${ms(total)} ms):`,
      '',
      '| rule | ms | share |',
      '| --- | ---: | ---: |',
      ...rows.slice(0, 15).map((row) => `| ${row.name} | ${ms(row.ms)} | ${((row.ms / total) * 100).toFixed(1)}% |`),
    );
  }
  lines.push('', `Total benchmark time: ${(((performance.now() - started) / 1000)).toFixed(1)} s.`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
