/**
 * The relay a `flow-no-path` message names, for the pairs that only the internet joins, without
 * finding `anyChain`'s chain: in a large design most networks of different regions are joined only
 * through the internet, and a reach matrix asks for the relay of each such pair (about 150,000 of
 * them among 400 networks at 10,000 VPCs).
 *
 * When every path between two vertices passes through the internet, every shortest one is a
 * shortest path from the first to the internet, then one from the internet to the second. If no
 * shortest path from either end to the internet meets a point that never relays traffic before it
 * (a site, a DX connection between two VIFs), the first such point on any shortest chain is the
 * internet itself, which never relays traffic: that is `relayOnChain(anyChain(…))`, whichever
 * shortest chain `anyChain` picks. Otherwise the answer is left to the chain oracle.
 *
 * Whether a point never relays traffic after an arrival depends on the point and the two edges
 * only, not on where the traffic started (the search context matters to the policies only at the
 * origin, which a relay never is), so what is known of a vertex holds for every question.
 */
import { neverRelays } from './chain-relay';
import { componentsWithout } from './components-without';
import type { DomainGraph } from './graph';
import type { SearchContext } from './policies';

const UNKNOWN = 0;
const CLEAN = 1;
const DIRTY = 2;

/** How deep `cleanToward` looks before it calls a path dirty (a chain of thousands of peered VPCs): the oracle then answers. */
const MAX_DEPTH = 2000;

/** The internet as the relay of pairs it alone joins; see the module comment. Made for one batch of questions. */
export class InternetCrossing {
  /** Per vertex: its component once the internet is taken out of the graph. */
  private readonly component: Int32Array;
  /** Per vertex: its distance from the internet (-1: none). */
  private readonly hops: Int32Array;
  /** Per vertex: whether every shortest path from it to the internet is free of points that never relay (see `cleanToward`). */
  private readonly clean: Uint8Array;

  private constructor(
    private readonly g: DomainGraph,
    private readonly internet: number,
  ) {
    const n = g.domains.length;
    this.component = componentsWithout(g, (v) => v === internet);
    this.hops = distancesFrom(g, internet);
    this.clean = new Uint8Array(n);
  }

  /** For a graph with an internet vertex; undefined without one. */
  static of(g: DomainGraph): InternetCrossing | undefined {
    return g.internet === undefined ? undefined : new InternetCrossing(g, g.internet);
  }

  /**
   * The internet's vertex when it is exactly `relayOnChain(g, anyChain(g, source, target), ctx)`;
   * -1 when that is not known here.
   */
  relay(source: number, target: number, ctx: SearchContext): number {
    const { internet, hops } = this;
    if (source === internet || target === internet || source === target) return -1;
    // Some path avoids the internet, or none reaches it from an end.
    if (this.component[source] === this.component[target] || hops[source]! < 0 || hops[target]! < 0) return -1;
    return this.cleanToward(source, ctx, 0) && this.cleanToward(target, ctx, 0) ? internet : -1;
  }

  /**
   * Whether no shortest path from `v` to the internet has, strictly between them, a point that
   * never relays traffic the way the path uses it (checked with every next step toward the internet).
   * Known per vertex: the answer is about the paths from `v` on, not about how `v` was reached.
   */
  private cleanToward(v: number, ctx: SearchContext, depth: number): boolean {
    const known = this.clean[v]!;
    if (known !== UNKNOWN) return known === CLEAN;
    if (depth > MAX_DEPTH) return false;
    const { g, hops, internet } = this;
    const nearer = hops[v]! - 1;
    let clean = true;
    for (const into of g.domains[v]!.halves) {
      const u = into.to;
      if (u === internet || hops[u] !== nearer) continue;
      for (const out of g.domains[u]!.halves) {
        if (hops[out.to] === nearer - 1 && neverRelays(g, u, into, out, ctx)) {
          clean = false;
          break;
        }
      }
      if (!clean || !this.cleanToward(u, ctx, depth + 1)) {
        clean = false;
        break;
      }
    }
    // A verdict cut short by the depth below may call clean paths dirty: that only leaves them to the oracle.
    this.clean[v] = clean ? CLEAN : DIRTY;
    return clean;
  }
}

/** Breadth-first distances from `start` over every half (-1: unreached). */
function distancesFrom(g: DomainGraph, start: number): Int32Array {
  const n = g.domains.length;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  dist[start] = 0;
  queue[0] = start;
  let size = 1;
  for (let head = 0; head < size; head++) {
    const v = queue[head]!;
    for (const h of g.domains[v]!.halves) {
      if (dist[h.to] !== -1) continue;
      dist[h.to] = dist[v]! + 1;
      queue[size++] = h.to;
    }
  }
  return dist;
}
