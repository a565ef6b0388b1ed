/**
 * Order never matters (routing.md; issue 10, item 4): two documents that differ only in the order
 * of their nodes and connections, or in their ids, give the same answers — `reach` the same
 * `reachable` and the same `blockedBy` rules, `validate` the same findings as a set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocumentValue } from './document/parse';
import type { TopologyDocument } from './document/types';
import { indexOf } from './graph/topology-index';
import { reach } from './reach/reach';
import { arbitraryDocument } from './testing/arbitrary-document';
import { arbitraryHybridTopology, hybridTopology } from './testing/arbitrary-hybrid-topology';
import { validate } from './validate';

type Raw = Record<string, unknown>;

/** A small seeded generator (mulberry32), so that fast-check's seed alone decides every shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(list: readonly T[], next: () => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The document with nodes and connections in another order and, when `rename` is given, every
 * node and connection id replaced (in `id`, `parent`, `source` and `target`: documents whose props
 * name no ids). Names are kept (ids become the names of unnamed elements), so messages name the same things.
 */
function reordered(doc: TopologyDocument, seed: number, rename?: (id: string) => string): TopologyDocument {
  const next = random(seed);
  const raw = JSON.parse(JSON.stringify(doc)) as { nodes: Raw[]; connections: Raw[] };
  const id = (x: unknown) => (rename && typeof x === 'string' ? rename(x) : x);
  // An unnamed element is named by its id: it keeps its old id as its name, so that messages keep their words.
  const named = (x: Raw) => (rename && x.name === undefined ? { name: x.id } : {});
  const nodes = raw.nodes.map((n) => ({ ...n, ...named(n), id: id(n.id), ...(n.parent !== undefined ? { parent: id(n.parent) } : {}) }));
  const connections = raw.connections.map((c) => ({ ...c, ...named(c), id: id(c.id), source: id(c.source), target: id(c.target) }));
  return parseDocumentValue({ ...raw, nodes: shuffled(nodes, next), connections: shuffled(connections, next) });
}

/**
 * Rules whose findings still follow document order (issue 10, item 4, not yet done): the sort
 * drawn first on a DX gateway is the accepted one; of duplicates or overlapping networks, the one
 * listed first is the original; the VIFs over a quota are the last listed; `flow-no-path` names
 * the first point found that never relays traffic (its rule does not depend on order). Their findings are compared by rule and severity only.
 */
const ORDER_DEPENDENT_RULES: ReadonlySet<string> = new Set([
  'dxgw-mixed-association',
  'tgw-duplicate-attachment',
  'peering-duplicate',
  'tgw-peering-duplicate',
  'dx-vif-quota',
  'flow-no-path',
  'tgw-cidr-conflict',
  'dxgw-vpc-cidr-overlap',
]);

/** A finding as a set member: rule, severity and the set of its subjects, in the original ids. */
function findingKeys(doc: TopologyDocument, original: (id: string) => string = (x) => x): string[] {
  const findings = validate(doc);
  const orderDependent = [...new Set(findings.filter((f) => ORDER_DEPENDENT_RULES.has(f.rule)).map((f) => `${f.rule} ${f.severity}`))];
  return findings
    .filter((f) => !ORDER_DEPENDENT_RULES.has(f.rule))
    .map((f) => `${f.rule} ${f.severity} ${f.subjects.map(original).sort().join(',')}`)
    .concat(orderDependent)
    .sort();
}

/** Every reach question between networks, and from every network and subnet to the internet. */
function questions(doc: TopologyDocument): Array<[string, string]> {
  const index = indexOf(doc);
  const networks = [...index.nodesOfKind('vpc'), ...index.nodesOfKind('on-premises')].map((n) => n.id).sort();
  const subnets = index.nodesOfKind('subnet').map((n) => n.id).sort();
  const internet = index.nodesOfKind('internet')[0]?.id;
  const pairs: Array<[string, string]> = [];
  for (const a of networks) for (const b of networks) if (a !== b) pairs.push([a, b]);
  if (internet) for (const a of [...networks, ...subnets]) pairs.push([a, internet]);
  return pairs;
}

/** `reach`'s answer as compared: reachable, and the rules of `blockedBy` as a set. */
function answer(doc: TopologyDocument, from: string, to: string): { reachable: boolean; rules: string[] } {
  const result = reach(doc, from, to);
  return { reachable: result.reachable, rules: [...new Set(result.blockedBy.map((b) => b.rule))].sort() };
}

/** A renaming and its inverse: ids become `r<n>` in an order drawn from the seed. */
function renaming(doc: TopologyDocument, seed: number): { rename: (id: string) => string; original: (id: string) => string } {
  const ids: string[] = shuffled([...doc.nodes.map((n) => n.id), ...doc.connections.map((c) => c.id)], random(seed ^ 0x5bd1e995));
  const to = new Map<string, string>(ids.map((id, i) => [id, `r${i}`]));
  const from = new Map<string, string>(ids.map((id, i) => [`r${i}`, id]));
  return { rename: (id) => to.get(id) ?? id, original: (id) => from.get(id) ?? id };
}

/** The hybrid topologies, with a few flows between their networks so that validation runs `reach` too. */
/** Hub-heavy mixes: transit gateways and their peerings, VPNs to them, VIFs and DX gateway associations. */
const hubHeavy = hybridTopology(fc.constantFrom(2, 4, 6, 10, 10, 9), { minSites: 2, minTransitGateways: 2 });

const hybridWithFlows = fc.tuple(fc.oneof(arbitraryHybridTopology, hubHeavy), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 4 })).map(([doc, picks]) => {
  const networks = [...doc.nodes.filter((n) => n.kind === 'vpc' || n.kind === 'on-premises').map((n) => n.id), 'net'];
  const flows = picks
    .map(([a, b, both], i) => ({ id: `flow${i}`, kind: 'flow', source: networks[a % (networks.length - 1)]!, target: networks[b % networks.length]!, props: { bidirectional: both } }))
    .filter((f) => f.source !== f.target);
  return parseDocumentValue({ ...(JSON.parse(JSON.stringify(doc)) as Raw), connections: [...(JSON.parse(JSON.stringify(doc.connections)) as Raw[]), ...flows] });
});

describe('order independence', () => {
  it('reach and validate answer the same on hybrid topologies shuffled and renamed', () => {
    fc.assert(
      fc.property(hybridWithFlows, fc.integer(), (doc, seed) => {
        const expected = questions(doc).map(([from, to]) => ({ from, to, answer: answer(doc, from, to) }));
        const findings = findingKeys(doc);
        // Several orders per document: a wrong answer may hide in one order out of many.
        for (let k = 0; k < 3; k++) {
          const { rename, original } = renaming(doc, seed + k);
          const other = reordered(doc, seed + k, rename);
          for (const { from, to, answer: want } of expected) expect(answer(other, rename(from), rename(to)), `${from} → ${to}`).toEqual(want);
          expect(findingKeys(other, original)).toEqual(findings);
        }
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('validate finds the same on arbitrary documents shuffled', () => {
    fc.assert(
      fc.property(arbitraryDocument({ maxNodes: 14, maxConnections: 10, unknownFields: false }), fc.integer(), (raw, seed) => {
        const doc = parseDocumentValue(raw);
        expect(findingKeys(reordered(doc, seed))).toEqual(findingKeys(doc));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
