import { parseCidr, type CidrBlock } from '../cidr/cidr';
import type { TopologyNode } from '../document/types';
import { routeFactsOf, routeTableLabel, targetElementId, targetLabel, type RouteFact } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import type { Route } from '../kinds/route-tables';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The well-known NAT64 prefix: the only IPv6 destination a NAT gateway translates. */
const NAT64 = parseCidr('64:ff9b::/96');

const isNat64 = (block: CidrBlock) => NAT64.ok && block.prefix === NAT64.block.prefix && block.first === NAT64.block.first;

/** Why a route's destination is wrong for its target, or undefined. Only VPC tables have gateway targets to check. */
function destinationProblem({ route, destination: block, targetNode }: RouteFact, vpcTable: boolean): string | undefined {
  if (!block) {
    const parsed = parseCidr(route.destination);
    return `${JSON.stringify(route.destination)} ${parsed.ok ? 'is not a block' : parsed.reason}, so it is not a CIDR block`;
  }
  if (!vpcTable) return undefined;
  const kind = targetNode?.kind;
  if (kind === 'nat-gateway' && block.family === 6 && !isNat64(block)) {
    return `a NAT gateway translates IPv4 traffic, and IPv6 traffic only to the NAT64 prefix 64:ff9b::/96, so it cannot take ${block.text}; route IPv6 to the internet through an egress-only internet gateway`;
  }
  if (kind === 'egress-only-internet-gateway' && block.family === 4) {
    return `an egress-only internet gateway carries IPv6 traffic only, so it cannot take ${block.text}; route IPv4 to the internet through a NAT gateway or an internet gateway`;
  }
  return undefined;
}

function report(index: TopologyIndex, owner: TopologyNode, table: { id: string; name?: string }, route: Route, why: string): Finding {
  return finding(
    'route-destination-invalid',
    `The route to ${targetLabel(index, route.target)} in ${routeTableLabel(table)} of ${index.label(owner)} is wrong: ${why}.`,
    [owner.id, targetElementId(index, route.target), table.id],
  );
}

/**
 * `route-destination-invalid`: a route whose destination is not a CIDR, is IPv6 to a NAT gateway
 * (other than NAT64's 64:ff9b::/96), or is IPv4 to an egress-only internet gateway.
 */
export const routeDestinationInvalid = defineRule('route-destination-invalid', {
  check: (index) => {
    const { vpcRoutes, tgwRoutes } = routeFactsOf(index);
    const findings: Finding[] = [];
    for (const [facts, vpcTable] of [[vpcRoutes, true], [tgwRoutes, false]] as const) {
      for (const fact of facts) {
        const why = destinationProblem(fact, vpcTable);
        if (why) findings.push(report(index, fact.owner.node, fact.owner.table, fact.route, why));
      }
    }
    return findings;
  },
});
