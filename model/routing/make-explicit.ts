/**
 * "Make routes explicit" (routing.md): turn every implicitly routed VPC and transit gateway of a
 * document into an explicitly routed one that reaches exactly the same pairs, ready to be edited.
 *
 * Per VPC: a main table (private subnets) and, when it has public subnets, a public table, each
 * with every peer's blocks through the peering, covering routes to what each transit gateway
 * delivers, propagation from its VGW, and the default routes (internet gateway in the public
 * table; its NAT gateway, else the transit gateway for centralised egress, in the main table).
 * Per transit gateway: one table, associated with every attachment, propagated from every
 * attachment that may propagate, with static routes for static VPNs, for the networks across each
 * peering, and `0.0.0.0/0` toward an egress VPC; and a second one, for a DX gateway attachment
 * alone, where the first would send traffic from the DX gateway back into it
 * (`dx-return-routes.ts`).
 */
import type { CidrBlock } from '../cidr/cidr';
import { coverBlocks } from '../cidr/cover-blocks';
import { CURRENT_VERSION, type Connection, type TopologyDocument, type TopologyNode } from '../document/types';
import { routingOf } from '../graph/routing';
import { indexOf, type TopologyIndex } from '../graph/topology-index';
import type { Route, TgwRouteTable, VpcRouteTable } from '../kinds/route-tables';
import { dxReturnRoutes } from './dx-return-routes';
import { preferredPropagations, type PreferredPropagation } from './tgw-route-choice';
import { blocksOf, transitFactsOf, usableNat, type Cluster, type TransitFacts } from './transit-networks';

/** What `makeRoutesExplicit` wrote. */
export interface RoutesMadeExplicit {
  /** The same document, version 2, with route tables on every VPC and transit gateway that had none. */
  document: TopologyDocument;
  added: {
    /** VPC route tables written. */
    vpcTables: number;
    /** Transit gateway route tables written. */
    tgwTables: number;
    /** Static routes written, in all of those tables. */
    routes: number;
  };
}

const IPV4_DEFAULT = '0.0.0.0/0';
const IPV6_DEFAULT = '::/0';

/** Ids not yet used in the document: derived from the owner's id, with a number when taken. */
class IdSpace {
  private readonly taken = new Set<string>();

  constructor(doc: TopologyDocument) {
    for (const n of doc.nodes) {
      this.taken.add(n.id);
      for (const table of tablesOf(n)) this.taken.add(table.id);
    }
    for (const c of doc.connections) this.taken.add(c.id);
  }

