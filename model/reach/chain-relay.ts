/**
 * The point a `flow-no-path` message names when nothing joins two networks: walking the chain that
 * `anyChain` finds (every policy ignored), the first domain that never relays traffic the way the
 * chain would use it (an on-premises network, the internet, a DX connection between two VIFs).
 */
import type { DomainGraph, Half } from './graph';
import { NEVER, TRANSIT_POLICIES, type SearchContext } from './policies';

/** Whether the domain `at` never relays traffic that arrived by `arrival` and leaves by `departure`. */
export function neverRelays(g: DomainGraph, at: number, arrival: Half, departure: Half, ctx: SearchContext): boolean {
  return TRANSIT_POLICIES[g.domains[at]!.kind].transit(arrival, departure, ctx) === NEVER;
}

/** The first vertex inside `chain` (past its start, before its end) that never relays traffic along it; -1 when none does. */
export function relayOnChain(g: DomainGraph, chain: readonly Half[], ctx: SearchContext): number {
  for (let i = 1; i < chain.length; i++) {
    if (neverRelays(g, chain[i]!.from, chain[i - 1]!, chain[i]!, ctx)) return chain[i]!.from;
  }
  return -1;
}
