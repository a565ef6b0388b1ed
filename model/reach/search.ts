/**
 * Breadth-first search over states (forwarding domain, class of the edge it was entered by, the
 * pass-once domains already crossed), honouring the transit policies (`strict`) or only what is
 * never a path (`lifted`, for the candidate paths that explain a failure). A state holds all that
 * its future depends on, so what is reached never depends on the order in which edges are met
 * (routing.md, "Order never matters"). Searches are lazy and kept on the graph per source and
 * origin, so asking for many targets from one source walks the graph at most once.
 */
import { componentsWithout } from './components-without';
import type { Domain, DomainGraph, EndFreeComponents, Half } from './graph';
import { ALLOWED, NEVER, TRANSIT_POLICIES, type SearchContext, type TransitPolicy } from './policies';
import { StateKeys } from './state-keys';
import { SearchStates } from './search-states';

/** `strict` honours every policy; `lifted` lifts every restriction but keeps what is never a path. */
export type SearchMode = 'strict' | 'lifted';

/** The state a source's state is entered from: none. */
const NO_STATE = -1;

/** The transit policy of each vertex, per graph: a search asks for one on every edge it follows. */
const policyTables = new WeakMap<DomainGraph, readonly TransitPolicy[]>();

function policiesOf(g: DomainGraph): readonly TransitPolicy[] {
  let table = policyTables.get(g);
  if (!table) policyTables.set(g, (table = g.domains.map((d) => TRANSIT_POLICIES[d.kind])));
  return table;
}

/**
 * What keeps a search aimed at one target small: per vertex, a lower bound on the number of hops
 * from it to the target (`toTarget`, 0xffff: the target cannot be reached from it), and the most
 * hops a path may have (`limit`). A state at distance d is made only when d plus its vertex's
 * bound is within the limit. When the bound is the fewest hops to the target over edges that
 * leave no end domain (no path passes through one), every predecessor of a state kept that is not
 * at an end domain passes the test too (its bound is at most one more), so those states are made in
 * the same order, with the same keys, parents and predecessors as in the unbounded search: when the
 * target lies within the limit, what is found there is exactly what the unbounded search finds.
 */
export interface SearchBound {
  readonly toTarget: Uint16Array;
  readonly limit: number;
}

/** `collectPaths`' cursors: a state's parent is next, or nothing is left. */
const PARENT = -2;
const NO_MORE = -1;

/** The most candidate paths enumerated to explain one failure. */
export const MAX_CANDIDATE_PATHS = 64;

/** A lazy breadth-first search from one vertex. States are appended in BFS order, so the state list is the queue. */
export class DomainSearch {
  /** The states made so far, in BFS order; see `SearchStates`. */
  private readonly states: SearchStates;
  /** Numbers for the classes and crossed sets of this graph, shared by its searches. */
  private readonly keys: StateKeys;
  /**
   * Lifted mode: the shortest paths last asked for. A matrix asks for both a → b and b → a, one
   * after the other, and both are answered by the search from the lower vertex (see `reach.ts`);
   * only the last is kept, as a search of a large document serves hundreds of targets.
   */
  private lastPaths: { target: number; paths: Half[][] } | undefined;
  /** The transit policy of each vertex of the graph. */
  private readonly policies: readonly TransitPolicy[];
  /** The queue's head state, and the next of its edges to follow. */
  private head = 0;
  private cursor = 0;
  /** Whether `bound` kept out any state (see `SearchBound`). */
  private boundedOut = false;

  constructor(
    private readonly g: DomainGraph,
    readonly source: number,
    readonly ctx: SearchContext,
    readonly mode: SearchMode,
    capacity?: number,
    private readonly bound?: SearchBound,
    reused?: SearchStates,
  ) {
    if (reused) reused.clear();
    this.states = reused ?? new SearchStates(capacity);
    this.keys = StateKeys.of(g);
    this.policies = policiesOf(g);
    this.addState(source, undefined, 0, NO_STATE, 0);
  }

  /** Whether the search's bound kept out a state: only then may a target it did not find be reached beyond the bound. */
  get cutShort(): boolean {
    return this.boundedOut;
  }

  /** How many states the search has made so far. */
  get stateCount(): number {
    return this.states.size;
  }

  /** The first state reached at vertex v, if any. */
  private firstAt(v: number): number | undefined {
    const s = this.states.firstAt(v);
    return s < 0 ? undefined : s;
  }

