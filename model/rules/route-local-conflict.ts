import { contains, type CidrBlock } from '../cidr/cidr';
import type { TopologyNode } from '../document/types';
import { routeDestination, routeTableLabel, routesOf, routingOf, targetElementId, targetLabel, type RoutedVpc, sentence } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const blockKey = (b: CidrBlock) => `${b.family}/${b.prefix}/${b.first}`;

/** The blocks of the VPC's subnets, as keys: the only destinations inside the VPC a route may name (with the right target). */
function subnetBlockKeys(index: TopologyIndex, vpc: TopologyNode<'vpc'>): Set<string> {
  const keys = new Set<string>();
  for (const subnet of index.childrenOfKind(vpc.id, 'subnet')) {
    for (const block of index.ipv4Blocks(subnet)) keys.add(blockKey(block));
    for (const block of index.ipv6Blocks(subnet)) keys.add(blockKey(block));
  }
  return keys;
}

/** AWS's exception: exactly a subnet's block, sent to a NAT gateway or an appliance instance (to inspect traffic between subnets). */
function isMiddleboxRoute(index: TopologyIndex, target: string): boolean {
  const kind = index.node(target)?.kind;
  return kind === 'nat-gateway' || kind === 'instance';
}

function conflictsIn(index: TopologyIndex, { vpc, tables }: RoutedVpc): Finding[] {
  const own = [...index.ipv4Blocks(vpc), ...index.ipv6Blocks(vpc)];
  if (own.length === 0) return [];
  let subnetKeys: Set<string> | undefined;
  const findings: Finding[] = [];
  for (const table of tables) {
    for (const route of routesOf(table)) {
      const destination = routeDestination(route);
      const block = destination && own.find((b) => contains(b, destination));
      if (!destination || !block) continue;
      subnetKeys ??= subnetBlockKeys(index, vpc);
      if (subnetKeys.has(blockKey(destination)) && isMiddleboxRoute(index, route.target)) continue;
      const where = destination.prefix === block.prefix ? `is the VPC's own block` : `lies inside the VPC's own block ${block.text}`;
      findings.push(
        finding(
          'route-local-conflict',
          `${sentence(routeTableLabel(table))} of ${index.label(vpc)} sends ${route.destination} to ${targetLabel(index, route.target)}, but ${route.destination} ${where}, which the local route always carries; ` +
            'AWS takes a route more specific than the local route only for exactly a subnet\'s block, sent to a NAT gateway or an appliance instance.',
          [vpc.id, targetElementId(index, route.target), table.id],
        ),
      );
    }
  }
  return findings;
}

/**
 * `route-local-conflict`: a static route for a destination equal to or inside one of the VPC's
 * blocks, other than AWS's exception (exactly a subnet's block, to a NAT gateway or appliance).
 * A route covering the VPC's blocks (10.0.0.0/8 around 10.1.0.0/16) is no conflict: the local route wins.
 */
export const routeLocalConflict = defineRule('route-local-conflict', {
  check: (index) => routingOf(index).vpcs.flatMap((routed) => conflictsIn(index, routed)),
});
