/**
 * The inspector and the walk see the same propagation: on generated documents with random route
 * tables, the propagated routes the editor lists for each table (`graph/propagated-routes.ts`, what
 * the inspector and the review page show) are exactly the propagated routes the forwarding walk
 * looks up in it (`propagation.ts`), destination, target and kind alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument, TopologyNode } from '../document/types';
import { tgwTablePropagatedRoutes, vpcTablePropagatedRoutes, type PropagatedRoute } from '../graph/propagated-routes';
import { routingOf } from '../graph/routing';
import { indexOf } from '../graph/topology-index';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { arbitraryHybridTopology } from '../testing/arbitrary-hybrid-topology';
import { graphOf } from './graph';
import { tgwTableRoutes, vpcTableRoutes } from './propagation';
import type { TableRoute } from './route-lookup';

type Raw = Record<string, unknown>;

/** An id that names nothing in any generated document. */
const MISSING = 'missing id';

/** Static routes to mix in: the walk's tables hold them too, and they must not count as propagated. */
const staticRoute = (targets: readonly string[]) =>
  fc.record({ destination: fc.constantFrom('0.0.0.0/0', '10.0.0.0/16', '10.1.0.0/16', '192.168.0.0/16', '::/0'), target: fc.constantFrom(...targets) });

/**
 * The document with one or two random route tables on every VPC and transit gateway. A VPC table's
 * `propagate` draws mostly from the document's VGWs (its own and others'); a transit gateway
 * table's `propagations` from every connection id (attachments of it or not, peerings, static
 * VPNs); both also from other node ids and an id that names nothing, with repeats.
 */
function withRouteTables(doc: TopologyDocument): fc.Arbitrary<TopologyDocument> {
  const nodeIds = doc.nodes.map((n) => n.id as string);
  const connectionIds = doc.connections.map((c) => c.id as string);
  const vgwIds = doc.nodes.filter((n) => n.kind === 'vpn-gateway').map((n) => n.id as string);
  const owners = doc.nodes.filter((n) => n.kind === 'vpc' || n.kind === 'transit-gateway');
  const vpcCandidates = [...vgwIds, ...vgwIds, ...vgwIds, ...nodeIds.slice(0, 3), ...connectionIds.slice(0, 2), MISSING];
  const tgwCandidates = [...connectionIds, ...connectionIds, ...nodeIds.slice(0, 3), MISSING];
  const targets = [...nodeIds, ...connectionIds, 'blackhole'];
  const tablesOf = (owner: TopologyNode, at: number) =>
    fc.array(
      fc.record({
        propagated: fc.array(fc.constantFrom(...(owner.kind === 'vpc' ? vpcCandidates : tgwCandidates)), { maxLength: 6 }),
        routes: fc.array(staticRoute(targets), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 2 },
    ).map((drafts) =>
      drafts.map(({ propagated, routes }, k): Raw => {
        const id = `route table ${at}.${k}`;
        return owner.kind === 'vpc' ? { id, main: k === 0, routes, propagate: propagated } : { id, associations: [], propagations: propagated, routes };
      }),
    );
  return fc.tuple(...owners.map(tablesOf)).map((tables) => {
    const byOwner = new Map<TopologyNode, Raw[]>(owners.map((owner, at) => [owner, tables[at]!]));
    const nodes = doc.nodes.map((n) => {
      const routeTables = byOwner.get(n);
      return routeTables ? { ...n, props: { ...(n.props as Raw | undefined), routeTables } } : n;
    }) as TopologyDocument['nodes'];
    return { ...doc, nodes };
  });
}

/**
 * The document with a few connections' ends moved to random nodes: a VPC attachment to a subnet, a
 * VPN link to a VPC, as a user may draw them before `connection-ends-invalid` says so. The two
 * readers must skip the same miswired connections.
 */
function miswired(doc: TopologyDocument): fc.Arbitrary<TopologyDocument> {
  if (doc.connections.length === 0) return fc.constant(doc);
  const moves = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 3 });
  return moves.map((list) => {
    const connections = [...doc.connections];
    for (const [at, to, end] of list) {
      const c = connections[at % connections.length]!;
      const node = doc.nodes[to % doc.nodes.length]!;
      connections[at % connections.length] = end ? { ...c, source: node.id } : { ...c, target: node.id };
    }
    return { ...doc, connections };
  });
}

/** A propagated route as both sides can spell it: destination, target, kind. */
const listed = (routes: readonly PropagatedRoute[]): string[] => routes.map((r) => `${r.destination} → ${r.via} (${r.source})`).sort();
const walked = (routes: readonly TableRoute[]): string[] =>
  routes.filter((r) => r.origin !== 'static').map((r) => `${r.destination} → ${r.target} (${r.origin})`).sort();

/** For every route table of the document: what the editor lists against what the walk uses. */
function inspectorAgreesWithWalk(doc: TopologyDocument): void {
  const index = indexOf(doc);
  const g = graphOf(index);
  const routing = routingOf(index);
  for (const { vpc, tables } of routing.vpcs) {
    for (const table of tables) {
      expect({ table: table.id, routes: listed(vpcTablePropagatedRoutes(index, vpc, table)) }).toEqual({ table: table.id, routes: walked(vpcTableRoutes(g, vpc, table)) });
    }
  }
  for (const { tgw, tables } of routing.tgws) {
    for (const table of tables) {
      expect({ table: table.id, routes: listed(tgwTablePropagatedRoutes(index, tgw, table)) }).toEqual({ table: table.id, routes: walked(tgwTableRoutes(g, tgw, table)) });
    }
  }
}

describe('the inspector lists the propagated routes the walk uses', () => {
  it('on hybrid topologies with random route tables: the same routes, table by table (property)', () => {
    fc.assert(fc.property(arbitraryHybridTopology.chain(withRouteTables), inspectorAgreesWithWalk), { numRuns: 300 });
  });

  it('on hybrid topologies with miswired connections and random route tables: the same routes (property)', () => {
    fc.assert(fc.property(arbitraryHybridTopology.chain(miswired).chain(withRouteTables), inspectorAgreesWithWalk), { numRuns: 300 });
  });

  it('on any generated document with random route tables: the same routes, table by table (property)', () => {
    const docs = arbitraryDocument({ maxNodes: 16, maxConnections: 14, unknownFields: false }).chain(withRouteTables);
    fc.assert(fc.property(docs, inspectorAgreesWithWalk), { numRuns: 300 });
  });

  it('the hybrid generator makes tables that learn routes of every kind', () => {
    // Without this, the property could pass on tables that never learn anything.
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbitraryHybridTopology.chain(withRouteTables), (doc) => {
        const index = indexOf(doc);
        for (const { vpc, tables } of routingOf(index).vpcs) for (const t of tables) for (const r of vpcTablePropagatedRoutes(index, vpc, t)) seen.add(`vpc table ${r.source}`);
        for (const { tgw, tables } of routingOf(index).tgws) for (const t of tables) for (const r of tgwTablePropagatedRoutes(index, tgw, t)) seen.add(`tgw table ${r.source}`);
      }),
      { numRuns: 300, seed: 1 },
    );
    expect([...seen].sort()).toEqual(['tgw table dx-gateway', 'tgw table vpc', 'tgw table vpn', 'vpc table vpn']);
  });
});
