/**
 * A gateway endpoint as a reach target in an explicitly routed VPC (routing.md, "Endpoints are
 * reach targets"): it has no block, so no packet walk decides it. It is reached only from subnets
 * of its own VPC whose route table it is associated with (AWS adds the service's prefix-list route
 * to exactly those tables), and never from outside the VPC (`gateway-endpoint-remote-use`).
 */
import type { ElementId, TopologyNode } from '../document/types';
import { routingOf, subnetRouteTable } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import type { ReachResult } from './types';

const remoteUse = (subjects: ElementId[], message: string): ReachResult => ({
  reachable: false,
  path: [],
  blockedBy: [{ rule: 'gateway-endpoint-remote-use', subjects, message }],
});

/**
 * The answer for `to` a gateway endpoint of an explicitly routed VPC; undefined for any other `to`
 * (an implicitly routed VPC's endpoint is version 1's business). The route shown is the prefix-list
 * route AWS adds, written `pl-<service>` (the document does not hold the prefix list's id).
 */
export function gatewayEndpointAnswer(index: TopologyIndex, from: TopologyNode, to: TopologyNode): ReachResult | undefined {
  if (to.kind !== 'vpc-endpoint' || index.props(to).type !== 'gateway') return undefined;
  const vpc = index.vpcOf(to);
  const routed = vpc && routingOf(index).routedVpc(vpc);
  if (!vpc || !routed) return undefined;
  const label = index.label.bind(index);
  if (index.vpcOf(from) !== vpc) {
    return remoteUse([to.id, from.id], `${label(to)} serves only subnets of ${label(vpc)}: a gateway endpoint cannot be used from ${label(from)}, outside its VPC.`);
  }
  const { routeTables, service } = index.props(to);
  const subnet = index.selfOrAncestorOfKind(from, 'subnet');
  const subnets = subnet ? [subnet] : index.childrenOfKind(vpc.id, 'subnet');
  const tables = subnets.length > 0 ? subnets.map((s) => ({ subnet: s as TopologyNode | undefined, table: subnetRouteTable(index, s)?.table })) : [{ subnet: undefined, table: routed.mains[0] }];
  for (const { subnet: s, table } of tables) {
    if (!table || !routeTables.includes(table.id)) continue;
    const path: ElementId[] = [];
    for (const id of [from.id, ...(s && s.id !== from.id ? [s.id] : []), vpc.id, to.id]) if (!path.includes(id)) path.push(id);
    return { reachable: true, path, routes: [{ at: vpc.id, table: table.id, destination: `pl-${service}`, target: to.id }], blockedBy: [] };
  }
  const where = tables.map((t) => t.table?.id).filter((id): id is string => id !== undefined);
  return remoteUse(
    [to.id, from.id, vpc.id, ...(where as ElementId[])],
    `${label(to)} is associated with no route table that ${label(from)} uses${where.length > 0 ? ` (${where.join(', ')})` : ''}, so its traffic to ${service} never takes the endpoint.`,
  );
}
