import type { TopologyNode } from '../document/types';
import { isAttachmentOf, routeFactsOf, routeTableLabel, sentence, targetElementId, targetLabel, type RouteFact } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import type { NodeKind } from '../kinds/node-kinds';
import { BLACKHOLE, type Route } from '../kinds/route-tables';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** Gateways a VPC route may target when they are attached to that VPC (drawn inside it). */
const VPC_GATEWAYS: ReadonlySet<NodeKind> = new Set<NodeKind>(['internet-gateway', 'egress-only-internet-gateway', 'vpn-gateway']);
/** Nodes a VPC route may target when they sit in one of that VPC's subnets. */
const IN_SUBNET: ReadonlySet<NodeKind> = new Set<NodeKind>(['nat-gateway', 'instance']);

const TARGETS =
  "a VPC route targets the VPC's internet, egress-only or virtual private gateway, a NAT gateway or appliance instance in its subnets, a transit gateway it is attached to, or one of its peering connections";

/** The transit gateways each VPC is attached to, gathered when a route of that VPC first targets one. */
type AttachedTgws = Map<string, Set<string>>;

function attachedTo(index: TopologyIndex, cache: AttachedTgws, vpc: TopologyNode, tgw: TopologyNode): boolean {
  let tgws = cache.get(vpc.id);
  if (!tgws) {
    tgws = new Set();
    for (const c of index.connectionsOf(vpc.id)) if (c.kind === 'tgw-attachment') tgws.add(c.source === vpc.id ? c.target : c.source);
    cache.set(vpc.id, tgws);
  }
  return tgws.has(tgw.id);
}

/** Why a VPC route's target cannot carry traffic from `vpc`, or undefined when it can. */
function vpcTargetProblem(index: TopologyIndex, cache: AttachedTgws, vpc: TopologyNode, { route, targetNode: node, targetConnection: connection }: RouteFact): string | undefined {
  if (node) {
    if (VPC_GATEWAYS.has(node.kind)) return index.parentOf(node) === vpc ? undefined : `it is not attached to ${index.label(vpc)}`;
    if (IN_SUBNET.has(node.kind)) return index.vpcOf(node) === vpc ? undefined : `it is not in a subnet of ${index.label(vpc)}`;
    if (node.kind === 'transit-gateway') return attachedTo(index, cache, vpc, node) ? undefined : `${index.label(vpc)} has no attachment to it`;
    return `it cannot be a route target: ${TARGETS}`;
  }
  if (connection) {
    if (connection.kind !== 'vpc-peering') return `it cannot be a route target: ${TARGETS}`;
    const ours = connection.source === vpc.id || connection.target === vpc.id;
    return ours && connection.source !== connection.target ? undefined : `${index.label(vpc)} is not one of its two VPCs`;
  }
  if (route.target === BLACKHOLE) return 'AWS has no blackhole target in VPC route tables (only a transit gateway table can drop traffic on purpose)';
  return 'no element has that id';
}

/** Why a transit gateway route's target is not one of its attachments, or undefined when it is (or is a blackhole). */
function tgwTargetProblem(tgw: TopologyNode, { route, targetNode, targetConnection }: RouteFact): string | undefined {
  if (targetConnection && isAttachmentOf(targetConnection, tgw)) return undefined;
  if (!targetNode && !targetConnection && route.target === BLACKHOLE) return undefined;
  const what = targetNode || targetConnection ? 'it is not an attachment of the transit gateway' : 'no element has that id';
  return `${what}: a transit gateway route targets one of its VPC, VPN, Direct Connect gateway or peering attachments, or "blackhole"`;
}

function report(index: TopologyIndex, owner: TopologyNode, table: { id: string; name?: string }, route: Route, why: string): Finding {
  return finding(
    'route-target-invalid',
    `${sentence(routeTableLabel(table))} of ${index.label(owner)} sends ${route.destination} to ${targetLabel(index, route.target)}, but ${why}; the route drops what it matches.`,
    [owner.id, targetElementId(index, route.target), table.id],
  );
}

/**
 * `route-target-invalid`: a route whose target does not exist, is a kind no route can target, or
 * is not usable from the table's VPC (another VPC's gateway, a transit gateway it is not attached
 * to, a peering it is not part of); in a transit gateway table, anything but its own attachments.
 */
export const routeTargetInvalid = defineRule('route-target-invalid', {
  check: (index) => {
    const { vpcRoutes, tgwRoutes } = routeFactsOf(index);
    const findings: Finding[] = [];
    const cache: AttachedTgws = new Map();
    for (const fact of vpcRoutes) {
      const why = vpcTargetProblem(index, cache, fact.owner.node, fact);
      if (why) findings.push(report(index, fact.owner.node, fact.owner.table, fact.route, why));
    }
    for (const fact of tgwRoutes) {
      const why = tgwTargetProblem(fact.owner.node, fact);
      if (why) findings.push(report(index, fact.owner.node, fact.owner.table, fact.route, why));
    }
    return findings;
  },
});
