import type { TopologyNode } from '../document/types';
import { routeDestination, routeFactsOf, routeTableLabel, routesOf, sentence, targetLabel } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import type { Route } from '../kinds/route-tables';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The destination as AWS compares it: the network form when it parses (10.0.0.0/8 and 10.0.0.1/8 are one destination), else the text. */
function destinationKey(route: Route): string {
  return routeDestination(route)?.canonical ?? route.destination.trim();
}

/** One finding per destination listed more than once in one table, naming every target it was given. */
function duplicatesIn(index: TopologyIndex, owner: TopologyNode, table: { id: string; name?: string; routes?: Route[] }): Finding[] {
  const routes = routesOf(table);
  const byDestination = new Map<string, Route[]>();
  for (const route of routes) {
    const key = destinationKey(route);
    const same = byDestination.get(key);
    if (same) same.push(route);
    else byDestination.set(key, [route]);
  }
  const findings: Finding[] = [];
  for (const [destination, same] of byDestination) {
    if (same.length < 2) continue;
    const targets = same.map((r) => targetLabel(index, r.target)).join(', ');
    findings.push(
      finding(
        'route-duplicate',
        `${sentence(routeTableLabel(table))} of ${index.label(owner)} lists ${same.length} routes for ${destination} (to ${targets}); a route table holds one route per destination, so AWS refuses the second.`,
        [owner.id, table.id],
      ),
    );
  }
  return findings;
}

/** `route-duplicate`: two entries of one table's `routes` with the same destination. */
export const routeDuplicate = defineRule('route-duplicate', {
  check: (index) => {
    const { vpcRoutes, tgwRoutes } = routeFactsOf(index);
    const findings: Finding[] = [];
    // The common case has no duplicate: one set of keys per table; the grouping only for a table that has one.
    for (const facts of [vpcRoutes, tgwRoutes]) {
      let table: object | undefined;
      let keys = new Set<string>();
      let reported = false;
      for (const { owner, route, destination } of facts) {
        if (owner.table !== table) {
          table = owner.table;
          keys = new Set();
          reported = false;
        }
        if (reported) continue;
        const key = destination?.canonical ?? route.destination.trim();
        if (!keys.has(key)) keys.add(key);
        else {
          findings.push(...duplicatesIn(index, owner.node, owner.table));
          reported = true;
        }
      }
    }
    return findings;
  },
});
