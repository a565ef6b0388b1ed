/**
 * Why a pair does not reach: walks the shortest candidate paths (found with every restriction
 * lifted) and collects the rules each breaks, each rule once, the one met first on the way first
 * (ties by rule id).
 */
import { overlaps, type CidrBlock } from '../cidr/cidr';
import type { Connection, ElementId, TopologyNode } from '../document/types';
import type { Domain, DomainGraph, Half } from './graph';
import { ALLOWED, NEVER, TRANSIT_POLICIES, type Refusal, type SearchContext } from './policies';
import type { Blocker } from './types';

/** The first overlapping pair of blocks of two networks (IPv4 first, then IPv6). */
export interface NetworkOverlap {
  readonly a: CidrBlock;
  readonly b: CidrBlock;
}

/** The first block of `a` overlapping a block of `b`, if any. Networks hold few blocks, so pairs are compared directly. */
export function networkOverlap(g: DomainGraph, a: TopologyNode, b: TopologyNode): NetworkOverlap | undefined {
  // Asked for every pair of a reach matrix: plain loops, no list of families to allocate.
  return overlapIn(g.index.ipv4Blocks(a), g.index.ipv4Blocks(b)) ?? overlapIn(g.index.ipv6Blocks(a), g.index.ipv6Blocks(b));
}

function overlapIn(blocksA: readonly CidrBlock[], blocksB: readonly CidrBlock[]): NetworkOverlap | undefined {
  for (const x of blocksA) for (const y of blocksB) if (overlaps(x, y)) return { a: x, b: y };
  return undefined;
}

interface Placed {
  /** 2i for the i-th vertex of the path, 2i + 1 for the edge after it. */
  position: number;
  rule: Blocker['rule'];
  /** The blocker, built only for the occurrence that is reported. */
  blocker: () => Blocker;
}

const isSite = (d: Domain) => d.kind === 'on-premises' || d.kind === 'site';

/** The blocker for two overlapping ends, at the hop that joins them. */
function overlapBlocker(g: DomainGraph, vertices: readonly Domain[], halves: readonly Half[], overlap: NetworkOverlap): Placed | undefined {
  const from = vertices[0]!;
  const to = vertices[vertices.length - 1]!;
  const label = g.index.label.bind(g.index);
  const pair = () => `${label(from.node)} (${overlap.a.text}) and ${label(to.node)} (${overlap.b.text})`;
  const how = overlap.a.first === overlap.b.first && overlap.a.last === overlap.b.last ? 'match' : 'overlap';
  const inner = vertices.slice(1, -1);
  const at = (hub: Domain): number => 2 * vertices.indexOf(hub);
  const subjects = (hub: Domain): ElementId[] => [hub.id, from.id, to.id];
  if (from.kind === 'vpc' && to.kind === 'vpc') {
    // A direct peering carries its own `peering-cidr-overlap` blocker.
    if (halves.length === 1 && halves[0]!.edge.kind === 'peering') return undefined;
    const hub = inner.find((d) => d.kind === 'dx-gateway' || d.kind === 'transit-gateway');
    if (hub?.kind === 'dx-gateway') {
      return {
        position: at(hub),
        rule: 'dxgw-vpc-cidr-overlap',
        blocker: () => ({ rule: 'dxgw-vpc-cidr-overlap', subjects: subjects(hub), message: `${pair()} ${how}, so ${label(hub.node)} cannot route between them: VPCs associated with one Direct Connect gateway must not overlap.` }),
      };
    }
    if (hub) {
      return {
        position: at(hub),
        rule: 'tgw-cidr-conflict',
        blocker: () => ({ rule: 'tgw-cidr-conflict', subjects: subjects(hub), message: `${pair()} ${how}, so ${label(hub.node)} cannot route between them: its route table keeps one route per block.` }),
      };
    }
    const spoke = inner.find((d) => d.kind === 'vpc');
    if (!spoke) return undefined;
    return {
      position: at(spoke),
      rule: 'peering-overlapping-spokes',
      blocker: () => ({ rule: 'peering-overlapping-spokes', subjects: subjects(spoke), message: `${pair()} ${how}, so ${label(spoke.node)} cannot route to both of them.` }),
    };
  }
  const hub = inner.find((d) => d.kind === 'vpn-gateway' || d.kind === 'transit-gateway' || d.kind === 'dx-gateway') ?? inner[0];
  if (!hub) return undefined;
  const message = () =>
    isSite(from) && isSite(to)
      ? `${pair()} ${how}, so they cannot reach each other through ${label(hub.node)}.`
      : `${pair()} ${how}: the VPC's local route wins, so the on-premises addresses in the overlap are unreachable from it, and the two cannot reach each other.`;
  return { position: at(hub), rule: 'hybrid-cidr-overlap', blocker: () => ({ rule: 'hybrid-cidr-overlap', subjects: subjects(hub), message: message() }) };
}

