/**
 * Order independence of the routed walk (routing.md, "Order never matters"): shuffling the nodes
 * and connections of the explicitly routed fixtures changes no answer's `reachable`, and no
 * `blockedBy`'s set of rules.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/parse';
import type { TopologyDocument } from '../document/types';
import { reachMatrix } from './reach';

const fixture = (name: string): TopologyDocument => parseDocument(readFileSync(new URL(`../fixtures/v2/${name}.json`, import.meta.url), 'utf8'));

/** Every ordered pair among the networks and subnets, with the internet as a target when the document has one: reachable, and the rules that block. */
function answers(doc: TopologyDocument): string[] {
  const ends = doc.nodes.filter((n) => n.kind === 'vpc' || n.kind === 'subnet' || n.kind === 'on-premises' || n.kind === 'instance').map((n) => n.id).sort();
  const targets = [...ends, ...doc.nodes.filter((n) => n.kind === 'internet').map((n) => n.id)];
  const matrix = reachMatrix(doc, ends, targets);
  return ends.flatMap((a, i) => targets.map((b, j) => `${a}→${b}: ${matrix[i]![j]!.reachable ? 'yes' : [...new Set(matrix[i]![j]!.blockedBy.map((x) => x.rule))].sort().join('+')}`));
}

function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list.map((item, i) => ({ item, key: keys[i % keys.length]! * 1000 + i })).sort((x, y) => x.key - y.key).map((x) => x.item);
}

describe('the routed walk does not depend on document order', () => {
  for (const name of ['routed-hub', 'routed-inspection', 'misrouted-hub']) {
    it(`${name}: same answers for shuffled nodes and connections`, () => {
      const base = fixture(name);
      // An internet node, so that egress questions are asked too.
      const withInternet: TopologyDocument = { ...base, nodes: [...base.nodes, { id: 'inet', kind: 'internet' } as TopologyDocument['nodes'][number]] };
      const expected = answers(withInternet);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 10 }), (nodeKeys, connectionKeys) => {
          const doc: TopologyDocument = { ...withInternet, nodes: shuffled(withInternet.nodes, nodeKeys), connections: shuffled(withInternet.connections, connectionKeys) };
          expect(answers(doc)).toEqual(expected);
        }),
        { numRuns: 15 },
      );
    });
  }
});
