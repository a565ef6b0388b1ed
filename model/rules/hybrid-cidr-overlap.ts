/**
 * `hybrid-cidr-overlap`: an on-premises block overlaps a block of a VPC the network is connected to.
 *
 * "Connected" is decided by a small traversal of its own, ignoring every other rule (an overlap,
 * a VIF of the wrong type, a mixed DX gateway): it asks only whether a path of drawn resources
 * joins the two, not whether `reach` would let traffic through. From the on-premises network's
 * customer gateways, it follows:
 * - vpn-link → VPN connection → vpn-link → a VGW or a transit gateway (a VPN attachment);
 * - dx-link → DX connection → vif (any type) → a VGW or a DX gateway;
 * - DX gateway → dxgw-association → a VGW or a transit gateway;
 * - a VGW → the VPC it is attached to (its parent);
 * - a transit gateway → tgw-peering → the transit gateways peered with it (as `reach` does: a
 *   peering extends a transit gateway to the peer's attachments), then tgw-attachment → each
 *   attached VPC.
 * It never goes back towards customer gateways (CloudHub joins sites, not VPCs), never from a VGW
 * to its DX gateway (that would be VGW to VGW through the gateway), and does not follow VPC
 * peering: a VPC reached only that way is not "connected" here (no route from a site crosses a peering).
 */
import type { Connection, TopologyNode } from '../document/types';
import { BlockIndex } from '../cidr/block-index';
import { overlaps, type CidrBlock, type OwnedBlock } from '../cidr/cidr';
import type { TopologyIndex } from '../graph/topology-index';
import { attachedVpc } from '../graph/gateways';
import { enumerate } from '../text/enumerate';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { groupDigits } from '../text/group-digits';

/** A VGW or transit gateway: where on-premises traffic enters AWS. */
type Hub = TopologyNode<'vpn-gateway'> | TopologyNode<'transit-gateway'>;

const isHub = (node: TopologyNode | undefined): node is Hub => node?.kind === 'vpn-gateway' || node?.kind === 'transit-gateway';

function linked(index: TopologyIndex, node: TopologyNode, kind: Connection['kind']): TopologyNode[] {
  return index.connectionsOf(node.id).flatMap((c) => (c.kind === kind ? (index.otherEnd(c, node.id) ?? []) : []));
}

/** The VGWs and transit gateways an on-premises network's customer gateways reach, in the order found. */
function hubsOf(index: TopologyIndex, onPrem: TopologyNode): Hub[] {
  const hubs = new Set<Hub>();
  const dxConnections = new Set<TopologyNode>();
  const dxGateways = new Set<TopologyNode>();
  for (const cgw of index.childrenOfKind(onPrem.id, 'customer-gateway')) {
    for (const vpn of linked(index, cgw, 'vpn-link')) {
      if (vpn.kind !== 'vpn-connection') continue;
      for (const end of linked(index, vpn, 'vpn-link')) if (isHub(end)) hubs.add(end);
    }
    for (const dx of linked(index, cgw, 'dx-link')) if (dx.kind === 'dx-connection') dxConnections.add(dx);
  }
  for (const dx of dxConnections) {
    for (const end of linked(index, dx, 'vif')) {
      if (isHub(end)) hubs.add(end);
      else if (end.kind === 'dx-gateway') dxGateways.add(end);
    }
  }
  for (const dxgw of dxGateways) {
    for (const end of linked(index, dxgw, 'dxgw-association')) if (isHub(end)) hubs.add(end);
  }
  return [...hubs];
}

/** A transit gateway and every one joined to it by transit gateway peerings, nearest first. */
function peeredTransitGateways(index: TopologyIndex, tgw: TopologyNode): TopologyNode[] {
  const group = [tgw];
  const seen = new Set(group);
  for (let i = 0; i < group.length; i++) {
    for (const peer of linked(index, group[i]!, 'tgw-peering')) {
      if (peer.kind !== 'transit-gateway' || seen.has(peer)) continue;
      seen.add(peer);
      group.push(peer);
    }
  }
  return group;
}

/** The VPCs behind a hub: a VGW's own VPC, or every VPC attached to a transit gateway or to one peered with it. */
function vpcsOfHub(index: TopologyIndex, hub: Hub): TopologyNode<'vpc'>[] {
  if (hub.kind === 'vpn-gateway') {
    const vpc = attachedVpc(index, hub);
    return vpc ? [vpc] : [];
  }
  return peeredTransitGateways(index, hub).flatMap((tgw) => linked(index, tgw, 'tgw-attachment').filter((n): n is TopologyNode<'vpc'> => n.kind === 'vpc'));
}

/** The VPCs an on-premises network is connected to, by the definition at the top of this file. */
export function connectedVpcs(index: TopologyIndex, onPrem: TopologyNode): TopologyNode<'vpc'>[] {
  const vpcs = new Set<TopologyNode<'vpc'>>();
  for (const hub of hubsOf(index, onPrem)) for (const vpc of vpcsOfHub(index, hub)) vpcs.add(vpc);
  return [...vpcs];
}

/** Each VPC behind a hub with its first position there, cached across the on-premises networks of one check. */
type PositionCache = Map<Hub, Map<TopologyNode<'vpc'>, number>>;

