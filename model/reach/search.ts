/**
 * Breadth-first search over states (forwarding domain, class of the edge it was entered by),
 * honouring the transit policies (`strict`) or only what is never a path (`lifted`, for the
 * candidate paths that explain a failure). Searches are lazy and kept on the graph per source
 * and origin, so asking for many targets from one source walks the graph at most once.
 */
import type { Domain, DomainGraph, Half } from './graph';
import { ALLOWED, NEVER, TRANSIT_POLICIES, type SearchContext } from './policies';

/** `strict` honours every policy; `lifted` lifts every restriction but keeps what is never a path. */
export type SearchMode = 'strict' | 'lifted';

/** The most candidate paths enumerated to explain one failure. */
export const MAX_CANDIDATE_PATHS = 64;

/** A lazy breadth-first search from one vertex. States are appended in BFS order, so the state list is the queue. */
export class DomainSearch {
  private readonly vertex: number[] = [];
  private readonly arrival: Array<Half | undefined> = [];
  private readonly dist: number[] = [];
  /** The state each state was first reached from (-1 for the source). */
  private readonly parent: number[] = [];
  /**
   * Lifted mode: the other (state, half) pairs one step shorter that lead to a state, besides its
   * parent and arrival. Most states have none, so the map holds only those that do.
   */
  private readonly otherPreds = new Map<number, Array<[number, Half]>>();
  /** The class key of each state. */
  private readonly key: string[] = [];
  /**
   * The first state reached at each vertex, and the states of a vertex in other classes. Maps, not
   * arrays over every vertex: a search usually visits a small part of a large graph, and dozens of
   * searches are kept.
   */
  private readonly first = new Map<number, number>();
  private readonly moreStates = new Map<number, Map<string, number>>();
  /** The queue's head state, and the next of its edges to follow. */
  private head = 0;
  private cursor = 0;

  constructor(
    private readonly g: DomainGraph,
    readonly source: number,
    readonly ctx: SearchContext,
    readonly mode: SearchMode,
  ) {
    this.addState(source, undefined, 0, undefined);
  }

  /** The state of (v, class key), if any. Most domains are entered in one class only, so a map is made only for a second one. */
  private stateOf(v: number, key: string): number | undefined {
    const first = this.first.get(v);
    if (first === undefined || this.key[first] === key) return first;
    return this.moreStates.get(v)?.get(key);
  }

  private addState(v: number, arrival: Half | undefined, dist: number, from: number | undefined): void {
    const policy = TRANSIT_POLICIES[this.g.domains[v]!.kind];
    // An arrival's class depends on its edge alone, so it is worked out once per half.
    const key = arrival ? (arrival.classKey ??= policy.classOf(arrival, this.ctx)) : policy.classOf(undefined, this.ctx);
    const existing = this.stateOf(v, key);
    if (existing !== undefined) {
      if (this.mode === 'lifted' && from !== undefined && this.dist[existing] === dist) {
        const others = this.otherPreds.get(existing);
        if (others) others.push([from, arrival!]);
        else this.otherPreds.set(existing, [[from, arrival!]]);
      }
      return;
    }
    // Paths pass each domain at most once; a domain never entered yet cannot be on the path.
    if (from !== undefined && this.first.has(v) && this.onPath(from, v)) return;
    const s = this.vertex.length;
    this.vertex.push(v);
    this.arrival.push(arrival);
    this.dist.push(dist);
    this.parent.push(from ?? -1);
    this.key.push(key);
    if (!this.first.has(v)) this.first.set(v, s);
    else {
      let more = this.moreStates.get(v);
      if (!more) this.moreStates.set(v, (more = new Map()));
      more.set(key, s);
    }
  }

  /**
   * Expands the head of the queue from `cursor`, stopping early once `target` is found: a hub with
   * thousands of attachments is then only walked as far as the target. Returns when the head is done
   * or the target is found; the next call resumes where this one stopped.
   */
  private expandHead(target: number | undefined): void {
    const s = this.head;
    const domain = this.g.domains[this.vertex[s]!]!;
    const policy = TRANSIT_POLICIES[domain.kind];
    const arrival = this.arrival[s];
    const strict = this.mode === 'strict';
    const halves = domain.halves;
    if (this.cursor === 0 && (policy.isEnd?.(arrival) || (strict && policy.mayLeave?.(arrival, this.ctx) === false))) this.cursor = halves.length;
    while (this.cursor < halves.length) {
      const half = halves[this.cursor++]!;
      if (strict && half.edge.blocker) continue;
      const verdict = policy.transit(arrival, half, this.ctx);
      if (verdict === NEVER || (strict && verdict !== ALLOWED)) continue;
      this.addState(half.to, half, this.dist[s]! + 1, s);
      if (target !== undefined && this.first.has(target)) break;
    }
    if (this.cursor >= halves.length) {
      this.head++;
      this.cursor = 0;
    }
  }

  /**
   * Whether vertex `v` is on the path to state `s`. Paths pass each domain at most once: coming
   * back to a domain by another edge (a DX gateway associated with two peered transit gateways)
   * would dodge its own policy. Asked only for domains already entered, and paths are short.
   */
  private onPath(s: number, v: number): boolean {
    for (let cur = s; cur >= 0; cur = this.parent[cur]!) if (this.vertex[cur] === v) return true;
    return false;
  }

  /** The first state found at `target`, searching on until it is found or the graph is exhausted. */
  find(target: number): number | undefined {
    while (!this.first.has(target) && this.head < this.vertex.length) this.expandHead(target);
    return this.first.get(target);
  }

