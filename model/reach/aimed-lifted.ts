/**
 * The candidate paths of many failures among a few networks (a reach matrix): the search with every
 * restriction lifted, aimed at one target at a time. Unaimed, a lifted search from a VPC walks
 * everything within the distance of its farthest blocked target (a whole region of VPCs, each
 * entered in several classes); aimed, it keeps only the states from which the target is still
 * within reach (see `SearchBound`), and its answer is exactly the unaimed search's.
 */
import type { DomainGraph, Half } from './graph';
import { numberHalves, type HalfNumbers } from './half-numbers';
import type { SearchContext } from './policies';
import { DomainSearch, isEndDomain, searchFrom } from './search';
import { SearchStates } from './search-states';

/** No path leads from the vertex to the target. */
const FAR = 0xffff;

/** How many hops beyond the first bound an aimed search tries before the unaimed search answers. */
const EXTRA_HOPS = 2;

/**
 * Per vertex, the fewest hops from it to `target` through no end domain (a lower bound on any
 * candidate path's, whose inner vertices are never ends): a breadth-first search from the target
 * that enters end domains but never leaves them. At most 0xfffe; `FAR` where nothing leads there.
 */
function hopsToward(numbers: HalfNumbers, target: number, ends: Uint8Array, queue: Int32Array): Uint16Array {
  const { firstHalf, to } = numbers;
  const hops = new Uint16Array(ends.length).fill(FAR);
  hops[target] = 0;
  queue[0] = target;
  let size = 1;
  for (let head = 0; head < size; head++) {
    const v = queue[head]!;
    if (v !== target && ends[v] === 1) continue;
    const next = Math.min(hops[v]! + 1, FAR - 1);
    for (let h = firstHalf[v]!, last = firstHalf[v + 1]!; h < last; h++) {
      const u = to[h]!;
      if (hops[u] !== FAR) continue;
      hops[u] = next;
      queue[size++] = u;
    }
  }
  return hops;
}

/** Lifted searches aimed at their targets, for one batch of questions on one graph. */
export class AimedLiftedSearches {
  /** Per target asked: `hopsToward` it. */
  private readonly hops = new Map<number, Uint16Array>();
  private readonly ends: Uint8Array;
  /** `hopsToward`'s queue, shared by its searches. */
  private readonly queue: Int32Array;
  /** The states of the aimed searches, one after another: each is done with them once it has answered. */
  private readonly states = new SearchStates();
  /** The last answer: a matrix asks b → a right after a → b, and both are the same search's. */
  private last: { source: number; ctx: SearchContext; target: number; paths: readonly Half[][] } | undefined;

  constructor(private readonly g: DomainGraph) {
    this.ends = Uint8Array.from(g.domains, (d) => (isEndDomain(d) ? 1 : 0));
    this.queue = new Int32Array(g.domains.length);
  }

  /** Exactly `searchFrom(g, source, ctx, 'lifted').shortestPaths(target)`. */
  shortestPaths(source: number, ctx: SearchContext, target: number): readonly Half[][] {
    const last = this.last;
    if (last && last.source === source && last.ctx === ctx && last.target === target) return last.paths;
    const paths = this.find(source, ctx, target);
    this.last = { source, ctx, target, paths };
    return paths;
  }

  private find(source: number, ctx: SearchContext, target: number): readonly Half[][] {
    let toTarget = this.hops.get(target);
    if (!toTarget) this.hops.set(target, (toTarget = hopsToward(numberHalves(this.g), target, this.ends, this.queue)));
    const least = toTarget[source]!;
    if (least === FAR) return [];
    // The bound starts at the fewest hops there could be; a search that finds nothing and kept
    // nothing out proves there is no candidate path at all.
    for (let limit = least; limit <= least + EXTRA_HOPS; limit++) {
      const search = new DomainSearch(this.g, source, ctx, 'lifted', undefined, { toTarget, limit }, this.states);
      const paths = search.shortestPaths(target);
      if (paths.length > 0 || !search.cutShort) return paths;
    }
    return searchFrom(this.g, source, ctx, 'lifted').shortestPaths(target);
  }
}