  /** The states of vertex v, in the order they were made. */
  private statesAt(v: number): number[] {
    const list: number[] = [];
    for (let s = this.states.firstAt(v); s >= 0; s = this.states.next(s)) list.push(s);
    return list;
  }

  /**
   * The key of the state entered at `v` by `arrival` from a state whose crossed set is `passed`
   * (`arrival` undefined: the source, `passed` 0): the arrival's class, and the pass-once domains
   * crossed, when any. Undefined when `v` may not be entered from there: back at the source, or at
   * a pass-once domain already crossed (see `TransitPolicy.passOnce`).
   */
  private entryKey(v: number, arrival: Half | undefined, passed: number): number | undefined {
    const policy = this.policies[v]!;
    const keys = this.keys;
    // An arrival's class depends on its edge alone, so it is worked out once per half.
    const classId = arrival?.classId ?? (arrival ? (arrival.classId = keys.classId(policy.classOf(arrival, this.ctx))) : keys.classId(policy.classOf(undefined, this.ctx)));
    if (arrival !== undefined && v === this.source) return undefined;
    if (policy.passOnce) {
      const next = keys.withDomain(passed, v);
      if (next === undefined) return undefined;
      passed = next;
    }
    // What a site learns through a DX gateway association depends on the association: remember it.
    if (arrival?.edge.kind === 'dxgw-association' && arrival.edge.element) passed = keys.withAssociation(passed, arrival.edge.element.id);
    return keys.key(classId, passed);
  }

  /**
   * Adds the state (v, key) unless it exists or may not be entered from state `from` (`NO_STATE`
   * for the source), whose crossed set is `passed`; true when added. Runs for every edge followed.
   */
  private addState(v: number, arrival: Half | undefined, dist: number, from: number, passed: number): boolean {
    const bound = this.bound;
    if (bound !== undefined && dist + bound.toTarget[v]! > bound.limit) {
      this.boundedOut = true;
      return false;
    }
    const key = this.entryKey(v, arrival, passed);
    if (key === undefined) return false;
    const states = this.states;
    const existing = states.find(v, key);
    if (existing >= 0) {
      if (this.mode === 'lifted' && from !== NO_STATE && states.dist[existing] === dist) states.addPredecessor(existing, from, arrival!);
      return false;
    }
    states.add(v, key, arrival, dist, from);
    return true;
  }

  /**
   * Expands the head of the queue from `cursor`, stopping early once `target` is found: a hub with
   * thousands of attachments is then only walked as far as the target. Returns when the head is done
   * or the target is found; the next call resumes where this one stopped.
   */
  private expandHead(target: number | undefined): void {
    const s = this.head;
    const states = this.states;
    const v = states.vertex[s]!;
    const policy = this.policies[v]!;
    const arrival = states.arrival[s];
    const strict = this.mode === 'strict';
    const halves = this.g.domains[v]!.halves;
    // What every edge followed from the head shares, worked out once rather than per edge (a hub has hundreds).
    const dist = states.dist[s]! + 1;
    const passed = this.keys.passedOf(states.key[s]!);
    if (this.cursor === 0 && (policy.isEnd?.(arrival) || (strict && policy.mayLeave?.(arrival, this.ctx) === false))) this.cursor = halves.length;
    // A bounded search (see `SearchBound`) keeps out most of a hub's edges: known before asking the policy.
    const toTarget = this.bound?.toTarget;
    const within = this.bound ? this.bound.limit - dist : 0;
    while (this.cursor < halves.length) {
      const half = halves[this.cursor++]!;
      if (strict && half.edge.blocker) continue;
      if (toTarget !== undefined && toTarget[half.to]! > within) {
        this.boundedOut = true;
        continue;
      }
      const verdict = policy.transit(arrival, half, this.ctx);
      if (verdict === NEVER || (strict && verdict !== ALLOWED)) continue;
      // Found when the target is entered for the first time; its later states change nothing.
      if (this.addState(half.to, half, dist, s, passed) && half.to === target) break;
    }
    if (this.cursor >= halves.length) {
      this.head++;
      this.cursor = 0;
    }
  }

