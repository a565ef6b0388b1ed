/**
 * The model against hostile and oversized documents (issue 14): deep chains, wide stars, deep
 * nesting, long cycles, wide levels. Each case once overflowed the call stack, ran out of memory or
 * answered with a number of findings growing with the square of the document. The assertions are
 * results and bounds that cannot flake: the work finishes, findings stay linear in the document,
 * messages stay short; time limits are generous (the test machines are shared) yet far below what
 * a quadratic answer would take.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentValue } from './document/parse';
import { TopologyParseError } from './document/parse-error';
import type { TopologyDocument } from './document/types';
import { countJsonKeys } from './document/duplicate-keys';
import { arrange } from './edit/arrange';
import { absolutePosition } from './edit/geometry';
import { layoutDocument } from './layout/layout-document';
import { createNodeElk } from './layout/node-elk';
import { nodeRects } from './layout/quality';
import { reach } from './reach/reach';
import type { Finding } from './rules/finding';
import {
  containmentCycle,
  nestedRegions,
  overlappingEverything,
  overlappingStar,
  peeringChain,
  transitGatewayChain,
  wideVpc,
  type RawDocument,
} from './testing/hostile-networks';
import { validate } from './validate';

/** Findings may not outnumber the elements of the document, nor say much about each. */
function expectLinear(doc: TopologyDocument, findings: readonly Finding[]): void {
  const elements = doc.nodes.length + doc.connections.length;
  expect(findings.length).toBeLessThanOrEqual(elements);
  for (const f of findings) expect(f.message.length, f.rule).toBeLessThan(1_000);
}

/** Milliseconds `work` takes. */
function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

const parsed = (raw: RawDocument) => parseDocumentValue(raw);

describe('deep chains', () => {
  it.each([2_600, 20_000])('a chain of %i peered VPCs with one flow: validate and reach answer, and explain why', (length) => {
    const doc = parsed(peeringChain(length));
    const { value: findings, ms } = timed(() => validate(doc));
    expectLinear(doc, findings);
    // The flow's finding names the rule that stops it, with the chain of peerings as the reason.
    expect(findings.map((f) => f.rule)).toEqual(['peering-not-transitive']);
    const result = reach(doc, 'v0', `v${length - 1}`);
    expect(result.reachable).toBe(false);
    expect(result.blockedBy.map((b) => b.rule)).toContain('peering-not-transitive');
    expect(ms).toBeLessThan(60_000);
  }, 120_000);

  it('a chain of 5,000 peered transit gateways with one flow', () => {
    const doc = parsed(transitGatewayChain(5_000));
    const findings = validate(doc);
    expectLinear(doc, findings);
    const result = reach(doc, 'v0', 'v4999');
    // Whatever the answer, it is the same twice, and a path when reachable runs end to end.
    expect(reach(doc, 'v0', 'v4999')).toEqual(result);
    if (result.reachable) expect([result.path[0], result.path.at(-1)]).toEqual(['v0', 'v4999']);
    else expect(result.blockedBy.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('wide stars: findings grow with the network, not its square', () => {
  it.each([1_000, 3_000])('a hub peered with %i overlapping spokes is one peering-overlapping-spokes finding', (spokes) => {
    const doc = parsed(overlappingStar(spokes));
    const { value: findings, ms } = timed(() => validate(doc));
    expectLinear(doc, findings);
    const grouped = findings.filter((f) => f.rule === 'peering-overlapping-spokes');
    expect(grouped).toHaveLength(1);
    expect(grouped[0]!.subjects).toHaveLength(spokes + 1);
    expect(grouped[0]!.message).toContain(`and ${(spokes - 3).toLocaleString('en-US')} more`);
    // 4.5 million pairs took minutes and gigabytes.
    expect(ms).toBeLessThan(30_000);
  }, 120_000);

  it('1,000 VPCs of one block on a transit gateway, 300 sites over them, 1,000 copies of a subnet', () => {
    const doc = parsed(overlappingEverything(1_000, 300, 1_000));
    const findings = validate(doc);
    expectLinear(doc, findings);
    const count = (rule: string) => findings.filter((f) => f.rule === rule).length;
    expect(count('tgw-cidr-conflict')).toBe(1);
    expect(count('subnet-cidr-overlap')).toBe(1);
    // One per site, not one per site and VPC (300,000).
    expect(count('hybrid-cidr-overlap')).toBe(300);
  }, 120_000);
});

describe('deep nesting and wide levels', () => {
  it('20,000 nested regions: validation, geometry, arrangement and layout finish', async () => {
    const depth = 20_000;
    const doc = parsed(nestedRegions(depth));
    expectLinear(doc, validate(doc));
    // Each region sits at (1, 2) in its parent.
    expect(absolutePosition(doc, `r${depth - 1}`)).toEqual({ x: depth, y: 2 * depth });
    expect(nodeRects(doc).get(`r${depth - 1}`)).toMatchObject({ x: depth, y: 2 * depth });
    expect(arrange(doc, { all: true }).nodes).toHaveLength(depth);
    const { document } = await layoutDocument(doc, { elk: createNodeElk() });
    expect(document.nodes).toHaveLength(depth);
  }, 120_000);

  it('a VPC with 130,000 endpoints beside its subnet is laid out (Math.max over them overflowed)', async () => {
    const doc = parsed(wideVpc(130_000));
    const { bounds } = await layoutDocument(doc, { elk: createNodeElk() });
    expect(Number.isFinite(bounds.width) && bounds.width > 0).toBe(true);
  }, 180_000);
});

describe('the parser against long cycles and large files', () => {
  it('refuses a containment cycle of 100,000 nodes in a short message naming a few of them and the count', () => {
    const text = JSON.stringify(containmentCycle(100_000));
    let error: unknown;
    try {
      parseDocument(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TopologyParseError);
    const message = (error as Error).message;
    expect(message.length).toBeLessThan(300);
    expect(message).toMatch(/containment cycle of 100,000 nodes/);
    expect(message).toContain('"n0"');
  });

  it('checks a large file for duplicate keys in less time than JSON.parse takes to read it', () => {
    const text = JSON.stringify(overlappingEverything(5_000, 500, 5_000), null, 2);
    const best = (work: () => unknown) => Math.min(...Array.from({ length: 5 }, () => timed(work).ms));
    const parse = best(() => JSON.parse(text));
    const count = best(() => countJsonKeys(text));
    // About a quarter of JSON.parse's time here; the parser's text decoding stays within twice JSON.parse.
    expect(count).toBeLessThan(parse);
  }, 60_000);
});
