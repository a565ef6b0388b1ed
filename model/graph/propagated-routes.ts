/**
 * Route propagation (routing.md, "What propagates"), written once: which VGW or transit gateway
 * attachment puts which blocks into a route table. A VPC table learns the on-premises blocks behind
 * the VGWs it lists in `propagate`; a transit gateway table learns, from each attachment it lists in
 * `propagations`, the VPC's blocks, a BGP VPN's site blocks, or the blocks of the sites whose transit
 * VIFs end on the DX gateway. Static VPNs and peerings propagate nothing.
 *
 * Both readers take their routes from here, so that they cannot drift apart: the forwarding walk
 * (`reach/propagation.ts` adds the static routes and sorts them for lookup) and the editor's
 * inspector and review page (which list each route with what propagated it and whose block it is).
 */
import type { CidrBlock } from '../cidr/cidr';
import type { Connection, ElementId, NodeId, TopologyNode } from '../document/types';
import type { TgwRouteTable, VpcRouteTable } from '../kinds/route-tables';
import { associationEnds, vifEnds } from './direct-connect-ends';
import { isAttachmentOf } from './routing';
import type { TopologyIndex } from './topology-index';
import { vpnLinksBySide } from './vpn-links';

/**
 * What kind of propagation a route came from, which decides between equal prefixes in a transit
 * gateway table (VPC, then DX gateway, then VPN: AWS's route evaluation order). A VGW's routes in a
 * VPC table count as `vpn`, whether the site is behind a VPN or a private VIF.
 */
export type PropagationSource = 'vpc' | 'dx-gateway' | 'vpn';

/** One propagated route: a destination, what propagated it, and whose block it is. */
export interface PropagatedRoute {
  /** The destination block. */
  block: CidrBlock;
  /** The block, as the document writes it (canonical CIDR text). */
  destination: string;
  /** The VGW (VPC tables) or the attachment's connection id (transit gateway tables) that propagated it: the route's target. */
  via: ElementId;
  /** The on-premises network or VPC that owns the block (a customer gateway outside every on-premises network is a site of its own). */
  owner: NodeId;
  /** What kind of propagation it is, for the choice between equal prefixes. */
  source: PropagationSource;
}

/** The site of a customer gateway: its on-premises network, or the gateway itself when it stands alone (as `reach/graph.ts` has it). */
const siteOf = (index: TopologyIndex, cgw: TopologyNode): TopologyNode => index.ancestorOfKind(cgw, 'on-premises') ?? cgw;

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

/** The sites holding a set of customer gateways, each once, in the order met. */
function sitesOfGateways(index: TopologyIndex, gateways: Iterable<TopologyNode>): TopologyNode[] {
  const sites = new Set<TopologyNode>();
  for (const cgw of gateways) sites.add(siteOf(index, cgw));
  return [...sites];
}

/**
 * The sites a VGW learns routes from, in the order of its connections: sites whose VPN connections
 * end on it (BGP-learned, or a static VPN's static routes, which the spec takes to be the site's
 * blocks), and sites whose private VIFs reach it directly or through a DX gateway associated with it.
 */
export function sitesBehindVgw(index: TopologyIndex, vgw: TopologyNode): TopologyNode[] {
  const gateways: TopologyNode[] = [];
  for (const c of index.connectionsOf(vgw.id)) {
    if (c.kind === 'vpn-link') {
      const vpn = index.otherEnd(c, vgw.id);
      if (vpn?.kind === 'vpn-connection') gateways.push(...vpnCustomerGateways(index, vpn));
    } else if (c.kind === 'dxgw-association') {
      const ends = associationEnds(index, c);
      if (ends?.gateway === vgw) gateways.push(...vifCustomerGateways(index, ends.dxgw, 'private'));
    } else if (c.kind === 'vif') {
      const ends = vifEnds(index, c);
      if (ends?.end === vgw && ends.type === 'private') gateways.push(...dxCustomerGateways(index, ends.dx));
    }
  }
  return sitesOfGateways(index, gateways);
}

