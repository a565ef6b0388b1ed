/**
 * `anyChain`'s answer for many pairs among a few vertices (the networks of a reach matrix), from
 * one plain breadth-first search per vertex instead of one two-sided search per pair: a matrix of
 * 400 networks asks for tens of thousands of chains, most of them between networks joined only
 * through the internet, and each two-sided search walks the internet's thousands of edges.
 *
 * The answer is exactly `anyChain`'s, not merely another shortest chain, because the two-sided
 * search is a replay of two one-sided ones. Until the two sides meet, each side's marks are those
 * of a plain breadth-first search from its end (same levels, same discovery order, same half into
 * each vertex), and which side grows depends only on the sizes of those levels. With D the
 * distance between the ends, the sides meet on the step that brings their radii to D, and there:
 * - when the source's side grows its level i (the target's radius is j = D - i - 1), the meeting
 *   vertex is the first vertex of level i + 1 of the source's search, in discovery order, at
 *   distance j from the target (the first half that touches the target's side reaches it);
 * - when the target's side grows its level j, it is the first vertex of level j + 1 of the
 *   target's search at distance i = D - j - 1 from the source;
 * and the chain is the source's tree path to that vertex, then the target's tree path from it
 * reversed, as `anyChain` assembles it.
 *
 * A reach matrix wants only the chain's relay (see `chain-relay.ts`), so `relay` walks the two tree
 * paths in place instead of assembling the chain: a matrix of 400 networks asks it some 150,000
 * times, and each chain would be an array to collect.
 */
import type { DomainGraph, Half } from './graph';
import { neverRelays, relayOnChain } from './chain-relay';
import type { SearchContext } from './policies';
import { numberHalves, type HalfNumbers } from './half-numbers';
import { InternetCrossing } from './internet-crossing';
import { anyChain } from './search';

/** One plain breadth-first search over every edge, from one vertex. */
interface Sweep {
  /** Per vertex: its distance from the start (`UNREACHED` when none). */
  readonly dist: Uint16Array | Int32Array;
  /** The vertices reached, in discovery order. */
  readonly order: Int32Array;
  /** Per vertex reached: its place in `order`. */
  readonly place: Int32Array;
  /** Where each level starts in `order`; one more entry than there are levels. */
  readonly levelStart: number[];
  /** Per vertex: the number (see `HalfNumbers`) of the half it was discovered by; -1 at the start. */
  readonly parent: Int32Array;
  /** See `nearestAt`: per (level, vertex), made on first use. */
  nearest?: Map<number, number>;
}

/** The most vertex entries (sweeps × vertices) the oracle keeps; beyond that, pairs fall back to `anyChain`. */
const MAX_SWEPT_ENTRIES = 12_000_000;

/** How many questions a vertex must be an end of before it is swept. */
const SWEEP_AFTER = 3;

/** `anyChain` for many pairs: see the module comment. Made for one batch of questions, then dropped. */
export class ChainOracle {
  private readonly sweeps = new Map<number, Sweep>();
  /** How often each vertex not yet swept was an end of a question. */
  private readonly asked = new Map<number, number>();
  /** See `numbers`. */
  private numbered: HalfNumbers | undefined;
  private readonly maxSweeps: number;
  /** The pairs only the internet joins, made on the first relay asked (null: the graph has no internet). */
  private crossing: InternetCrossing | null | undefined;

  constructor(private readonly g: DomainGraph) {
    this.maxSweeps = Math.floor(MAX_SWEPT_ENTRIES / Math.max(1, g.domains.length));
  }

  /** The graph's halves numbered, on first use: a matrix whose pairs the internet joins needs no sweep at all. */
  private get numbers(): HalfNumbers {
    return (this.numbered ??= numberHalves(this.g));
  }

  /** Exactly `anyChain(g, source, target)`. */
  chain(source: number, target: number): Half[] | undefined {
    if (source === target) return [];
    const a = this.sweepFrom(source);
    const b = this.sweepFrom(target);
    if (!a || !b) return anyChain(this.g, source, target);
    const meeting = this.meeting(a, b, target);
    if (meeting < 0) return undefined;
    // The chain is `distance` halves: the source's tree path to the meeting vertex, filled from
    // its end, then the target's tree path from it, reversed.
    const { halves, from } = this.numbers;
    const chain = new Array<Half>(a.dist[target]!);
    let k = a.dist[meeting]!;
    for (let h = a.parent[meeting]!; h >= 0; h = a.parent[from[h]!]!) chain[--k] = halves[h]!;
    k = a.dist[meeting]!;
    for (let h = b.parent[meeting]!; h >= 0; h = b.parent[from[h]!]!) chain[k++] = halves[h]!.reverse;
    return chain;
  }