/** What a site does not learn through a DX gateway association (see `allowed-prefixes.ts`). */
export type AssociationCheck = (association: Connection) => Blocker | undefined;

/**
 * Where a rule is met on a candidate path, as what makes its blocker: a refusal at a hop (its
 * sentence is built only if it is reported), a blocker made already (an edge's, an association's),
 * or the overlap's.
 */
type Found =
  | { readonly kind: 'refusal'; readonly verdict: Refusal; readonly at: Domain; readonly arrival: Half | undefined; readonly departure: Half }
  | { readonly kind: 'blocker'; readonly blocker: Blocker }
  | { readonly kind: 'overlap'; readonly make: () => Blocker };

/** Per rule: the first place it is met on any candidate path, and what it was found as there, each once. */
interface FirstSeen {
  position: number;
  rule: string;
  found: Found[];
}

/**
 * Collects the rules the candidate paths break. Many paths share their first hops, so one rule met
 * at one place is found again and again; it is kept once (the same refusal at the same hop, or the
 * same blocker, says the same words), and nothing is allocated for a place later than the first.
 */
class RuleCollector {
  readonly firstSeen = new Map<string, FirstSeen>();

  /** Whether a rule met at `position` is to be kept: false when it was met earlier. */
  private at(position: number, rule: string): FirstSeen | undefined {
    const seen = this.firstSeen.get(rule);
    if (!seen || position < seen.position) {
      const fresh: FirstSeen = { position, rule, found: [] };
      this.firstSeen.set(rule, fresh);
      return fresh;
    }
    return position === seen.position ? seen : undefined;
  }

  refusal(position: number, verdict: Refusal, at: Domain, arrival: Half | undefined, departure: Half): void {
    const seen = this.at(position, verdict.rule);
    if (!seen) return;
    for (const f of seen.found) if (f.kind === 'refusal' && f.verdict === verdict && f.arrival === arrival && f.departure === departure) return;
    seen.found.push({ kind: 'refusal', verdict, at, arrival, departure });
  }

  blocker(position: number, blocker: Blocker): void {
    const seen = this.at(position, blocker.rule);
    if (!seen) return;
    for (const f of seen.found) if (f.kind === 'blocker' && f.blocker === blocker) return;
    seen.found.push({ kind: 'blocker', blocker });
  }

  overlap(position: number, rule: string, make: () => Blocker): void {
    this.at(position, rule)?.found.push({ kind: 'overlap', make });
  }
}

