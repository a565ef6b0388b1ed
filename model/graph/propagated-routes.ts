/**
 * The routes a route table learns by propagation (routing.md, "What propagates"), for showing them
 * beside its static routes: a VPC table learns the on-premises blocks behind the VGWs it lists in
 * `propagate`; a transit gateway table learns, from each attachment it lists in `propagations`,
 * the blocks of the VPC, of the BGP VPN's site, or of the sites on the DX gateway's transit VIFs.
 *
 * The forwarding walk computes the same sets while it routes packets; this is the editor's
 * read of them, one table at a time, with where each route came from.
 */
import type { CidrBlock } from '../cidr/cidr';
import type { Connection, TopologyNode } from '../document/types';
import type { TgwRouteTable, VpcRouteTable } from '../kinds/route-tables';
import { associationEnds, vifEnds } from './direct-connect-ends';
import { isAttachmentOf } from './routing';
import type { TopologyIndex } from './topology-index';
import { vpnLinksBySide } from './vpn-links';

/** One propagated route: a destination, what propagated it, and whose block it is. */
export interface PropagatedRoute {
  /** The block, as the document writes it (canonical CIDR text). */
  destination: string;
  /** The VGW (VPC tables) or the attachment's connection id (transit gateway tables) that propagated it. */
  via: string;
  /** The on-premises network or VPC that owns the block. */
  owner: string;
}

/** The on-premises networks holding a set of customer gateways, each once, in the order met. */
function sitesOfGateways(index: TopologyIndex, gateways: Iterable<TopologyNode>): TopologyNode[] {
  const sites = new Set<TopologyNode>();
  for (const cgw of gateways) {
    const site = index.ancestorOfKind(cgw, 'on-premises');
    if (site) sites.add(site);
  }
  return [...sites];
}

/** The customer gateways a VPN connection joins. */
const vpnCustomerGateways = (index: TopologyIndex, vpn: TopologyNode): TopologyNode[] => vpnLinksBySide(index, vpn).customer.map((c) => c.end);

/** The customer gateways on a DX connection (its `dx-link`s). */
function dxCustomerGateways(index: TopologyIndex, dx: TopologyNode): TopologyNode[] {
  const gateways: TopologyNode[] = [];
  for (const link of index.connectionsOf(dx.id)) {
    const end = link.kind === 'dx-link' ? index.otherEnd(link, dx.id) : undefined;
    if (end?.kind === 'customer-gateway') gateways.push(end);
  }
  return gateways;
}

/** The customer gateways behind the VIFs of `type` that end on `end` (a VGW or a DX gateway). */
function vifCustomerGateways(index: TopologyIndex, end: TopologyNode, type: 'private' | 'transit'): TopologyNode[] {
  const gateways: TopologyNode[] = [];
  for (const vif of index.connectionsOf(end.id)) {
    const ends = vifEnds(index, vif);
    if (ends && ends.end === end && ends.type === type) gateways.push(...dxCustomerGateways(index, ends.dx));
  }
  return gateways;
}

/**
 * The on-premises networks a VGW learns routes from: sites whose VPN connections end on it, and
 * sites whose private VIFs reach it directly or through a DX gateway associated with it.
 */
export function sitesBehindVgw(index: TopologyIndex, vgw: TopologyNode): TopologyNode[] {
  const gateways: TopologyNode[] = [];
  for (const c of index.connectionsOf(vgw.id)) {
    const other = index.otherEnd(c, vgw.id);
    if (!other) continue;
    if (c.kind === 'vpn-link' && other.kind === 'vpn-connection') gateways.push(...vpnCustomerGateways(index, other));
    if (c.kind === 'dxgw-association') {
      const ends = associationEnds(index, c);
      if (ends?.gateway === vgw) gateways.push(...vifCustomerGateways(index, ends.dxgw, 'private'));
    }
  }
  gateways.push(...vifCustomerGateways(index, vgw, 'private'));
  return sitesOfGateways(index, gateways);
}

/** The on-premises networks whose virtual interfaces (of any type) end on a DX gateway. */
export function sitesBehindDxgw(index: TopologyIndex, dxgw: TopologyNode): TopologyNode[] {
  return sitesOfGateways(index, [...vifCustomerGateways(index, dxgw, 'private'), ...vifCustomerGateways(index, dxgw, 'transit')]);
}

function routesOfSites(index: TopologyIndex, sites: readonly TopologyNode[], via: string): PropagatedRoute[] {
  return sites.flatMap((site) => index.ipv4Blocks(site).map((block: CidrBlock) => ({ destination: block.text, via, owner: site.id })));
}

/**
 * The routes a VPC route table learns from the VGWs in its `propagate` list: the on-premises
 * blocks of the sites behind each. Entries that are not a VGW of this VPC propagate nothing
 * (`route-table-ref` reports them).
 */
export function vpcTablePropagatedRoutes(index: TopologyIndex, vpc: TopologyNode, table: VpcRouteTable): PropagatedRoute[] {
  const routes: PropagatedRoute[] = [];
  for (const id of Array.isArray(table.propagate) ? table.propagate : []) {
    const vgw = index.node(id);
    if (vgw?.kind !== 'vpn-gateway' || index.parentOf(vgw) !== vpc) continue;
    routes.push(...routesOfSites(index, sitesBehindVgw(index, vgw), vgw.id));
  }
  return routes;
}

/** What one transit gateway attachment propagates: nothing for a static VPN or a peering. */
function attachmentRoutes(index: TopologyIndex, tgw: TopologyNode, attachment: Connection): PropagatedRoute[] {
  const other = index.otherEnd(attachment, tgw.id);
  if (!other) return [];
  switch (attachment.kind) {
    case 'tgw-attachment':
      return [...index.ipv4Blocks(other), ...index.ipv6Blocks(other)].map((block) => ({ destination: block.text, via: attachment.id, owner: other.id }));
    case 'vpn-link':
      if (other.kind !== 'vpn-connection' || index.props(other).routing !== 'bgp') return [];
      return routesOfSites(index, sitesOfGateways(index, vpnCustomerGateways(index, other)), attachment.id);
    case 'dxgw-association': {
      const ends = associationEnds(index, attachment);
      if (!ends) return [];
      return routesOfSites(index, sitesOfGateways(index, vifCustomerGateways(index, ends.dxgw, 'transit')), attachment.id);
    }
    default:
      return [];
  }
}

/**
 * The routes a transit gateway route table learns from the attachments in its `propagations`
 * list: a VPC attachment's VPC blocks, a BGP VPN's site blocks, a DX gateway's transit-VIF site
 * blocks. Static VPNs and peerings propagate nothing; ids that are not attachments of the gateway
 * are skipped (`route-table-ref` reports them).
 */
export function tgwTablePropagatedRoutes(index: TopologyIndex, tgw: TopologyNode, table: TgwRouteTable): PropagatedRoute[] {
  const routes: PropagatedRoute[] = [];
  for (const id of Array.isArray(table.propagations) ? table.propagations : []) {
    const attachment = index.connection(id);
    if (attachment && isAttachmentOf(attachment, tgw)) routes.push(...attachmentRoutes(index, tgw, attachment));
  }
  return routes;
}