  fresh(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

function tablesOf(node: TopologyNode): ReadonlyArray<{ id: string }> {
  const list = (node.props as { routeTables?: unknown } | undefined)?.routeTables;
  return Array.isArray(list) ? list.filter((t): t is { id: string } => typeof t === 'object' && t !== null && typeof (t as { id?: unknown }).id === 'string') : [];
}

/** A list of routes without two for one destination: the first written wins (routing.md, `route-duplicate`). */
class RouteList {
  readonly routes: Route[] = [];
  private readonly destinations = new Set<string>();

  add(destination: string, target: string): void {
    if (this.destinations.has(destination)) return;
    this.destinations.add(destination);
    this.routes.push({ destination, target });
  }
}

const sameOrInside = (inner: CidrBlock, outer: CidrBlock) => inner.family === outer.family && inner.first >= outer.first && inner.last <= outer.last;
const overlapsAny = (block: CidrBlock, others: readonly CidrBlock[]) =>
  others.some((o) => o.family === block.family && o.first <= block.last && block.first <= o.last);

/** A covering route's destination and the delivered blocks inside it. */
interface Cover {
  block: CidrBlock;
  holds: CidrBlock[];
}

/** Covering routes per cluster, computed once for every VPC on the same set of clusters. */
class Covers {
  private readonly cache = new Map<string, Cover[]>();

  /** `siteBlocks`: every on-premises block of the document, which a VPC may reach another way (its VGW). */
  constructor(private readonly siteBlocks: readonly CidrBlock[]) {}

  /**
   * Covers of `cluster`'s blocks that stay clear of the blocks of the VPC's other clusters and of
   * every site the cluster does not deliver: a cover as wide as a site's block, or inside it, would
   * win over the route its VGW propagates. A peer's block inside a cover needs nothing: its own
   * route is more specific.
   */
  of(cluster: Cluster, others: readonly Cluster[]): Cover[] {
    const key = [cluster.key, ...others.map((c) => c.key)].join('\n');
    let covers = this.cache.get(key);
    if (!covers) {
      const delivered = new Set(cluster.blocks);
      const avoid = [...others.flatMap((c) => c.blocks), ...this.siteBlocks.filter((b) => !delivered.has(b))];
      covers = coverBlocks(cluster.blocks, avoid).map((block) => ({ block, holds: [] }));
      for (const target of cluster.blocks) covers.find((c) => sameOrInside(target, c.block))?.holds.push(target);
      this.cache.set(key, covers);
    }
    return covers;
  }
}

/** The transit gateways a VPC is attached to, in document order, each once. */
function attachedGateways(index: TopologyIndex, vpc: TopologyNode): TopologyNode<'transit-gateway'>[] {
  const gateways: TopologyNode<'transit-gateway'>[] = [];
  for (const c of index.connectionsOf(vpc.id)) {
    if (c.kind !== 'tgw-attachment') continue;
    const tgw = index.otherEnd(c, vpc.id);
    if (tgw?.kind === 'transit-gateway' && !gateways.includes(tgw)) gateways.push(tgw);
  }
  return gateways;
}

/** Where a transit gateway sends `0.0.0.0/0`: its own attachment to an egress VPC, else the peering toward the nearest gateway with one. */
function egressTarget(facts: TransitFacts, all: ReadonlyMap<TopologyNode, TransitFacts>): string | undefined {
  const direct = (f: TransitFacts) => f.attachments.find((a) => a.connection.kind === 'tgw-attachment' && a.behind.some((n) => f.cluster.egressVpcs.includes(n.node)));
  const own = direct(facts);
  if (own) return own.connection.id;
  // viaPeering lists the other gateways breadth first: the first with an egress VPC is a nearest one.
  for (const [gateway, peering] of facts.viaPeering) if (direct(all.get(gateway)!)) return peering.id;
  return undefined;
}

/**
 * Static routes for blocks that two attachments of the same rank would propagate: a site on two
 * BGP VPNs to one gateway. A tie of equal propagated routes drops the packet, so the first of the
 * best-ranked attachments is pinned with a static route, which wins over propagation.
 */
function pinnedTies(preferred: ReadonlyMap<string, PreferredPropagation>): Array<[string, string]> {
  return [...preferred].filter(([, b]) => b.tied).map(([destination, b]) => [destination, b.target]);
}

/**
 * The transit gateway's tables: a default one with every attachment associated, every one that
 * may propagate propagated, static routes where AWS needs them; and, for a DX gateway attachment
 * whose traffic the default table would send back into its DX gateway, a copy of it associated
 * with that attachment alone, whose static routes send those sites' blocks the other way
 * (`dx-return-routes.ts`).
 */
function tgwTables(ids: IdSpace, tgw: TopologyNode, facts: TransitFacts, all: ReadonlyMap<TopologyNode, TransitFacts>): TgwRouteTable[] {
  const routes = new RouteList();
  const preferred = preferredPropagations(facts);
  for (const a of facts.attachments) for (const block of a.staticBlocks) routes.add(block.canonical, a.connection.id);
  for (const [destination, target] of pinnedTies(preferred)) routes.add(destination, target);
  // Across peerings (static routes only): the networks behind each gateway beyond, by the peering that leads to it first.
  const byPeering = new Map<Connection, CidrBlock[]>();
  for (const [gateway, peering] of facts.viaPeering) {
    const list = byPeering.get(peering) ?? byPeering.set(peering, []).get(peering)!;
    for (const a of all.get(gateway)!.attachments) for (const n of a.behind) list.push(...n.blocks);
  }
  for (const [peering, blocks] of byPeering) {
    const elsewhere = [...byPeering].filter(([p]) => p !== peering).flatMap(([, b]) => b);
    for (const cover of coverBlocks(blocks, elsewhere)) routes.add(cover.canonical, peering.id);
  }
  const egress = egressTarget(facts, all);
  if (egress) routes.add(IPV4_DEFAULT, egress);
  // A static route of exactly a site's block wins over its propagated routes; a wider one never does.
  const exact = new Map(routes.routes.map((r) => [r.destination, r.target]));
  const chosen = (block: CidrBlock) => exact.get(block.canonical) ?? preferred.get(block.canonical)?.target;
  const returns = dxReturnRoutes(facts, all, chosen);
  const own = new Set(returns.map((r) => r.attachment.id));
  const propagations = facts.attachments.filter((a) => a.propagates).map((a) => a.connection.id);
  const tables: TgwRouteTable[] = [
    { id: ids.fresh(`tgw-rt-${tgw.id}`), name: 'default', associations: facts.attachments.map((a) => a.connection.id).filter((id) => !own.has(id)), propagations, routes: routes.routes },
  ];
  for (const { attachment, routes: pins } of returns) {
    const list = new RouteList();
    // The pins first: they replace the default table's route for exactly those blocks.
    for (const [destination, target] of pins) list.add(destination, target);
    for (const r of routes.routes) list.add(r.destination, r.target);
    const name = `from ${attachment.name?.trim() || attachment.id}`;
    tables.push({ id: ids.fresh(`tgw-rt-${tgw.id}-${attachment.id}`), name, associations: [attachment.id], propagations, routes: list.routes });
  }
  return tables;
}

/**
 * The subnets a VPC attachment lists: one per availability zone, a private one where the zone has
 * one, private ones first (traffic arriving from the gateway is routed by the table of the one in
 * its source's zone, else of the first). An egress VPC whose zones cannot all offer a private
 * subnet lists none, so that arriving traffic uses the main table and its NAT gateway.
 */
function attachmentSubnets(index: TopologyIndex, vpc: TopologyNode, egress: boolean): string[] {
  const byZone = new Map<string, TopologyNode<'subnet'>>();
  for (const subnet of index.childrenOfKind(vpc.id, 'subnet')) {
    const zone = index.props(subnet).az ?? '';
    const chosen = byZone.get(zone);
    if (!chosen || (index.props(chosen).public && !index.props(subnet).public)) byZone.set(zone, subnet);
  }
  const chosen = [...byZone.values()];
  const isPublic = (s: TopologyNode<'subnet'>) => index.props(s).public;
  if (egress && chosen.some(isPublic)) return [];
  return [...chosen.filter((s) => !isPublic(s)), ...chosen.filter(isPublic)].map((s) => s.id);
}

interface VpcPlan {
  tables: VpcRouteTable[];
  mainId: string;
  publicId: string | undefined;
}

function vpcTables(index: TopologyIndex, vpc: TopologyNode<'vpc'>, ids: IdSpace, transit: ReadonlyMap<TopologyNode, TransitFacts>, covers: Covers): VpcPlan {
  const own = blocksOf(index, vpc);
  const ownSet = new Set(own);
  const common = new RouteList();
  for (const c of index.connectionsOf(vpc.id)) {
    if (c.kind !== 'vpc-peering') continue;
    const peer = index.otherEnd(c, vpc.id);
    if (peer?.kind !== 'vpc' || peer === vpc) continue;
    // A peer block overlapping this VPC's own would sit under the local route: AWS refuses the peering anyway.
    for (const block of blocksOf(index, peer)) if (!overlapsAny(block, own)) common.add(block.canonical, c.id);
  }
  const gateways = attachedGateways(index, vpc);
  const clusters: Cluster[] = [];
  for (const tgw of gateways) {
    const cluster = transit.get(tgw)!.cluster;
    if (!clusters.includes(cluster)) clusters.push(cluster);
  }
  for (const tgw of gateways) {
    const cluster = transit.get(tgw)!.cluster;
    for (const { block: cover, holds } of covers.of(cluster, clusters.filter((c) => c !== cluster))) {
      // The local route carries anything inside the VPC's own blocks; a route there is `route-local-conflict`,
      // and a cover of nothing but them is noise.
      if (own.some((b) => sameOrInside(cover, b)) || holds.every((b) => ownSet.has(b))) continue;
      common.add(cover.canonical, tgw.id);
    }
  }
  const children = index.childrenOf(vpc.id);
  const propagate = children.filter((n) => n.kind === 'vpn-gateway').map((n) => n.id);
  const igw = children.find((n) => n.kind === 'internet-gateway');
  const eigw = children.find((n) => n.kind === 'egress-only-internet-gateway');
  const subnets = index.childrenOfKind(vpc.id, 'subnet');
  const hasPrivate = subnets.some((s) => !index.props(s).public);
  const hasPublic = subnets.some((s) => index.props(s).public);
  const hasIpv6 = index.ipv6Blocks(vpc).length > 0 || subnets.some((s) => index.props(s).ipv6Cidr !== undefined);
  const withDefaults = (defaults: Array<[string, string]>) => {
    const list = new RouteList();
    for (const r of common.routes) list.add(r.destination, r.target);
    for (const [destination, target] of defaults) list.add(destination, target);
    return list.routes;
  };
  const mainDefaults: Array<[string, string]> = [];
  const nat = usableNat(index, vpc);
  // A VPC without private subnets reaches the internet only from its public ones: its main table gets no default but its NAT gateway's.
  const egressGateway = hasPrivate ? gateways.find((t) => transit.get(t)!.cluster.egressVpcs.length > 0) : undefined;
  if (nat) mainDefaults.push([IPV4_DEFAULT, nat.id]);
  else if (egressGateway) mainDefaults.push([IPV4_DEFAULT, egressGateway.id]);
  if (eigw && hasPrivate && hasIpv6) mainDefaults.push([IPV6_DEFAULT, eigw.id]);
  const mainId = ids.fresh(`rt-${vpc.id}-main`);
  const extra = propagate.length > 0 ? { propagate } : {};
  const tables: VpcRouteTable[] = [{ id: mainId, name: 'private', main: true, routes: withDefaults(mainDefaults), ...extra }];
  let publicId: string | undefined;
  if (hasPublic) {
    publicId = ids.fresh(`rt-${vpc.id}-public`);
    const publicDefaults: Array<[string, string]> = [];
    if (igw) publicDefaults.push([IPV4_DEFAULT, igw.id]);
    if (igw && hasIpv6) publicDefaults.push([IPV6_DEFAULT, igw.id]);
    tables.push({ id: publicId, name: 'public', routes: withDefaults(publicDefaults), ...extra });
  }
  return { tables, mainId, publicId };
}

/**
 * Writes route tables on every implicitly routed VPC and transit gateway of `doc` so that it
 * reaches exactly the pairs it reached before (routing.md, "Making routes explicit"). Pure: `doc`
 * is not changed; nodes and connections that need no change are shared with it. VPCs and transit
 * gateways that already have route tables are left as they are. New table ids derive from the
 * owner's id (`rt-<vpc>-main`, `rt-<vpc>-public`, `tgw-rt-<tgw>`, `tgw-rt-<tgw>-<attachment>`) and are unique in the document.
 */
export function makeRoutesExplicit(doc: TopologyDocument): RoutesMadeExplicit {
  const index = indexOf(doc);
  const routing = routingOf(index);
  const transit = transitFactsOf(index);
  const ids = new IdSpace(doc);
  const covers = new Covers(index.nodesOfKind('on-premises').flatMap((site) => blocksOf(index, site)));
  const nodes = new Map<string, TopologyNode>();
  const connections = new Map<string, Connection>();
  const added = { vpcTables: 0, tgwTables: 0, routes: 0 };
  const withProps = <N extends { props?: object }>(element: N, props: object): N => ({ ...element, props: { ...element.props, ...props } });

  for (const tgw of index.nodesOfKind('transit-gateway')) {
    if (routing.routedTgw(tgw)) continue;
    const tables = tgwTables(ids, tgw, transit.get(tgw)!, transit);
    nodes.set(tgw.id, withProps(tgw, { routeTables: tables }));
    added.tgwTables += tables.length;
    for (const table of tables) added.routes += table.routes!.length;
  }

  const egressVpcs = new Set<TopologyNode>();
  for (const facts of transit.values()) for (const vpc of facts.cluster.egressVpcs) egressVpcs.add(vpc);
  for (const vpc of index.nodesOfKind('vpc')) {
    if (routing.routedVpc(vpc)) continue;
    const plan = vpcTables(index, vpc, ids, transit, covers);
    nodes.set(vpc.id, withProps(vpc, { routeTables: plan.tables }));
    added.vpcTables += plan.tables.length;
    for (const table of plan.tables) added.routes += table.routes!.length;
    for (const subnet of index.childrenOfKind(vpc.id, 'subnet')) {
      const wanted = index.props(subnet).public ? plan.publicId : undefined;
      if (subnet.props?.routeTable === wanted) continue;
      const { routeTable: _dropped, ...rest } = subnet.props ?? {};
      nodes.set(subnet.id, { ...subnet, props: wanted === undefined ? rest : { ...rest, routeTable: wanted } });
    }
    for (const c of index.connectionsOf(vpc.id)) {
      if (c.kind === 'tgw-attachment') connections.set(c.id, withProps(c, { subnets: attachmentSubnets(index, vpc, egressVpcs.has(vpc)) }));
    }
  }
  const tableIds = new Map<string, string[]>();
  for (const vpc of index.nodesOfKind('vpc')) {
    const written = nodes.get(vpc.id);
    if (written && written !== vpc) tableIds.set(vpc.id, tablesOf(written).map((t) => t.id));
  }
  for (const endpoint of index.nodesOfKind('vpc-endpoint')) {
    const vpc = index.vpcOf(endpoint);
    const tables = vpc && tableIds.get(vpc.id);
    if (tables && index.props(endpoint).type === 'gateway') nodes.set(endpoint.id, withProps(endpoint, { routeTables: tables }));
  }

  const document: TopologyDocument = {
    ...doc,
    version: CURRENT_VERSION,
    nodes: doc.nodes.map((n) => nodes.get(n.id) ?? n),
    connections: doc.connections.map((c) => connections.get(c.id) ?? c),
  };
  return { document, added };
}
