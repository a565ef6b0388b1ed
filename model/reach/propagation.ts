/**
 * The routes each explicitly routed table holds (routing.md, "What propagates"): its static routes
 * and what propagation adds. A VPC table learns the on-premises blocks behind each VGW it lists in
 * `propagate`; a transit gateway table learns, from each attachment it lists in `propagations`, the
 * VPC's blocks, a BGP VPN's site blocks, or the blocks of the sites whose transit VIFs end on the DX
 * gateway (a static VPN and a peering propagate nothing). Read from the domain graph, so that
 * propagation follows exactly the links `reach` walks; built per table on first use and kept.
 */
import { tryParseCidr, type CidrBlock } from '../cidr/cidr';
import type { Connection, TopologyNode } from '../document/types';
import { routesOf, tgwAttachments } from '../graph/routing';
import { BLACKHOLE, type TgwRouteTable, type VpcRouteTable } from '../kinds/route-tables';
import type { Domain, DomainGraph } from './graph';
import { sortRoutes, type RouteOrigin, type TableRoute } from './route-lookup';

/** The blocks of a site vertex (an on-premises network, or a customer gateway standing alone). */
function siteBlocks(g: DomainGraph, site: Domain): readonly CidrBlock[] {
  return [...g.index.ipv4Blocks(site.node), ...g.index.ipv6Blocks(site.node)];
}

/** The sites behind a VPN connection vertex (its customer gateway's site). */
function sitesOfVpn(g: DomainGraph, vpn: Domain, into: Set<Domain>): void {
  for (const h of vpn.halves) if (h.edge.kind === 'vpn-customer') into.add(g.domains[h.to]!);
}

/** The sites behind a DX connection vertex (the customer routers on its links). */
function sitesOfDx(g: DomainGraph, dx: Domain, into: Set<Domain>): void {
  for (const h of dx.halves) if (h.edge.kind === 'dx-link') into.add(g.domains[h.to]!);
}

/** The sites whose VIFs of the given type end on a DX gateway or VGW vertex. */
function sitesOfVifs(g: DomainGraph, at: Domain, type: 'private' | 'transit', into: Set<Domain>): void {
  for (const h of at.halves) if (h.edge.kind === 'vif' && h.edge.vifType === type) sitesOfDx(g, g.domains[h.to]!, into);
}

/** The sites a VGW learns routes from: its VPNs, its private VIFs, and private VIFs on DX gateways associated with it. */
export function sitesBehindVgw(g: DomainGraph, vgw: TopologyNode): Set<Domain> {
  const sites = new Set<Domain>();
  const v = g.byNode.get(vgw.id);
  if (v === undefined) return sites;
  for (const h of g.domains[v]!.halves) {
    if (h.edge.kind === 'vpn-aws') sitesOfVpn(g, g.domains[h.to]!, sites);
    else if (h.edge.kind === 'vif' && h.edge.vifType === 'private') sitesOfDx(g, g.domains[h.to]!, sites);
    else if (h.edge.kind === 'dxgw-association') sitesOfVifs(g, g.domains[h.to]!, 'private', sites);
  }
  return sites;
}

/** What one transit gateway attachment propagates, and as what kind of route. */
export function attachmentPropagation(g: DomainGraph, tgw: TopologyNode, attachment: Connection): { origin: RouteOrigin; blocks: readonly CidrBlock[] } {
  const index = g.index;
  const otherId = attachment.source === tgw.id ? attachment.target : attachment.source;
  const other = index.node(otherId);
  if (!other) return { origin: 'static', blocks: [] };
  if (attachment.kind === 'tgw-attachment' && other.kind === 'vpc') return { origin: 'vpc', blocks: [...index.ipv4Blocks(other), ...index.ipv6Blocks(other)] };
  const v = g.byNode.get(other.id);
  if (v === undefined) return { origin: 'static', blocks: [] };
  const sites = new Set<Domain>();
  if (attachment.kind === 'vpn-link' && other.kind === 'vpn-connection') {
    if (index.props(other).routing !== 'bgp') return { origin: 'vpn', blocks: [] };
    sitesOfVpn(g, g.domains[v]!, sites);
    return { origin: 'vpn', blocks: [...sites].flatMap((s) => siteBlocks(g, s)) };
  }
  if (attachment.kind === 'dxgw-association' && other.kind === 'dx-gateway') {
    sitesOfVifs(g, g.domains[v]!, 'transit', sites);
    return { origin: 'dx-gateway', blocks: [...sites].flatMap((s) => siteBlocks(g, s)) };
  }
  // A peering attachment propagates nothing (`tgw-peering-propagation`).
  return { origin: 'static', blocks: [] };
}

function staticRoutes(table: { routes?: VpcRouteTable['routes'] }): TableRoute[] {
  const routes: TableRoute[] = [];
  for (const route of routesOf(table)) {
    const block = typeof route.destination === 'string' ? tryParseCidr(route.destination) : undefined;
    if (block && typeof route.target === 'string') routes.push({ block, destination: route.destination, target: route.target, origin: 'static' });
  }
  return routes;
}

function buildVpcTable(g: DomainGraph, vpc: TopologyNode, table: VpcRouteTable): TableRoute[] {
  const routes = staticRoutes(table);
  for (const vgwId of Array.isArray(table.propagate) ? table.propagate : []) {
    const vgw = g.index.node(vgwId);
    // Only the VPC's own VGW propagates (`route-table-ref` reports the others).
    if (vgw?.kind !== 'vpn-gateway' || vgw.parent !== vpc.id) continue;
    for (const site of sitesBehindVgw(g, vgw)) {
      for (const block of siteBlocks(g, site)) routes.push({ block, destination: block.text, target: vgw.id, origin: 'vpn', propagatedFrom: vgw.id });
    }
  }
  return sortRoutes(routes);
}

function buildTgwTable(g: DomainGraph, tgw: TopologyNode, table: TgwRouteTable): TableRoute[] {
  const routes = staticRoutes(table);
  const attachments = tgwAttachments(g.index, tgw);
  for (const id of Array.isArray(table.propagations) ? table.propagations : []) {
    const attachment = attachments.get(id);
    if (!attachment) continue;
    const { origin, blocks } = attachmentPropagation(g, tgw, attachment);
    for (const block of blocks) routes.push({ block, destination: block.text, target: attachment.id, origin, propagatedFrom: attachment.id });
  }
  return sortRoutes(routes);
}

const tables = new WeakMap<DomainGraph, Map<string, TableRoute[]>>();

function cachedTable(g: DomainGraph, id: string, build: () => TableRoute[]): readonly TableRoute[] {
  let byId = tables.get(g);
  if (!byId) tables.set(g, (byId = new Map()));
  let routes = byId.get(id);
  if (!routes) byId.set(id, (routes = build()));
  return routes;
}

/** A VPC table's routes in lookup order (static and propagated; the local route is the walk's). */
export function vpcTableRoutes(g: DomainGraph, vpc: TopologyNode, table: VpcRouteTable): readonly TableRoute[] {
  return cachedTable(g, table.id, () => buildVpcTable(g, vpc, table));
}

/** A transit gateway table's routes in lookup order (static, blackholes and propagated). */
export function tgwTableRoutes(g: DomainGraph, tgw: TopologyNode, table: TgwRouteTable): readonly TableRoute[] {
  return cachedTable(g, table.id, () => buildTgwTable(g, tgw, table));
}

/** True for the target that drops traffic. */
export const isBlackhole = (target: string): boolean => target === BLACKHOLE;