/** Adds the rules one candidate path breaks, each placed where it is met. */
function walk(
  g: DomainGraph,
  source: number,
  halves: readonly Half[],
  ctx: SearchContext,
  overlap: NetworkOverlap | undefined,
  learned: AssociationCheck | undefined,
  rules: RuleCollector,
): void {
  let here = g.domains[source]!;
  for (let i = 0; i < halves.length; i++) {
    const arrival = halves[i - 1];
    const departure = halves[i]!;
    const verdict = TRANSIT_POLICIES[here.kind].transit(arrival, departure, ctx);
    if (verdict !== ALLOWED && verdict !== NEVER) rules.refusal(2 * i, verdict, here, arrival, departure);
    const blocker = departure.edge.blocker;
    if (blocker) rules.blocker(2 * i + 1, blocker);
    const association = departure.edge.kind === 'dxgw-association' && learned ? departure.edge.element : undefined;
    const unlearned = association && 'source' in association ? learned!(association) : undefined;
    if (unlearned) rules.blocker(2 * i + 1, unlearned);
    here = g.domains[departure.to]!;
  }
  if (overlap) {
    const vertices = [g.domains[source]!, ...halves.map((h) => g.domains[h.to]!)];
    const o = overlapBlocker(g, vertices, halves, overlap);
    if (o) rules.overlap(o.position, o.rule, o.blocker);
  }
}

function blockerOf(g: DomainGraph, f: Found, ctx: SearchContext): Blocker {
  if (f.kind === 'blocker') return f.blocker;
  if (f.kind === 'overlap') return f.make();
  return { rule: f.verdict.rule, ...f.verdict.explain({ g, at: f.at, arrival: f.arrival, departure: f.departure, ctx }) };
}

/**
 * A fixed order between two blockers of one rule met at the same place on different paths: by
 * their words, then by what their subjects are called (not by ids, which a copy may change).
 */
function blockerOrder(g: DomainGraph): (x: Blocker, y: Blocker) => number {
  const words = (b: Blocker) => {
    const names = b.subjects.map((id) => {
      const node = g.index.node(id);
      if (node) return g.index.label(node);
      const connection = g.index.connection(id);
      return connection ? g.index.connectionLabel(connection) : '';
    });
    return [b.message, ...names, ...b.subjects].join('\u0000');
  };
  // A search compares each blocker several times: spell each once.
  const spelt = new Map<Blocker, string>();
  const wordsOf = (b: Blocker) => spelt.get(b) ?? spelt.set(b, words(b)).get(b)!;
  return (x, y) => {
    // The words start with the message, and the separator sorts before every other character:
    // two different messages without it decide the order alone, with no names to look up.
    if (x.message !== y.message && !x.message.includes('\u0000') && !y.message.includes('\u0000')) return x.message < y.message ? -1 : 1;
    const [a, b] = [wordsOf(x), wordsOf(y)];
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** The first of `blockers` that no other precedes in `order`. */
function least(blockers: readonly Blocker[], order: (x: Blocker, y: Blocker) => number): Blocker {
  let best = blockers[0]!;
  for (let i = 1; i < blockers.length; i++) if (order(blockers[i]!, best) < 0) best = blockers[i]!;
  return best;
}

/**
 * The rules that stop the candidate paths, each rule once, ordered by where it is first met, then
 * by rule id: never by the order of the paths, which follows the order of the document
 * (routing.md, "Order never matters"). Of one rule met first at one place on several paths, the
 * blocker reported is chosen by its words, not by which path came first. `flow-no-path` is kept
 * only when nothing else stops them: it means "no path", not one obstacle among others.
 */
export function blockersOf(
  g: DomainGraph,
  source: number,
  paths: readonly Half[][],
  ctx: SearchContext,
  overlap: NetworkOverlap | undefined,
  learned?: AssociationCheck,
): Blocker[] {
  // An association's verdict is one blocker object however many paths cross it, so that it is found once.
  const known = new Map<Connection, Blocker | undefined>();
  const learnedOnce: AssociationCheck | undefined =
    learned && ((association) => (known.has(association) ? known.get(association) : known.set(association, learned(association)).get(association)));
  const rules = new RuleCollector();
  for (const path of paths) walk(g, source, path, ctx, overlap, learnedOnce, rules);
  const all = [...rules.firstSeen.values()]
    .sort((x, y) => x.position - y.position || (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0))
    .map((x) => (x.found.length === 1 ? blockerOf(g, x.found[0]!, ctx) : least(x.found.map((f) => blockerOf(g, f, ctx)), blockerOrder(g))));
  const real = all.filter((b) => b.rule !== 'flow-no-path');
  return real.length > 0 ? real : all;
}
