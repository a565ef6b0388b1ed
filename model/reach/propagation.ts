/**
 * The routes each explicitly routed table holds for the forwarding walk: its static routes and what
 * propagation adds, sorted once for lookup and kept per graph. What propagates is not decided here
 * but in `graph/propagated-routes.ts`, the one copy of routing.md's "What propagates" that the
 * inspector and the review page read too, so a route the editor shows is a route the walk uses.
 */
import { tryParseCidr } from '../cidr/cidr';
import type { TopologyNode } from '../document/types';
import { tgwTablePropagatedRoutes, vpcTablePropagatedRoutes, type PropagatedRoute } from '../graph/propagated-routes';
import { routesOf } from '../graph/routing';
import { BLACKHOLE, type TgwRouteTable, type VpcRouteTable } from '../kinds/route-tables';
import type { DomainGraph } from './graph';
import { sortRoutes, type TableRoute } from './route-lookup';

function staticRoutes(table: { routes?: VpcRouteTable['routes'] }): TableRoute[] {
  const routes: TableRoute[] = [];
  for (const route of routesOf(table)) {
    const block = typeof route.destination === 'string' ? tryParseCidr(route.destination) : undefined;
    if (block && typeof route.target === 'string') routes.push({ block, destination: route.destination, target: route.target, origin: 'static' });
  }
  return routes;
}

/** A propagated route as the lookup ranks it: its target is the VGW or attachment that propagated it. */
const asTableRoute = (route: PropagatedRoute): TableRoute => ({
  block: route.block,
  destination: route.destination,
  target: route.via,
  origin: route.source,
  propagatedFrom: route.via,
});

const tables = new WeakMap<DomainGraph, Map<string, TableRoute[]>>();

function cachedTable(g: DomainGraph, id: string, build: () => TableRoute[]): readonly TableRoute[] {
  let byId = tables.get(g);
  if (!byId) tables.set(g, (byId = new Map()));
  let routes = byId.get(id);
  if (!routes) byId.set(id, (routes = build()));
  return routes;
}

/** A VPC table's routes in lookup order (static and propagated; the local route is the walk's). */
export function vpcTableRoutes(g: DomainGraph, vpc: TopologyNode, table: VpcRouteTable): readonly TableRoute[] {
  return cachedTable(g, table.id, () => sortRoutes([...staticRoutes(table), ...vpcTablePropagatedRoutes(g.index, vpc, table).map(asTableRoute)]));
}

/** A transit gateway table's routes in lookup order (static, blackholes and propagated). */
export function tgwTableRoutes(g: DomainGraph, tgw: TopologyNode, table: TgwRouteTable): readonly TableRoute[] {
  return cachedTable(g, table.id, () => sortRoutes([...staticRoutes(table), ...tgwTablePropagatedRoutes(g.index, tgw, table).map(asTableRoute)]));
}

/** True for the target that drops traffic. */
export const isBlackhole = (target: string): boolean => target === BLACKHOLE;