/** The sites whose virtual interfaces (private or transit) end on a DX gateway. */
export function sitesBehindDxgw(index: TopologyIndex, dxgw: TopologyNode): TopologyNode[] {
  return sitesOfGateways(index, [...vifCustomerGateways(index, dxgw, 'private'), ...vifCustomerGateways(index, dxgw, 'transit')]);
}

/** One route per block (IPv4, then IPv6) of each owner, in the order given. */
function routesOf(index: TopologyIndex, owners: readonly TopologyNode[], via: ElementId, source: PropagationSource): PropagatedRoute[] {
  const routes: PropagatedRoute[] = [];
  for (const owner of owners) {
    for (const block of [...index.ipv4Blocks(owner), ...index.ipv6Blocks(owner)]) routes.push({ block, destination: block.text, via, owner: owner.id, source });
  }
  return routes;
}

/**
 * What one transit gateway attachment propagates into a table that lists it: a VPC attachment its
 * VPC's blocks (both families), a BGP VPN attachment its site's blocks, a DX gateway attachment the
 * blocks of the sites whose transit VIFs end on that DX gateway. A static VPN and a peering
 * propagate nothing (`tgw-peering-propagation` reports a listed peering), nor does a connection
 * whose ends are not what its kind needs (`connection-ends-invalid`'s business).
 */
export function attachmentPropagatedRoutes(index: TopologyIndex, tgw: TopologyNode, attachment: Connection): PropagatedRoute[] {
  if (!isAttachmentOf(attachment, tgw)) return [];
  const other = index.otherEnd(attachment, tgw.id);
  if (!other) return [];
  switch (attachment.kind) {
    case 'tgw-attachment':
      return other.kind === 'vpc' ? routesOf(index, [other], attachment.id, 'vpc') : [];
    case 'vpn-link':
      if (other.kind !== 'vpn-connection' || index.props(other).routing !== 'bgp') return [];
      return routesOf(index, sitesOfGateways(index, vpnCustomerGateways(index, other)), attachment.id, 'vpn');
    case 'dxgw-association': {
      const ends = associationEnds(index, attachment);
      if (ends?.gateway !== tgw) return [];
      return routesOf(index, sitesOfGateways(index, vifCustomerGateways(index, ends.dxgw, 'transit')), attachment.id, 'dx-gateway');
    }
    default:
      return [];
  }
}

/**
 * The routes a VPC route table learns from the VGWs in its `propagate` list, in that order: the
 * blocks of the sites behind each. Entries that are not a VGW of this VPC propagate nothing
 * (`route-table-ref` reports them).
 */
export function vpcTablePropagatedRoutes(index: TopologyIndex, vpc: TopologyNode, table: VpcRouteTable): PropagatedRoute[] {
  const routes: PropagatedRoute[] = [];
  for (const id of Array.isArray(table.propagate) ? table.propagate : []) {
    const vgw = index.node(id);
    if (vgw?.kind !== 'vpn-gateway' || index.parentOf(vgw) !== vpc) continue;
    routes.push(...routesOf(index, sitesBehindVgw(index, vgw), vgw.id, 'vpn'));
  }
  return routes;
}

/**
 * The routes a transit gateway route table learns from the attachments in its `propagations`
 * list, in that order (see `attachmentPropagatedRoutes`). Ids that are not attachments of the
 * gateway are skipped (`route-table-ref` reports them).
 */
export function tgwTablePropagatedRoutes(index: TopologyIndex, tgw: TopologyNode, table: TgwRouteTable): PropagatedRoute[] {
  const routes: PropagatedRoute[] = [];
  for (const id of Array.isArray(table.propagations) ? table.propagations : []) {
    const attachment = index.connection(id);
    if (attachment) routes.push(...attachmentPropagatedRoutes(index, tgw, attachment));
  }
  return routes;
}
