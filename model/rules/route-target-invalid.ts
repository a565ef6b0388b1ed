import type { TopologyNode } from '../document/types';
import { isAttachmentOf, routeTableLabel, routesOf, routingOf, targetElementId, targetLabel, sentence } from '../graph/routing';
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

function attachedTo(index: TopologyIndex, vpc: TopologyNode, tgw: TopologyNode): boolean {
  return index.connectionsOf(vpc.id).some((c) => c.kind === 'tgw-attachment' && (c.source === tgw.id || c.target === tgw.id));
}

/** Why a VPC route's target cannot carry traffic from `vpc`, or undefined when it can. */
function vpcTargetProblem(index: TopologyIndex, vpc: TopologyNode<'vpc'>, target: string): string | undefined {
  if (target === BLACKHOLE) return 'AWS has no blackhole target in VPC route tables (only a transit gateway table can drop traffic on purpose)';
  const node = index.node(target);
  if (node) {
    if (VPC_GATEWAYS.has(node.kind)) return index.parentOf(node) === vpc ? undefined : `it is not attached to ${index.label(vpc)}`;
    if (IN_SUBNET.has(node.kind)) return index.vpcOf(node) === vpc ? undefined : `it is not in a subnet of ${index.label(vpc)}`;
    if (node.kind === 'transit-gateway') return attachedTo(index, vpc, node) ? undefined : `${index.label(vpc)} has no attachment to it`;
    return `it cannot be a route target: ${TARGETS}`;
  }
  const connection = index.connection(target);
  if (connection) {
    if (connection.kind !== 'vpc-peering') return `it cannot be a route target: ${TARGETS}`;
    const ours = connection.source === vpc.id || connection.target === vpc.id;
    return ours && connection.source !== connection.target ? undefined : `${index.label(vpc)} is not one of its two VPCs`;
  }
  return 'no element has that id';
}

/** Why a transit gateway route's target is not one of its attachments, or undefined when it is (or is a blackhole). */
function tgwTargetProblem(index: TopologyIndex, tgw: TopologyNode<'transit-gateway'>, target: string): string | undefined {
  if (target === BLACKHOLE) return undefined;
  const connection = index.connection(target);
  if (connection && isAttachmentOf(connection, tgw)) return undefined;
  const what = index.node(target) || connection ? 'it is not an attachment of the transit gateway' : 'no element has that id';
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
    const routing = routingOf(index);
    const findings: Finding[] = [];
    for (const { vpc, tables } of routing.vpcs) {
      for (const table of tables) {
        for (const route of routesOf(table)) {
          const why = vpcTargetProblem(index, vpc, route.target);
          if (why) findings.push(report(index, vpc, table, route, why));
        }
      }
    }
    for (const { tgw, tables } of routing.tgws) {
      for (const table of tables) {
        for (const route of routesOf(table)) {
          const why = tgwTargetProblem(index, tgw, route.target);
          if (why) findings.push(report(index, tgw, table, route, why));
        }
      }
    }
    return findings;
  },
});
