import type { TopologyNode } from '../document/types';
import { routeFactsOf, routeTableLabel, routingOf, subnetRouteTable, type RouteFacts } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

function mismatch(index: TopologyIndex, defaults: RouteFacts['defaultToIgw'], vpc: TopologyNode<'vpc'>, subnet: TopologyNode<'subnet'>): Finding | undefined {
  const resolved = subnetRouteTable(index, subnet);
  if (!resolved) return undefined; // a table that does not resolve is route-table-ref's or route-table-main's to report
  const props = index.props(subnet);
  // An IPv6-only subnet is public by its IPv6 default route; every other subnet by its IPv4 one.
  const family = props.cidr === undefined && props.ipv6Cidr !== undefined ? 6 : 4;
  const defaultRoute = family === 6 ? '::/0' : '0.0.0.0/0';
  const igw = defaults.get(resolved.table)?.[family];
  const table = `${routeTableLabel(resolved.table)}${resolved.explicit ? '' : ' (the main table)'}`;
  if (props.public && !igw) {
    return {
      ...finding(
        'subnet-public-mismatch',
        `${index.label(subnet)} is marked public, but its ${table} has no ${defaultRoute} route to an internet gateway, so it is private as routed: nothing in it can be reached from the internet.`,
        [subnet.id, vpc.id, resolved.table.id],
      ),
      fix: { label: 'Mark the subnet private', element: subnet.id, prop: 'public', value: false },
    };
  }
  if (!props.public && igw) {
    return {
      ...finding(
        'subnet-public-mismatch',
        `${index.label(subnet)} is not marked public, but its ${table} routes ${defaultRoute} to ${index.label(index.node(igw))}, which makes it a public subnet; mark it public, or associate it with a private table.`,
        [subnet.id, vpc.id, igw, resolved.table.id],
      ),
      fix: { label: 'Mark the subnet public', element: subnet.id, prop: 'public', value: true },
    };
  }
  return undefined;
}

/**
 * `subnet-public-mismatch`: in an explicitly routed VPC, a subnet marked public whose table has no
 * default route to an internet gateway, or one not marked public whose table has one.
 */
export const subnetPublicMismatch = defineRule('subnet-public-mismatch', {
  check: (index) => {
    const findings: Finding[] = [];
    const defaults = routeFactsOf(index).defaultToIgw;
    for (const { vpc } of routingOf(index).vpcs) {
      for (const subnet of index.childrenOfKind(vpc.id, 'subnet')) {
        const problem = mismatch(index, defaults, vpc, subnet);
        if (problem) findings.push(problem);
      }
    }
    return findings;
  },
});
