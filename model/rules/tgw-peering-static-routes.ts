import type { Connection } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** A reminder on each transit gateway peering between two distinct transit gateways. */
function staticRoutesReminder(index: TopologyIndex, c: Connection): Finding | undefined {
  const a = index.node(c.source);
  const b = index.node(c.target);
  if (a?.kind !== 'transit-gateway' || b?.kind !== 'transit-gateway' || a === b) return undefined;
  return finding(
    'tgw-peering-static-routes',
    `The peering between ${index.label(a)} and ${index.label(b)} carries static routes only: routes are not propagated across it, so add static routes to the other side's blocks in both transit gateways' route tables.`,
    [c.id, a.id, b.id],
  );
}

/** `tgw-peering-static-routes`: a reminder that a transit gateway peering carries static routes only. */
export const tgwPeeringStaticRoutes = defineRule('tgw-peering-static-routes', {
  check: (index) => index.connectionsOfKind('tgw-peering').flatMap((c) => staticRoutesReminder(index, c) ?? []),
});
