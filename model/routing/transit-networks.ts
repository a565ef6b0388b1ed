/**
 * What each transit gateway can deliver, as version 1's reach sees it (rules.md, "Reachability":
 * a transit gateway joins every attachment to every other, and a `tgw-peering` extends that to the
 * peer gateway's attachments): the networks behind its own attachments, the gateways joined to it
 * by peerings with the peering each is reached by first, and the VPCs whose NAT gateway serves
 * centralised egress. "Make routes explicit" writes route tables from these facts.
 */
import type { CidrBlock } from '../cidr/cidr';
import type { Connection, TopologyNode } from '../document/types';
import { natPlacementProblems } from '../rules/nat-public-placement';
import type { TopologyIndex } from '../graph/topology-index';
import { tgwAttachments } from '../graph/routing';
import { vpnLinksBySide } from '../graph/vpn-links';
import { associationEnds, vifEnds } from '../graph/direct-connect-ends';

/** A network behind one attachment of a transit gateway. */
export interface NetworkBehind {
  /** The VPC or on-premises network. */
  node: TopologyNode;
  /** Its IPv4 and IPv6 blocks that parse. */
  blocks: readonly CidrBlock[];
}

/** One attachment of a transit gateway and what sits behind it. */
export interface TgwAttachment {
  connection: Connection;
  /** The VPC, sites or peer gateway behind it. */
  behind: readonly NetworkBehind[];
  /** True when AWS propagates its routes: a VPC, a BGP VPN, a Direct Connect gateway (never a peering or a static VPN). */
  propagates: boolean;
  /** For a static VPN: the site blocks that need static routes. */
  staticBlocks: readonly CidrBlock[];
  /** For a `tgw-peering`: the gateway at its other end. */
  peer?: TopologyNode<'transit-gateway'>;
  /** For a `dxgw-association`: the Direct Connect gateway at its other end. */
  dxGateway?: TopologyNode<'dx-gateway'>;
}

/** What one transit gateway delivers. */
export interface TransitFacts {
  tgw: TopologyNode<'transit-gateway'>;
  attachments: readonly TgwAttachment[];
  /** Every gateway joined to this one through peerings, with the peering attachment of this gateway each is reached by first (fewest hops). */
  viaPeering: ReadonlyMap<TopologyNode<'transit-gateway'>, Connection>;
  /** The cluster: this gateway and every gateway joined to it by peerings (shared object across the cluster). */
  cluster: Cluster;
}

/** Gateways joined by peerings: every attachment of one reaches every attachment of the others. */
export interface Cluster {
  /** A stable key: the first gateway's id, in document order. */
  key: string;
  gateways: TopologyNode<'transit-gateway'>[];
  /** The blocks of every network behind a non-peering attachment of the cluster. */
  blocks: CidrBlock[];
  /** The VPCs of the cluster with a usable NAT gateway, in document order: where centralised egress can leave. */
  egressVpcs: TopologyNode[];
}

/** A public NAT gateway that reaches the internet: in a public subnet of a VPC with an internet gateway. */
export function usableNat(index: TopologyIndex, vpc: TopologyNode): TopologyNode<'nat-gateway'> | undefined {
  for (const subnet of index.childrenOfKind(vpc.id, 'subnet')) {
    for (const nat of index.childrenOfKind(subnet.id, 'nat-gateway')) {
      if (index.props(nat).connectivity === 'public' && natPlacementProblems(index, nat).length === 0) return nat;
    }
  }
  return undefined;
}

/** The IPv4 and IPv6 blocks of a VPC or site. */
export const blocksOf = (index: TopologyIndex, node: TopologyNode): CidrBlock[] => [...index.ipv4Blocks(node), ...index.ipv6Blocks(node)];

/** The on-premises network a customer gateway belongs to. */
const siteOf = (index: TopologyIndex, cgw: TopologyNode): TopologyNode | undefined => index.ancestorOfKind(cgw, 'on-premises');

/** The sites behind a Direct Connect gateway: those whose transit VIFs end on it, through their DX connections. */
function sitesBehindDxGateway(index: TopologyIndex, dxgw: TopologyNode): TopologyNode[] {
  const sites: TopologyNode[] = [];
  for (const vif of index.connectionsOf(dxgw.id)) {
    const ends = vifEnds(index, vif);
    if (!ends || ends.end !== dxgw || ends.type !== 'transit') continue;
    for (const link of index.connectionsOf(ends.dx.id)) {
      if (link.kind !== 'dx-link') continue;
      const cgw = index.otherEnd(link, ends.dx.id);
      const site = cgw?.kind === 'customer-gateway' ? siteOf(index, cgw) : undefined;
      if (site && !sites.includes(site)) sites.push(site);
    }
  }
  return sites;
}