  /**
   * Exactly `relayOnChain(g, anyChain(g, source, target), ctx)` (-1 also when there is no chain),
   * without assembling the chain: the source's tree path to the meeting vertex is walked up from
   * that vertex (the relay nearest the source wins), then the meeting vertex itself, then the
   * target's tree path from it down to the target (the first relay wins).
   */
  relay(source: number, target: number, ctx: SearchContext): number {
    if (source === target) return -1;
    // Most pairs of a large matrix are joined only through the internet: then it is often known without a sweep.
    if (this.crossing === undefined) this.crossing = InternetCrossing.of(this.g) ?? null;
    const internet = this.crossing?.relay(source, target, ctx) ?? -1;
    if (internet >= 0) return internet;
    const a = this.sweepFrom(source);
    const b = this.sweepFrom(target);
    if (!a || !b) {
      const chain = anyChain(this.g, source, target);
      return chain ? relayOnChain(this.g, chain, ctx) : -1;
    }
    const meeting = this.meeting(a, b, target);
    if (meeting < 0) return -1;
    const { g } = this;
    const { halves, from } = this.numbers;
    let relay = -1;
    // `below`: the half leaving `v` toward the meeting vertex (-1 at the meeting vertex itself).
    for (let v = meeting, below = -1; v !== source; ) {
      const into = a.parent[v]!;
      if (below >= 0 && neverRelays(g, v, halves[into]!, halves[below]!, ctx)) relay = v;
      below = into;
      v = from[into]!;
    }
    if (relay >= 0) return relay;
    if (meeting !== source && meeting !== target && neverRelays(g, meeting, halves[a.parent[meeting]!]!, halves[b.parent[meeting]!]!.reverse, ctx)) return meeting;
    for (let v = meeting; v !== target; ) {
      const into = b.parent[v]!;
      const next = from[into]!;
      if (next === target) break;
      if (neverRelays(g, next, halves[into]!.reverse, halves[b.parent[next]!]!.reverse, ctx)) return next;
      v = next;
    }
    return -1;
  }

  /** The vertex where `anyChain`'s two sides would meet (see the module comment); -1 when nothing joins the two ends. */
  private meeting(a: Sweep, b: Sweep, target: number): number {
    const distance = a.dist[target]!;
    if (distance === unreachedOf(a.dist)) return -1;
    let i = 0;
    let j = 0;
    for (;;) {
      const sizeA = levelSize(a, i);
      const sizeB = levelSize(b, j);
      const sourceGrows = sizeA <= sizeB;
      // This step meets: the meeting vertex is on the growing side's next level.
      if (i + j + 1 >= distance) return sourceGrows ? this.firstAt(a, i + 1, b, j) : this.firstAt(b, j + 1, a, i);
      if (sourceGrows) i++;
      else j++;
    }
  }

  /**
   * The first vertex of `level` of `sweep`, in discovery order, at distance `d` in `other`, on the
   * step where the two sides meet (`level` + `d` is the distance between their starts). Two ways
   * find it; the cheaper is taken (see `firstAtWalking` and `nearestAt`).
   */
  private firstAt(sweep: Sweep, level: number, other: Sweep, d: number): number {
    if (d === 0) return other.order[0]!;
    // Each vertex of the level before `d` costs one look-up (its first costs a walk of its halves,
    // then is kept); walking side by side costs up to twice the smaller of the two levels.
    if (levelSize(other, d - 1) >= Math.min(levelSize(sweep, level), levelSize(other, d))) return firstAtWalking(sweep, level, other, d);
    let best = NOWHERE;
    for (let p = other.levelStart[d - 1]!, end = other.levelStart[d]!; p < end; p++) best = Math.min(best, this.nearestAt(sweep, level, other.order[p]!));
    return sweep.order[best]!;
  }

  /**
   * The earliest place in `sweep` of a neighbour of `u` on `level` of `sweep` (`NOWHERE`: none),
   * kept per sweep. On the meeting step, with `level` + `d` the distance between the two starts,
   * the neighbours on `level` of the vertices `u` at distance d - 1 from the other end are exactly
   * the vertices of `level` at distance d from it (no neighbour of u is further than d, and none
   * on `level` is nearer: that would shorten the distance), and each of those has a neighbour at
   * d - 1 (its parent in the other sweep). So the first of them is the least of these places over
   * the level d - 1 of the other sweep, which is usually far smaller than level d (a transit
   * gateway against its hundreds of VPCs), and a gateway's answer serves every end behind it.
   */
  private nearestAt(sweep: Sweep, level: number, u: number): number {
    const { firstHalf, to } = this.numbers;
    const first = firstHalf[u]!;
    const last = firstHalf[u + 1]!;
    // Most vertices have a few halves: walking them is cheaper than keeping the answer.
    const kept = last - first > KEEP_NEAREST_FROM;
    const key = level * this.g.domains.length + u;
    if (kept) {
      const known = sweep.nearest?.get(key);
      if (known !== undefined) return known;
    }
    let best = NOWHERE;
    for (let h = first; h < last; h++) {
      const v = to[h]!;
      if (sweep.dist[v] === level && sweep.place[v]! < best) best = sweep.place[v]!;
    }
    if (kept) (sweep.nearest ??= new Map()).set(key, best);
    return best;
  }