  /**
   * The first state found at `target` (that `accept` accepts, given the ids of the DX gateway
   * associations its path crossed), searching on until one is found or the graph is exhausted.
   */
  find(target: number, accept?: (associations: readonly string[]) => boolean): number | undefined {
    const states = this.states;
    if (!accept) {
      while (!states.entered(target) && this.head < states.size) this.expandHead(target);
      return this.firstAt(target);
    }
    // The target's states in the order they were made; each is asked once, when it appears, not
    // again after every step of the search. `asked` is the last one asked (-1: none yet).
    let asked = -1;
    for (;;) {
      for (let s = asked < 0 ? states.firstAt(target) : states.next(asked); s >= 0; s = states.next(s)) {
        asked = s;
        if (accept(this.keys.associations(this.keys.passedOf(states.key[s]!)))) return s;
      }
      if (this.head >= states.size) return undefined;
      this.expandHead(target);
    }
  }

  /** The halves from the source to state `s`, following first parents. */
  pathTo(s: number): Half[] {
    const halves: Half[] = [];
    const { parent, arrival } = this.states;
    for (let cur = s; parent[cur]! >= 0; cur = parent[cur]!) halves.push(arrival[cur]!);
    return halves.reverse();
  }

  /**
   * Every shortest path (as halves) to `target` in lifted mode, at most `MAX_CANDIDATE_PATHS`,
   * vertex-simple ones first.
   */
  shortestPaths(target: number): readonly Half[][] {
    if (this.lastPaths?.target !== target) this.lastPaths = { target, paths: this.findShortestPaths(target) };
    return this.lastPaths.paths;
  }

  private findShortestPaths(target: number): Half[][] {
    const first = this.find(target);
    if (first === undefined) return [];
    const paths: Half[][] = [];
    for (const end of this.arrivalsAt(target, this.states.dist[first]!)) {
      if (paths.length >= MAX_CANDIDATE_PATHS) break;
      // No predecessor: the target is the source.
      if (end.length === 0) paths.push([]);
      else this.collectPaths(end, paths);
    }
    const simple = paths.filter((p) => isSimple(this.source, p));
    return simple.length > 0 ? simple : paths.slice(0, 1);
  }

  /**
   * Appends to `paths` the paths from the source that end with one of `ends`, depth first in
   * predecessor order, until `MAX_CANDIDATE_PATHS` are known. An explicit stack rather than
   * recursion: a path of thousands of hops (a long chain of peered VPCs) would overflow the call stack.
   */
  private collectPaths(ends: ReadonlyArray<readonly [number, Half]>, paths: Half[][]): void {
    const known = this.states;
    // Frame k > 0 walks the predecessors of the state `at[k]`, reached by suffix[k - 1]: its parent
    // (cursor PARENT), then its other predecessors (cursor: their entry), until none is left (-1).
    // Frame 0 walks `ends` (cursor: an index). No list is made per frame: paths of a matrix are many.
    const at: number[] = [-1];
    const cursor: number[] = [0];
    const suffix: Half[] = [];
    while (at.length > 0 && paths.length < MAX_CANDIDATE_PATHS) {
      const depth = at.length - 1;
      const c = cursor[depth]!;
      let p: number;
      let half: Half;
      if (depth === 0 ? c >= ends.length : c === NO_MORE) {
        at.pop();
        cursor.pop();
        continue;
      }
      if (depth === 0) {
        [p, half] = ends[c]!;
        cursor[0] = c + 1;
      } else if (c === PARENT) {
        const s = at[depth]!;
        p = known.parent[s]!;
        half = known.arrival[s]!;
        cursor[depth] = known.extraOf(s);
      } else {
        p = known.extraState(c);
        half = known.extraArrival(c);
        cursor[depth] = known.extraAfter(c);
      }
      suffix.length = depth;
      suffix.push(half);
      if (known.parent[p]! < 0) paths.push(suffix.slice().reverse());
      else {
        at.push(p);
        cursor.push(PARENT);
      }
    }
  }

