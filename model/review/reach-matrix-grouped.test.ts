/**
 * The review matrix answers its pairs grouped by search (`reachMatrix` of `reach.ts`); every cell
 * must still be exactly what `reach` answers for that pair alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { reach } from '../reach/reach';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { arbitraryHybridTopology } from '../testing/arbitrary-hybrid-topology';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { reachMatrix } from './reach-matrix';

type Raw = Record<string, unknown>;

/** Each cell asked on its own in row order, as the page once did, on a fresh copy of the document (no search cached by the matrix). */
function cellByCell(doc: TopologyDocument, rows: readonly string[], columns: readonly string[]) {
  const fresh = structuredClone(doc);
  return rows.map((row) =>
    columns.map((column) => {
      if (row === column) return null;
      const { reachable, path, blockedBy, routes } = reach(fresh, row, column);
      return { reachable, path, blockedBy, ...(routes?.length ? { routes } : {}) };
    }),
  );
}

/** 68 VPCs on three transit gateways, two of them peered, peerings and internet gateways here and there, two data centres on VPNs. */
function hubs(): TopologyDocument {
  const nodes: Raw[] = [node('net', 'internet'), node('tgw0', 'transit-gateway'), node('tgw1', 'transit-gateway'), node('tgw2', 'transit-gateway')];
  const links: Raw[] = [link('tp', 'tgw-peering', 'tgw0', 'tgw1')];
  for (let s = 0; s < 2; s++) {
    nodes.push(onPrem(`dc${s}`, [`192.168.${s}.0/24`]), node(`cgw${s}`, 'customer-gateway', `dc${s}`, { asn: 65001 + s }), node(`vpn${s}`, 'vpn-connection'));
    links.push(link(`vl${s}c`, 'vpn-link', `vpn${s}`, `cgw${s}`), link(`vl${s}t`, 'vpn-link', `vpn${s}`, `tgw${s * 2}`));
  }
  for (let i = 0; i < 68; i++) {
    nodes.push(vpc(`v${i}`, [`10.${i % 60}.0.0/16`]), subnet(`v${i}-s`, `v${i}`, `10.${i % 60}.1.0/24`, { props: { public: i % 5 === 0 } }));
    if (i % 5 === 0) nodes.push(node(`igw${i}`, 'internet-gateway', `v${i}`));
    if (i % 9 === 0 && i > 0) links.push(link(`pcx${i}`, 'vpc-peering', `v${i}`, `v${i - 4}`));
    if (i % 13 !== 0) links.push(link(`att${i}`, 'tgw-attachment', `tgw${i % 3}`, `v${i}`));
  }
  return buildDocument(nodes, links);
}

describe('the review matrix, grouped', () => {
  it('answers every cell as reach does on its own, on generated documents', () => {
    fc.assert(
      fc.property(arbitraryDocument({ maxNodes: 30, maxConnections: 30, unknownFields: false }), (doc) => {
        const m = reachMatrix(doc);
        const ids = (list: typeof m.rows) => list.map((n) => n.id);
        expect(m.cells).toEqual(cellByCell(doc, ids(m.rows), ids(m.columns)));
      }),
      { numRuns: 100 },
    );
  });

  it('answers every cell as reach does on its own, on generated hybrid topologies', () => {
    fc.assert(
      fc.property(arbitraryHybridTopology, (doc) => {
        const m = reachMatrix(doc);
        const ids = (list: typeof m.rows) => list.map((n) => n.id);
        expect(m.cells).toEqual(cellByCell(doc, ids(m.rows), ids(m.columns)));
      }),
      { numRuns: 150 },
    );
  });

  it('answers every cell as reach does on its own, with more networks than the graph keeps searches for', () => {
    const doc = hubs();
    const m = reachMatrix(doc);
    expect(m.rows.length).toBeGreaterThan(64);
    const ids = (list: typeof m.rows) => list.map((n) => n.id);
    const expected = cellByCell(doc, ids(m.rows), ids(m.columns));
    expect(m.cells).toEqual(expected);
    // Reachable and refused cells both, so the comparison covers paths and blockers.
    const flat = expected.flat().filter((c) => c !== null);
    expect(flat.some((c) => c.reachable) && flat.some((c) => !c.reachable)).toBe(true);
    // The reference, asked cell by cell, thrashes the cache of searches: it is the slow side.
  }, 60_000);
});