  /** The halves from the source to state `s`, following first parents. */
  pathTo(s: number): Half[] {
    const halves: Half[] = [];
    for (let cur = s; this.parent[cur]! >= 0; cur = this.parent[cur]!) halves.push(this.arrival[cur]!);
    return halves.reverse();
  }

  /**
   * Every shortest path (as halves) to `target` in lifted mode, at most `MAX_CANDIDATE_PATHS`,
   * vertex-simple ones first.
   */
  shortestPaths(target: number): Half[][] {
    const first = this.find(target);
    if (first === undefined) return [];
    const d = this.dist[first]!;
    // Every predecessor of a state at distance d sits at d - 1: finish that level.
    while (this.head < this.vertex.length && this.dist[this.head]! < d) this.expandHead(undefined);
    const ends = [first, ...(this.moreStates.get(target)?.values() ?? [])].filter((s) => this.dist[s] === d);
    const paths: Half[][] = [];
    const walk = (s: number, suffix: Half[]): void => {
      if (paths.length >= MAX_CANDIDATE_PATHS) return;
      const parent = this.parent[s]!;
      if (parent < 0) {
        paths.push([...suffix].reverse());
        return;
      }
      for (const [p, half] of [[parent, this.arrival[s]!] as [number, Half], ...(this.otherPreds.get(s) ?? [])]) {
        suffix.push(half);
        walk(p, suffix);
        suffix.pop();
        if (paths.length >= MAX_CANDIDATE_PATHS) return;
      }
    };
    for (const s of ends) walk(s, []);
    const simple = paths.filter((p) => isSimple(this.source, p));
    return simple.length > 0 ? simple : paths.slice(0, 1);
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

/** The cached search from `source` for this origin. */
export function searchFrom(g: DomainGraph, source: number, ctx: SearchContext, mode: SearchMode): DomainSearch {
  // Verdicts depend only on the source, whether the internet is the target, and the origin's subnet class.
  const key = `${mode}\u0000${source}\u0000${ctx.towardInternet}\u0000${ctx.originSubnet ?? ''}`;
  return cached(g, key, () => new DomainSearch(g, source, ctx, mode));
}

/**
 * A shortest chain of edges from `source` to `target`, ignoring every policy (to explain
 * `flow-no-path`). Searched from both ends at once, growing the smaller frontier, so two networks
 * joined near both of them (two VPCs with internet gateways) cost a few steps, not the whole graph.
 */
export function anyChain(g: DomainGraph, source: number, target: number): Half[] | undefined {
  if (source === target) return [];
  // Each side: the half by which each vertex was reached (undefined at its start), and its frontier.
  const fromSource = new Map<number, Half | undefined>([[source, undefined]]);
  const fromTarget = new Map<number, Half | undefined>([[target, undefined]]);
  let frontierS = [source];
  let frontierT = [target];
  while (frontierS.length > 0 && frontierT.length > 0) {
    const growSource = frontierS.length <= frontierT.length;
    const [mine, theirs, frontier] = growSource ? [fromSource, fromTarget, frontierS] : [fromTarget, fromSource, frontierT];
    const next: number[] = [];
    let meeting: number | undefined;
    for (const v of frontier) {
      for (const half of g.domains[v]!.halves) {
        if (mine.has(half.to)) continue;
        mine.set(half.to, half);
        next.push(half.to);
        if (theirs.has(half.to)) {
          meeting = half.to;
          break;
        }
      }
      if (meeting !== undefined) break;
    }
    if (meeting !== undefined) {
      const head: Half[] = [];
      for (let h = fromSource.get(meeting); h; h = fromSource.get(h.from)) head.push(h);
      const tail: Half[] = [];
      for (let h = fromTarget.get(meeting); h; h = fromTarget.get(h.from)) tail.push(h.reverse);
      return [...head.reverse(), ...tail];
    }
    if (growSource) frontierS = next;
    else frontierT = next;
  }
  return undefined;
}

/** Whether no arrival may leave the domain, even with every restriction lifted (an on-premises network, the internet). */
function isEndDomain(domain: Domain): boolean {
  const isEnd = TRANSIT_POLICIES[domain.kind].isEnd;
  return isEnd !== undefined && domain.halves.every((h) => isEnd(h.reverse));
}

/**
 * Could any path join `a` and `b`, even with every restriction lifted? Answered from connected
 * components of the graph without its end domains (which no path passes through): when the two
 * touch no common component, no candidate path exists and the lifted search, which would walk
 * all of `a`'s side, is spared. "Yes" only means "maybe".
 */
export function mayBeJoined(g: DomainGraph, a: number, b: number): boolean {
  const components = (g.components ??= endFreeComponents(g));
  const touched = (v: number): number[] =>
    components[v]! >= 0 ? [components[v]!] : g.domains[v]!.halves.map((h) => components[h.to]!).filter((c) => c >= 0);
  const ofA = new Set(touched(a));
  return touched(b).some((c) => ofA.has(c)) || g.domains[a]!.halves.some((h) => h.to === b);
}

/** Each domain's component once end domains are taken out (-1 for an end domain). */
function endFreeComponents(g: DomainGraph): Int32Array {
  const parent = Int32Array.from(g.domains, (_, i) => i);
  const root = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  const ends = g.domains.map(isEndDomain);
  for (const domain of g.domains) {
    if (ends[domain.index]) continue;
    for (const h of domain.halves) if (!ends[h.to]) parent[root(h.from)] = root(h.to);
  }
  return Int32Array.from(g.domains, (d) => (ends[d.index] ? -1 : root(d.index)));
}
