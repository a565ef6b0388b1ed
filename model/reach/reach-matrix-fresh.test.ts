/**
 * `reachMatrix` answers its pairs grouped by search, with what a search remembers between
 * questions (the candidate paths last asked for, the last search per mode, each end's search
 * context). None of that may change an answer: every cell must equal `reach` asked on its own on a
 * fresh copy of the document, where no search, chain sweep or context is shared with any other
 * question, whatever the order of the rows and columns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { makeRoutesExplicit } from '../routing/make-explicit';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { arbitraryHybridTopology } from '../testing/arbitrary-hybrid-topology';
import { arbitraryNetwork } from '../testing/arbitrary-network';
import { reach, reachMatrix } from './reach';

/** The ids `reach` takes at both ends (VPCs and on-premises networks), and the internet nodes as targets. */
function ends(doc: TopologyDocument): { networks: string[]; internet: string[] } {
  return {
    networks: doc.nodes.filter((n) => n.kind === 'vpc' || n.kind === 'on-premises').map((n) => n.id),
    internet: doc.nodes.filter((n) => n.kind === 'internet').map((n) => n.id),
  };
}

/** Each pair on its own document object, so that it shares nothing with any other question. */
function alone(doc: TopologyDocument, from: string, to: string) {
  return reach(structuredClone(doc), from, to);
}

describe('reachMatrix against reach on a fresh document per pair', () => {
  it('answers every cell as reach does alone, on generated hybrid topologies, in either order', () => {
    fc.assert(
      fc.property(arbitraryHybridTopology, fc.boolean(), (doc, reversed) => {
        const { networks, internet } = ends(doc);
        const rows = reversed ? [...networks].reverse() : networks;
        const columns = [...rows, ...internet];
        const matrix = reachMatrix(doc, rows, columns);
        rows.forEach((from, i) => columns.forEach((to, j) => expect(matrix[i]![j], `${from} → ${to}`).toEqual(alone(doc, from, to))));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  // Subnets and instances as rows (a VPC's searches, but toward the internet per subnet), endpoints
  // as columns, and documents the aimed lifted searches must fall back on or that route explicitly.
  const FROM = new Set(['vpc', 'on-premises', 'subnet', 'instance']);
  const TO = new Set([...FROM, 'vpc-endpoint', 'internet']);
  const sources = [
    ['arbitrary documents', arbitraryDocument({ maxNodes: 30, maxConnections: 30, unknownFields: false })],
    ['generated networks', arbitraryNetwork],
    ['generated networks with every route explicit', arbitraryNetwork.map((doc) => makeRoutesExplicit(doc).document)],
  ] as const;
  for (const [name, arbitrary] of sources) {
    it(`answers every cell as reach does alone on ${name}, subnets, instances and endpoints as ends`, () => {
      fc.assert(
        fc.property(arbitrary, fc.boolean(), (doc: TopologyDocument, reversed) => {
          const rows = doc.nodes.filter((n) => FROM.has(n.kind)).map((n) => n.id);
          if (reversed) rows.reverse();
          const columns = [...rows, ...doc.nodes.filter((n) => TO.has(n.kind) && !FROM.has(n.kind)).map((n) => n.id)];
          const matrix = reachMatrix(doc, rows, columns);
          rows.forEach((from, i) => columns.forEach((to, j) => expect(matrix[i]![j], `${from} → ${to}`).toEqual(alone(doc, from, to))));
        }),
        { numRuns: 30 },
      );
    }, 120_000);
  }
});