  /**
   * The predecessors of each state of `target` at distance `d` (the target's first state is at d),
   * one list per state in the order the states are made; an empty list for the source itself.
   *
   * Every predecessor of a state at distance d sits at d - 1, so that level must be finished. Its
   * states are followed here only as far as the target is concerned, exactly as `expandHead` would
   * (same order, verdicts, classes), without making the states it would make elsewhere: the last
   * level of a breadth-first search is most of it (every VPC behind a transit gateway, each with its
   * own edges). The search is not advanced, so a later question resumes it where `find` left it.
   */
  private arrivalsAt(target: number, d: number): Array<Array<readonly [number, Half]>> {
    const known = this.states;
    const states: Array<{ key: number; preds: Array<readonly [number, Half]> }> = [];
    for (const s of this.statesAt(target)) {
      if (known.dist[s] === d) states.push({ key: known.key[s]!, preds: known.parent[s]! < 0 ? [] : known.predecessors(s) });
    }
    const strict = this.mode === 'strict';
    for (let s = this.head, cursor = this.cursor; s < known.size && known.dist[s]! < d; s++, cursor = 0) {
      const policy = this.policies[known.vertex[s]!]!;
      const arrival = known.arrival[s];
      if (cursor === 0 && (policy.isEnd?.(arrival) || (strict && policy.mayLeave?.(arrival, this.ctx) === false))) continue;
      const halves = this.g.domains[known.vertex[s]!]!.halves;
      for (let i = cursor; i < halves.length; i++) {
        const half = halves[i]!;
        if (half.to !== target || (strict && half.edge.blocker)) continue;
        const verdict = policy.transit(arrival, half, this.ctx);
        if (verdict === NEVER || (strict && verdict !== ALLOWED)) continue;
        // As `addState`: a known key gains a predecessor (lifted mode only); a new key is a new state.
        const key = this.entryKey(target, half, this.keys.passedOf(known.key[s]!));
        if (key === undefined) continue;
        const state = states.find((t) => t.key === key);
        if (!state) states.push({ key, preds: [[s, half]] });
        else if (!strict) state.preds.push([s, half]);
      }
    }
    return states.map((t) => t.preds);
  }
}

function isSimple(source: number, halves: readonly Half[]): boolean {
  const seen = new Set<number>([source]);
  for (const h of halves) {
    if (seen.has(h.to)) return false;
    seen.add(h.to);
  }
  return true;
}

/**
 * How many searches a graph keeps. A row of a reach matrix or a flow uses its search at once and
 * rarely again, and a search of a large document holds thousands of states: keep the recent ones.
 */
export const MAX_CACHED_SEARCHES = 64;

/** The value cached on the graph under `key`, made on a miss; least recently used entries are dropped. */
function cached<T>(g: DomainGraph, key: string, make: () => T): T {
  const hit = g.searches.get(key) as T | undefined;
  if (hit !== undefined) {
    g.searches.delete(key);
    g.searches.set(key, hit);
    return hit;
  }
  const value = make();
  g.searches.set(key, value);
  if (g.searches.size > MAX_CACHED_SEARCHES) g.searches.delete(g.searches.keys().next().value!);
  return value;
}

/** The search last returned per mode on a graph, with what it was asked for. */
interface RecentSearches {
  strict?: { source: number; ctx: SearchContext; search: DomainSearch };
  lifted?: { source: number; ctx: SearchContext; search: DomainSearch };
}

const recentSearches = new WeakMap<DomainGraph, RecentSearches>();

/** The cached search from `source` for this origin. */
export function searchFrom(g: DomainGraph, source: number, ctx: SearchContext, mode: SearchMode): DomainSearch {
  // Grouped questions ask for one search many times in a row with the same context object: that
  // is known without spelling the cache key (the same context always spells the same key).
  let recent = recentSearches.get(g);
  if (!recent) recentSearches.set(g, (recent = {}));
  const last = recent[mode];
  if (last && last.source === source && last.ctx === ctx) return last.search;
  // Verdicts depend only on the source, whether the internet is the target, the origin's subnet class and address family, and an instance without a public IP.
  const key = `${mode}\u0000${source}\u0000${ctx.towardInternet}\u0000${ctx.originSubnet ?? ''}\u0000${ctx.originIpv6 ? 6 : 4}\u0000${ctx.instanceWithoutPublicIp?.id ?? ''}`;
  // A new search is given room for as many states as the last one of its mode reached by now.
  const search = cached(g, key, () => new DomainSearch(g, source, ctx, mode, last?.search.stateCount));
  recent[mode] = { source, ctx, search };
  return search;
}

/**
 * What `anyChain` marks, kept per graph and reused: validation asks for hundreds of chains, and
 * fresh maps or vertex-sized arrays for each would cost more than most chains' own walk. A vertex
 * is marked by a side when its stamp equals that side's current stamp, so nothing is cleared.
 */
interface ChainMarks {
  stamp: number;
  /** Per vertex: the stamp of the side that reached it first. */
  reachedBy: Int32Array;
  /** Per vertex: the half it was reached by (undefined at a side's start); valid only when marked. */
  via: Array<Half | undefined>;
}

const chainMarks = new WeakMap<DomainGraph, ChainMarks>();

