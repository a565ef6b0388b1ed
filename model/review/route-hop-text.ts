/**
 * How a route used by `reach` reads: `private: 10.0.0.0/8 → hub` (the table's name, the route's
 * destination, the target's name; ids where there is no name), as the reach panel, the review
 * page and the report show each explicitly routed hop (routing.md, "Forwarding").
 */
import type { RouteHop } from '../reach/types';
import { routingOf } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';

/** An element's name, else its id; `local` and `blackhole` as they are. */
function nameOf(index: TopologyIndex, id: string): string {
  const element = index.node(id) ?? index.connection(id);
  return element ? element.name?.trim() || element.id : id;
}

/** A route table's name, else its id. */
export function routeTableName(index: TopologyIndex, tableId: string): string {
  const table = routingOf(index).tables.get(tableId)?.table;
  return table?.name?.trim() || tableId;
}

/** One hop's route as a line: `private: 10.0.0.0/8 → hub`, with `(propagated by …)` for a learned route. */
export function routeHopText(index: TopologyIndex, hop: RouteHop): string {
  const learned = hop.propagatedFrom === undefined ? '' : ` (propagated by ${nameOf(index, hop.propagatedFrom)})`;
  return `${routeTableName(index, hop.table)}: ${hop.destination} → ${nameOf(index, hop.target)}${learned}`;
}