/**
 * `connectedVpcs(index, onPrem)` narrowed to `among`, in the same order, without listing every
 * connected VPC: one site can be connected to thousands of VPCs (every VPC on its region's transit
 * gateways), and doing that for every site is quadratic in the size of the network.
 */
function connectedAmong(index: TopologyIndex, onPrem: TopologyNode, among: ReadonlySet<TopologyNode<'vpc'>>, cache: PositionCache): TopologyNode<'vpc'>[] {
  const found: TopologyNode<'vpc'>[] = [];
  const left = new Set(among);
  for (const hub of hubsOf(index, onPrem)) {
    if (left.size === 0) break;
    let positions = cache.get(hub);
    if (!positions) {
      positions = new Map();
      for (const vpc of vpcsOfHub(index, hub)) if (!positions.has(vpc)) positions.set(vpc, positions.size);
      cache.set(hub, positions);
    }
    const here = [...left].filter((vpc) => positions.has(vpc)).sort((a, b) => positions.get(a)! - positions.get(b)!);
    for (const vpc of here) {
      left.delete(vpc);
      found.push(vpc);
    }
  }
  return found;
}

/**
 * A lookup, among blocks of one family, of one overlapping a given block, in O(log n): aligned blocks nest or are
 * disjoint, so the outermost blocks, sorted, are disjoint and a binary search finds the one that
 * overlaps (any block overlapping an inner block also overlaps its outer one).
 */
export function blockLookup(blocks: readonly CidrBlock[]): (block: CidrBlock) => CidrBlock | undefined {
  const sorted = [...blocks].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.prefix - b.prefix));
  const outer: CidrBlock[] = [];
  for (const block of sorted) {
    const last = outer[outer.length - 1];
    if (!last || last.last < block.first) outer.push(block);
  }
  return (block) => {
    let lo = 0;
    let hi = outer.length;
    // The first outer block that ends at or after the block's start.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (outer[mid]!.last < block.first) lo = mid + 1;
      else hi = mid;
    }
    const candidate = outer[lo];
    return candidate && overlaps(candidate, block) ? candidate : undefined;
  };
}

/** Every VPC's IPv4 blocks, to find the few VPCs that overlap an on-premises network. */
function vpcBlockIndex(index: TopologyIndex): BlockIndex<TopologyNode<'vpc'>> {
  const items: OwnedBlock<TopologyNode<'vpc'>>[] = [];
  for (const vpc of index.nodesOfKind('vpc')) for (const block of index.ipv4Blocks(vpc)) items.push({ block, owner: vpc });
  return new BlockIndex(items);
}

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  const positions: PositionCache = new Map();
  let vpcBlocks: BlockIndex<TopologyNode<'vpc'>> | undefined;
  for (const onPrem of index.nodesOfKind('on-premises')) {
    const blocks = index.ipv4Blocks(onPrem);
    if (blocks.length === 0) continue;
    // Only VPCs that overlap the network can be reported: find those first, then ask which are connected.
    vpcBlocks ??= vpcBlockIndex(index);
    const overlappingVpcs = new Set<TopologyNode<'vpc'>>();
    for (const block of blocks) for (const hit of vpcBlocks.overlapping(block)) overlappingVpcs.add(hit.owner);
    if (overlappingVpcs.size === 0) continue;
    const overlapping = blockLookup(blocks);
    // Each connected VPC that overlaps, with its first block that does and the on-premises block it overlaps.
    const hits: Array<{ vpc: TopologyNode<'vpc'>; vpcBlock: CidrBlock; onPremBlock: CidrBlock }> = [];
    for (const vpc of connectedAmong(index, onPrem, overlappingVpcs, positions)) {
      for (const vpcBlock of index.ipv4Blocks(vpc)) {
        const onPremBlock = overlapping(vpcBlock);
        if (!onPremBlock) continue;
        hits.push({ vpc, vpcBlock, onPremBlock });
        break;
      }
    }
    if (hits.length === 1) {
      const { vpc, vpcBlock, onPremBlock } = hits[0]!;
      findings.push(
        finding(
          'hybrid-cidr-overlap',
          `${index.label(onPrem)} (${onPremBlock.text}) overlaps ${index.label(vpc)} (${vpcBlock.text}), which it is connected to; ` +
            `the VPC's local route wins, so those on-premises addresses are unreachable from ${index.label(vpc)}.`,
          [onPrem.id, vpc.id],
        ),
      );
    } else if (hits.length > 1) {
      // One finding per network, not per VPC: a site on a transit gateway of a thousand VPCs, times every site, is quadratic.
      findings.push(
        finding(
          'hybrid-cidr-overlap',
          `${index.label(onPrem)} overlaps ${groupDigits(hits.length)} VPCs it is connected to: ` +
            `${enumerate(hits, (h) => `${index.label(h.vpc)} (${h.vpcBlock.text} overlaps ${h.onPremBlock.text})`)}; ` +
            `each VPC's local route wins, so those on-premises addresses are unreachable from it.`,
          [onPrem.id, ...hits.map((h) => h.vpc.id)],
        ),
      );
    }
  }
  return findings;
}

/** `hybrid-cidr-overlap`: an on-premises block overlaps a block of a VPC it is connected to (warning). */
export const hybridCidrOverlap = defineRule('hybrid-cidr-overlap', { check });
