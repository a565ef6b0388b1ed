/**
 * What a VPC route may target from that VPC (routing.md, "VPC route tables"): the targets
 * `route-target-invalid` accepts, listed so that an editor offers only those. The rule and this
 * list read the same facts (the gateways drawn inside the VPC, the NAT gateways and instances in
 * its subnets, the transit gateways it is attached to, its peerings); a test checks that every
 * target listed here passes the rule.
 */
import type { TopologyNode } from '../document/types';
import type { NodeKind } from '../kinds/node-kinds';
import type { TopologyIndex } from './topology-index';

/** One target a VPC route may use. */
export interface RouteTargetOption {
  /** The node or `vpc-peering` connection id a route stores as its target. */
  id: string;
  /** What the target is, for grouping and wording. */
  kind: NodeKind | 'vpc-peering';
  /** How the editor names it: `Internet gateway igw-1`, `VPC peering pcx-1 (to VPC shared)`. */
  label: string;
  /** A word of warning for a target that exists but will drop traffic (an instance that checks source and destination). */
  caution?: string;
}

/** Gateways drawn inside the VPC, in the order a person reads a route table. */
const GATEWAY_ORDER: readonly NodeKind[] = ['internet-gateway', 'egress-only-internet-gateway', 'vpn-gateway'];

/**
 * The targets a route of `vpc`'s tables may use, in this order: its internet, egress-only and
 * virtual private gateways; NAT gateways and instances in its subnets; transit gateways it has an
 * attachment to; its VPC peerings.
 */
export function vpcRouteTargets(index: TopologyIndex, vpc: TopologyNode): RouteTargetOption[] {
  const options: RouteTargetOption[] = [];
  const children = index.childrenOf(vpc.id);
  for (const kind of GATEWAY_ORDER) {
    for (const node of children) if (node.kind === kind) options.push({ id: node.id, kind, label: index.label(node) });
  }
  const inSubnets = index.childrenOfKind(vpc.id, 'subnet').flatMap((subnet) => index.childrenOf(subnet.id));
  for (const node of [...inSubnets.filter((n) => n.kind === 'nat-gateway'), ...inSubnets.filter((n) => n.kind === 'instance')]) {
    const option: RouteTargetOption = { id: node.id, kind: node.kind, label: index.label(node) };
    if (node.kind === 'instance' && index.props(node as TopologyNode<'instance'>).sourceDestCheck) option.caution = 'its source/destination check is on, so it drops forwarded traffic';
    options.push(option);
  }
  const tgws = new Set<string>();
  const peerings: RouteTargetOption[] = [];
  for (const c of index.connectionsOf(vpc.id)) {
    const other = index.otherEnd(c, vpc.id);
    if (c.kind === 'tgw-attachment' && other?.kind === 'transit-gateway' && !tgws.has(other.id)) {
      tgws.add(other.id);
      options.push({ id: other.id, kind: 'transit-gateway', label: index.label(other) });
    }
    if (c.kind === 'vpc-peering' && c.source !== c.target) {
      peerings.push({ id: c.id, kind: 'vpc-peering', label: `${index.connectionLabel(c)}${other ? ` (to ${index.label(other)})` : ''}` });
    }
  }
  return [...options, ...peerings];
}