function readAttachment(index: TopologyIndex, tgw: TopologyNode<'transit-gateway'>, connection: Connection): TgwAttachment {
  const other = index.otherEnd(connection, tgw.id);
  const network = (node: TopologyNode): NetworkBehind => ({ node, blocks: blocksOf(index, node) });
  switch (connection.kind) {
    case 'tgw-attachment':
      return { connection, behind: other?.kind === 'vpc' ? [network(other)] : [], propagates: true, staticBlocks: [] };
    case 'vpn-link': {
      if (other?.kind !== 'vpn-connection') return { connection, behind: [], propagates: true, staticBlocks: [] };
      const sites = vpnLinksBySide(index, other).customer.map(({ end }) => siteOf(index, end)).filter((s): s is TopologyNode => s !== undefined);
      const behind = sites.map(network);
      const isStatic = index.props(other).routing === 'static';
      return { connection, behind, propagates: !isStatic, staticBlocks: isStatic ? behind.flatMap((n) => n.blocks) : [] };
    }
    case 'dxgw-association': {
      const ends = associationEnds(index, connection);
      if (!ends) return { connection, behind: [], propagates: true, staticBlocks: [] };
      return { connection, behind: sitesBehindDxGateway(index, ends.dxgw).map(network), propagates: true, staticBlocks: [], dxGateway: ends.dxgw };
    }
    default:
      return { connection, behind: [], propagates: false, staticBlocks: [], peer: other?.kind === 'transit-gateway' ? other : undefined };
  }
}

/** The transit facts of every transit gateway of the document, by gateway. */
export function transitFactsOf(index: TopologyIndex): Map<TopologyNode, TransitFacts> {
  const attachmentsOf = new Map<TopologyNode, TgwAttachment[]>();
  for (const tgw of index.nodesOfKind('transit-gateway')) {
    attachmentsOf.set(tgw, [...tgwAttachments(index, tgw).values()].map((c) => readAttachment(index, tgw, c)));
  }
  const facts = new Map<TopologyNode, TransitFacts>();
  for (const tgw of index.nodesOfKind('transit-gateway')) {
    if (facts.has(tgw)) continue;
    // Breadth-first over peerings from each gateway of the cluster, so each knows its first hop toward the others.
    const cluster: Cluster = { key: tgw.id, gateways: [], blocks: [], egressVpcs: [] };
    const queue = [tgw];
    const seen = new Set<TopologyNode>([tgw]);
    for (let i = 0; i < queue.length; i++) {
      for (const a of attachmentsOf.get(queue[i]!)!) {
        if (a.peer && !seen.has(a.peer)) {
          seen.add(a.peer);
          queue.push(a.peer);
        }
      }
    }
    cluster.gateways = queue;
    for (const member of queue) {
      for (const a of attachmentsOf.get(member)!) {
        for (const n of a.behind) {
          cluster.blocks.push(...n.blocks);
          if (n.node.kind === 'vpc' && !cluster.egressVpcs.includes(n.node) && usableNat(index, n.node)) cluster.egressVpcs.push(n.node);
        }
      }
    }
    for (const member of queue) facts.set(member, { tgw: member, attachments: attachmentsOf.get(member)!, viaPeering: firstHops(member, attachmentsOf), cluster });
  }
  return facts;
}

/** For every gateway joined to `start` by peerings, the peering attachment of `start` on a shortest way to it. */
function firstHops(start: TopologyNode<'transit-gateway'>, attachmentsOf: ReadonlyMap<TopologyNode, TgwAttachment[]>): Map<TopologyNode<'transit-gateway'>, Connection> {
  const first = new Map<TopologyNode<'transit-gateway'>, Connection>();
  const queue: TopologyNode<'transit-gateway'>[] = [start];
  const seen = new Set<TopologyNode>([start]);
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const a of attachmentsOf.get(at)!) {
      if (!a.peer || seen.has(a.peer)) continue;
      seen.add(a.peer);
      queue.push(a.peer);
      first.set(a.peer, at === start ? a.connection : first.get(at)!);
    }
  }
  return first;
}
