/**
 * Choosing a route in one table (routing.md, "Forwarding" 1): the most specific route whose
 * destination contains the whole destination block; on equal prefixes static before propagated,
 * and for a transit gateway propagated from a VPC, then a DX gateway, then a VPN (AWS's route
 * evaluation order). Two candidates still equal drop the packet.
 */
import { contains, type CidrBlock } from '../cidr/cidr';
import type { ElementId } from '../document/types';
import type { PropagationSource } from '../graph/propagated-routes';

/** Where a route came from, in AWS's order of preference for equal prefixes. */
export const ROUTE_RANK = { static: 0, vpc: 1, 'dx-gateway': 2, vpn: 3 } as const satisfies Record<'static' | PropagationSource, number>;

/** What propagated a route, or `static`; a VGW's propagation into a VPC table ranks as `vpn`. */
export type RouteOrigin = keyof typeof ROUTE_RANK;

/** One usable route of a table: a static route whose destination parses, or a propagated one. */
export interface TableRoute {
  readonly block: CidrBlock;
  /** The destination as the table shows it. */
  readonly destination: string;
  /** A node or connection id, or `"blackhole"`. */
  readonly target: string;
  readonly origin: RouteOrigin;
  /** For a propagated route: the VGW or attachment that propagated it. */
  readonly propagatedFrom?: ElementId;
}

/** The result of a lookup: the route used, two routes that tie, or none. */
export type Lookup =
  | { readonly kind: 'route'; readonly route: TableRoute }
  | { readonly kind: 'conflict'; readonly routes: readonly [TableRoute, TableRoute] }
  | { readonly kind: 'none' };

const NONE: Lookup = { kind: 'none' };

/**
 * The routes in lookup order: longest prefix first, then by origin rank; among equals the order
 * given (a table's static routes in document order). Sorted once per table, so that a lookup is
 * one scan that stops at the first route containing the destination.
 */
export function sortRoutes(routes: readonly TableRoute[]): TableRoute[] {
  return routes
    .map((route, at) => ({ route, at }))
    .sort((x, y) => y.route.block.prefix - x.route.block.prefix || ROUTE_RANK[x.route.origin] - ROUTE_RANK[y.route.origin] || x.at - y.at)
    .map((x) => x.route);
}

/**
 * The route a table (sorted by `sortRoutes`) uses for a destination block. Two propagated routes of
 * the same prefix and rank that both contain it, for different targets, are a conflict: AWS keeps
 * one route per block, and which one wins is not something a design should rely on.
 */
export function lookupRoute(sorted: readonly TableRoute[], destination: CidrBlock): Lookup {
  for (let i = 0; i < sorted.length; i++) {
    const best = sorted[i]!;
    if (best.block.family !== destination.family || !contains(best.block, destination)) continue;
    if (best.origin !== 'static') {
      for (let j = i + 1; j < sorted.length; j++) {
        const other = sorted[j]!;
        if (other.block.prefix !== best.block.prefix || other.origin !== best.origin) break;
        if (other.target !== best.target && other.block.family === destination.family && contains(other.block, destination)) {
          return { kind: 'conflict', routes: [best, other] };
        }
      }
    }
    return { kind: 'route', route: best };
  }
  return NONE;
}
