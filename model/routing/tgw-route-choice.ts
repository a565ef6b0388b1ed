/**
 * Which attachment a transit gateway table written by "Make routes explicit" sends each network
 * block to, before any lookup is run: AWS's route evaluation order (routing.md, "Choosing a
 * route"; https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html, "Route
 * evaluation order"): a static route first, then a route propagated from a VPC, then from a
 * Direct Connect gateway, then from a VPN.
 */
import type { Connection } from '../document/types';
import { ROUTE_RANK } from '../reach/route-lookup';
import type { TransitFacts } from './transit-networks';

/** The attachment kinds that propagate, ranked by what they propagate from in the lookup's own order (route-lookup.ts). Lower wins. */
const PROPAGATION_RANK: Partial<Record<Connection['kind'], number>> = {
  'tgw-attachment': ROUTE_RANK.vpc,
  'dxgw-association': ROUTE_RANK['dx-gateway'],
  'vpn-link': ROUTE_RANK.vpn,
};
const NEVER_PROPAGATES = Math.max(...Object.values(ROUTE_RANK)) + 1;

/** The rank of an attachment kind among propagated routes; kinds that never propagate come last. */
export const propagationRank = (kind: Connection['kind']): number => PROPAGATION_RANK[kind] ?? NEVER_PROPAGATES;

/** The best propagated route for one block: the first of the best-ranked attachments, and whether another of that rank ties with it. */
export interface PreferredPropagation {
  rank: number;
  /** The attachment's connection id. */
  target: string;
  /** True when another attachment of the same rank propagates the same block: AWS would drop the packet. */
  tied: boolean;
}

/** For each block (canonical text) propagated into the gateway's table, the route AWS prefers among the propagated ones. */
export function preferredPropagations(facts: TransitFacts): Map<string, PreferredPropagation> {
  const best = new Map<string, PreferredPropagation>();
  for (const a of facts.attachments) {
    if (!a.propagates) continue;
    const rank = propagationRank(a.connection.kind);
    for (const n of a.behind) {
      for (const block of n.blocks) {
        const seen = best.get(block.canonical);
        if (!seen || rank < seen.rank) best.set(block.canonical, { rank, target: a.connection.id, tied: false });
        else if (rank === seen.rank && seen.target !== a.connection.id) seen.tied = true;
      }
    }
  }
  return best;
}
