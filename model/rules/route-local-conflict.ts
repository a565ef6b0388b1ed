import { contains, type CidrBlock } from '../cidr/cidr';
import type { TopologyNode } from '../document/types';
import { routeFactsOf, routeTableLabel, sentence, targetElementId, targetLabel, type RouteFact } from '../graph/routing';
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
function isMiddleboxRoute({ targetNode }: RouteFact): boolean {
  return targetNode?.kind === 'nat-gateway' || targetNode?.kind === 'instance';
}

/** What is read about one VPC, once, when its first route is looked at. */
interface VpcBlocks {
  own: CidrBlock[];
  subnetKeys: Set<string> | undefined;
}

/**
 * `route-local-conflict`: a static route for a destination equal to or inside one of the VPC's
 * blocks, other than AWS's exception (exactly a subnet's block, to a NAT gateway or appliance).
 * A route covering the VPC's blocks (10.0.0.0/8 around 10.1.0.0/16) is no conflict: the local route wins.
 */
export const routeLocalConflict = defineRule('route-local-conflict', {
  check: (index) => {
    const findings: Finding[] = [];
    const byVpc = new Map<TopologyNode, VpcBlocks>();
    for (const fact of routeFactsOf(index).vpcRoutes) {
      const { owner, route, destination } = fact;
      if (!destination) continue;
      const vpc = owner.node as TopologyNode<'vpc'>;
      let blocks = byVpc.get(vpc);
      if (!blocks) byVpc.set(vpc, (blocks = { own: [...index.ipv4Blocks(vpc), ...index.ipv6Blocks(vpc)], subnetKeys: undefined }));
      const block = blocks.own.find((b) => contains(b, destination));
      if (!block) continue;
      blocks.subnetKeys ??= subnetBlockKeys(index, vpc);
      if (blocks.subnetKeys.has(blockKey(destination)) && isMiddleboxRoute(fact)) continue;
      const where = destination.prefix === block.prefix ? `is the VPC's own block` : `lies inside the VPC's own block ${block.text}`;
      findings.push(
        finding(
          'route-local-conflict',
          `${sentence(routeTableLabel(owner.table))} of ${index.label(vpc)} sends ${route.destination} to ${targetLabel(index, route.target)}, but ${route.destination} ${where}, which the local route always carries; ` +
            'AWS takes a route more specific than the local route only for exactly a subnet\'s block, sent to a NAT gateway or an appliance instance.',
          [vpc.id, targetElementId(index, route.target), owner.table.id],
        ),
      );
    }
    return findings;
  },
});