/**
 * A shortest chain of edges from `source` to `target`, ignoring every policy (to explain
 * `flow-no-path`). Searched from both ends at once, growing the smaller frontier, so two networks
 * joined near both of them (two VPCs with internet gateways) cost a few steps, not the whole graph.
 */
export function anyChain(g: DomainGraph, source: number, target: number): Half[] | undefined {
  if (source === target) return [];
  let marks = chainMarks.get(g);
  if (!marks) chainMarks.set(g, (marks = { stamp: 0, reachedBy: new Int32Array(g.domains.length), via: new Array<Half | undefined>(g.domains.length) }));
  // Two fresh stamps, one per side; a vertex is marked by the first side to reach it (the search stops where they meet).
  if (marks.stamp > 0x7ffffff0) {
    marks.reachedBy.fill(0);
    marks.stamp = 0;
  }
  const { reachedBy, via } = marks;
  const fromSource = ++marks.stamp;
  const fromTarget = ++marks.stamp;
  reachedBy[source] = fromSource;
  via[source] = undefined;
  reachedBy[target] = fromTarget;
  via[target] = undefined;
  let frontierS = [source];
  let frontierT = [target];
  while (frontierS.length > 0 && frontierT.length > 0) {
    const growSource = frontierS.length <= frontierT.length;
    const [mine, theirs, frontier] = growSource ? [fromSource, fromTarget, frontierS] : [fromTarget, fromSource, frontierT];
    const next: number[] = [];
    // The half by which the growing side first reaches a vertex of the other side.
    let meeting: Half | undefined;
    for (const v of frontier) {
      for (const half of g.domains[v]!.halves) {
        const by = reachedBy[half.to];
        if (by === mine) continue;
        if (by === theirs) {
          meeting = half;
          break;
        }
        reachedBy[half.to] = mine;
        via[half.to] = half;
        next.push(half.to);
      }
      if (meeting !== undefined) break;
    }
    if (meeting !== undefined) {
      // The meeting vertex is marked by the side it was first reached from; `meeting` is how the other side got there.
      const at = meeting.to;
      const head: Half[] = [];
      for (let h = growSource ? meeting : via[at]; h; h = via[h.from]) head.push(h);
      const tail: Half[] = [];
      for (let h = growSource ? via[at] : meeting; h; h = via[h.from]) tail.push(h.reverse);
      return [...head.reverse(), ...tail];
    }
    if (growSource) frontierS = next;
    else frontierT = next;
  }
  return undefined;
}

/** Whether no arrival may leave the domain, even with every restriction lifted (an on-premises network, the internet). */
export function isEndDomain(domain: Domain): boolean {
  const isEnd = TRANSIT_POLICIES[domain.kind].isEnd;
  return isEnd !== undefined && domain.halves.every((h) => isEnd(h.reverse));
}

/**
 * Could any path join `a` and `b`, even with every restriction lifted? Answered from connected
 * components of the graph without its end domains (which no path passes through): when the two
 * touch no common component, no candidate path exists and both searches, which would walk all of
 * `a`'s side, are spared. "Yes" only means "maybe". Asked for every flow, so O(1) but for the
 * adjacency test of two ends that share no component.
 */
export function mayBeJoined(g: DomainGraph, a: number, b: number): boolean {
  const components = (g.components ??= endFreeComponents(g));
  const ca = components.of[a]!;
  const cb = components.of[b]!;
  let shared: boolean;
  if (ca >= 0 && cb >= 0) shared = ca === cb;
  else if (ca >= 0) shared = components.touchedBy.get(b)!.has(ca);
  else if (cb >= 0) shared = components.touchedBy.get(a)!.has(cb);
  else {
    const ofB = components.touchedBy.get(b)!;
    shared = [...components.touchedBy.get(a)!].some((c) => ofB.has(c));
  }
  return shared || g.domains[a]!.halves.some((h) => h.to === b);
}

function endFreeComponents(g: DomainGraph): EndFreeComponents {
  const ends = g.domains.map(isEndDomain);
  const of = componentsWithout(g, (v) => ends[v]!);
  const touchedBy = new Map<number, Set<number>>();
  for (const domain of g.domains) {
    if (!ends[domain.index]) continue;
    const touched = new Set<number>();
    for (const h of domain.halves) if (of[h.to]! >= 0) touched.add(of[h.to]!);
    touchedBy.set(domain.index, touched);
  }
  return { of, touchedBy };
}