  /**
   * The sweep from `v`, made once `v` has been an end of a few questions (a sweep walks the whole
   * graph, dearer than one two-sided search; a flow's ends are rarely asked about again, a matrix's
   * always); undefined before that, and once the oracle holds as many as it may.
   */
  private sweepFrom(v: number): Sweep | undefined {
    let sweep = this.sweeps.get(v);
    if (sweep || this.sweeps.size >= this.maxSweeps) return sweep;
    const asked = (this.asked.get(v) ?? 0) + 1;
    this.asked.set(v, asked);
    if (asked >= SWEEP_AFTER) {
      this.sweeps.set(v, (sweep = sweepFrom(this.g, this.numbers, v)));
      this.asked.delete(v);
    }
    return sweep;
  }
}

const unreachedOf = (dist: Uint16Array | Int32Array): number => (dist instanceof Uint16Array ? 0xffff : -1);

function levelSize(sweep: Sweep, level: number): number {
  const starts = sweep.levelStart;
  return level + 1 < starts.length ? starts[level + 1]! - starts[level]! : 0;
}

/** `nearestAt` keeps its answers for vertices with more halves than this (hubs, the internet). */
const KEEP_NEAREST_FROM = 16;

/** A place after every place of a sweep. */
const NOWHERE = 0x7fffffff;

/**
 * The first vertex of `level` of `sweep`, in discovery order, at distance `d` in `other`. Two ways
 * find it: walking `sweep`'s level in order up to the first such vertex, or walking all of
 * `other`'s level d for the one placed first in `sweep`. Both walk a step at a time, side by side,
 * and the first to finish answers, so the cost is twice the cheaper of the two (a level next to
 * the internet holds every VPC with an internet gateway, and a match may come early or never).
 */
function firstAtWalking(sweep: Sweep, level: number, other: Sweep, d: number): number {
  const mineEnd = sweep.levelStart[level + 1]!;
  const theirsEnd = other.levelStart[d + 1]!;
  let mine = sweep.levelStart[level]!;
  let theirs = other.levelStart[d]!;
  let best = sweep.order.length;
  for (;;) {
    if (mine < mineEnd) {
      const v = sweep.order[mine++]!;
      if (other.dist[v] === d) return v;
    }
    if (theirs < theirsEnd) {
      const v = other.order[theirs++]!;
      if (sweep.dist[v] === level && sweep.place[v]! < best) best = sweep.place[v]!;
    } else if (best < sweep.order.length) return sweep.order[best]!;
    if (mine >= mineEnd && theirs >= theirsEnd) break;
  }
  throw new Error(`chain oracle: no vertex of level ${level} lies at distance ${d} from the other end`);
}

/** A plain breadth-first search from `start` over every half, in the order `anyChain` follows them. */
function sweepFrom(g: DomainGraph, numbers: HalfNumbers, start: number): Sweep {
  const n = g.domains.length;
  // Distances are below the vertex count, so two bytes do for any graph of fewer than 65,535 vertices.
  const dist = n < 0xffff ? new Uint16Array(n).fill(0xffff) : new Int32Array(n).fill(-1);
  const unreached = unreachedOf(dist);
  const parent = new Int32Array(n);
  const order = new Int32Array(n);
  const place = new Int32Array(n);
  const levelStart = [0];
  dist[start] = 0;
  parent[start] = -1;
  order[0] = start;
  let size = 1;
  const { firstHalf, to: halfTo } = numbers;
  for (let head = 0, level = 0; head < size; level++) {
    const end = size;
    levelStart.push(end);
    for (; head < end; head++) {
      const v = order[head]!;
      for (let h = firstHalf[v]!, last = firstHalf[v + 1]!; h < last; h++) {
        const to = halfTo[h]!;
        if (dist[to] !== unreached) continue;
        dist[to] = level + 1;
        parent[to] = h;
        place[to] = size;
        order[size++] = to;
      }
    }
  }
  // levelStart ends with the end of the last level, which is the whole discovery order.
  return { dist, order: order.subarray(0, size), place, levelStart, parent };
}
