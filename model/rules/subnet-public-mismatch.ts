import type { TopologyNode } from '../document/types';
import { routeDestination, routeTableLabel, routesOf, routingOf, subnetRouteTable } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import type { VpcRouteTable } from '../kinds/route-tables';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The table's default route (0.0.0.0/0, or ::/0 for `family` 6) to an internet gateway, if any. */
function defaultRouteToIgw(index: TopologyIndex, table: VpcRouteTable, family: 4 | 6): string | undefined {
  for (const route of routesOf(table)) {
    const destination = routeDestination(route);
    if (destination?.family === family && destination.prefix === 0 && index.node(route.target)?.kind === 'internet-gateway') return route.target;
  }
  return undefined;
}

/**
 * The default-route answer of each table, per family, worked out once: a VPC of many subnets
 * shares a few tables, and a table may hold a route for every network the VPC reaches.
 */
type DefaultRoutes = Map<VpcRouteTable, { 4?: string | null; 6?: string | null }>;

function cachedDefaultRoute(index: TopologyIndex, cache: DefaultRoutes, table: VpcRouteTable, family: 4 | 6): string | undefined {
  let entry = cache.get(table);
  if (!entry) cache.set(table, (entry = {}));
  const known = entry[family];
  if (known !== undefined) return known ?? undefined;
  const found = defaultRouteToIgw(index, table, family);
  entry[family] = found ?? null;
  return found;
}

function mismatch(index: TopologyIndex, cache: DefaultRoutes, vpc: TopologyNode<'vpc'>, subnet: TopologyNode<'subnet'>): Finding | undefined {
  const resolved = subnetRouteTable(index, subnet);
  if (!resolved) return undefined; // a table that does not resolve is route-table-ref's or route-table-main's to report
  const props = index.props(subnet);
  // An IPv6-only subnet is public by its IPv6 default route; every other subnet by its IPv4 one.
  const family = props.cidr === undefined && props.ipv6Cidr !== undefined ? 6 : 4;
  const defaultRoute = family === 6 ? '::/0' : '0.0.0.0/0';
  const igw = cachedDefaultRoute(index, cache, resolved.table, family);
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
    const cache: DefaultRoutes = new Map();
    for (const { vpc } of routingOf(index).vpcs) {
      for (const subnet of index.childrenOfKind(vpc.id, 'subnet')) {
        const problem = mismatch(index, cache, vpc, subnet);
        if (problem) findings.push(problem);
      }
    }
    return findings;
  },
});
