/**
 * `reach(doc, from, to)`: can traffic flow from one network to another, assuming every route
 * table uses the connections that are drawn (topology-format.md and rules.md, "Reachability").
 * The answer comes from a search over forwarding domains (`graph.ts`) under per-hop transit
 * policies (`policies.ts`); when there is none, the shortest candidate paths with every
 * restriction lifted say which rules stand in the way (`explain.ts`).
 */
import type { Connection, ElementId, TopologyDocument, TopologyNode } from '../document/types';
import { advertisedBlocksOf, allowedPrefixesBlocker } from './allowed-prefixes';
import { associationEnds } from '../graph/direct-connect-ends';
import { sitesBehindDxgw } from '../graph/propagated-routes';
import { tryParseCidr, type CidrBlock } from '../cidr/cidr';
import { indexOf, type TopologyIndex } from '../graph/topology-index';
import { NODE_KINDS } from '../kinds/node-kinds';
import { isKind } from '../document/kind-guards';
import { blockersOf, networkOverlap } from './explain';
import { gatewayEndpointAnswer } from './gateway-endpoint-target';
import { graphOf, type DomainGraph, type Half } from './graph';
import type { SearchContext } from './policies';
import { routedReach, touchesExplicitRouting } from './routed-reach';
import { ChainOracle } from './chain-oracle';
import { AimedLiftedSearches } from './aimed-lifted';
import { relayOnChain } from './chain-relay';
import { anyChain, mayBeJoined, searchFrom } from './search';
import { ReachInputError, type Blocker, type ReachResult } from './types';

/** Kinds `reach` takes as `from` (a subnet or instance stands for its VPC). */
export const REACH_FROM_KINDS: ReadonlySet<string> = new Set(['vpc', 'subnet', 'instance', 'on-premises']);
/** Kinds `reach` takes as `to`: the same, the internet, and VPC endpoints (routing.md, "Endpoints are reach targets"). */
export const REACH_TO_KINDS: ReadonlySet<string> = new Set([...REACH_FROM_KINDS, 'internet', 'vpc-endpoint']);

/** A resolved end of a `reach` question. */
interface End {
  node: TopologyNode;
  /** The VPC or on-premises network it stands for (undefined for the internet, or a subnet outside every VPC). */
  network: TopologyNode | undefined;
  /** Its vertex in the domain graph. */
  vertex: number | undefined;
  /**
   * The search context of a question between two networks from this end, made on first use: a
   * matrix asks hundreds of questions of each end, and each search is looked up by its context.
   */
  pairCtx?: SearchContext;
  /** How findings name its node (`TopologyIndex.label`), made on first use: most cells of a matrix name both ends. */
  label?: string;
  /** `label` and ` and `, as one string: how the message of a pair joined only through a relay starts from this end. */
  joinedWith?: string;
  /** The relay last named for a pair ending here, and `label` with that relay's ending: how such a message ends. */
  lastRelay?: number;
  joinedThrough?: string;
}

/**
 * An end with every field set, those made on first use too: ends gain them in the order questions
 * need them, and ends of different shapes would make each read of one a slow, generic look-up (a
 * matrix reads them some 150,000 times).
 */
const endOf = (node: TopologyNode, network: TopologyNode | undefined, vertex: number | undefined): End => ({
  node, network, vertex, pairCtx: undefined, label: undefined, joinedWith: undefined, lastRelay: undefined, joinedThrough: undefined,
});

const labelOf = (index: TopologyIndex, end: End): string => (end.label ??= index.label(end.node));

/**
 * How the message of a pair joined only through `relay` ends (` are joined only through …`), per
 * graph and relay: a matrix names a few relays (the internet, mostly) in a hundred thousand messages.
 */
const relayEndings = new WeakMap<DomainGraph, Map<number, string>>();

function relayEnding(g: DomainGraph, at: number): string {
  let endings = relayEndings.get(g);
  if (!endings) relayEndings.set(g, (endings = new Map()));
  let ending = endings.get(at);
  if (ending === undefined) {
    const relay = g.domains[at]!;
    const why = relay.kind === 'dx-connection' ? 'which carries traffic only between a customer router and its virtual interfaces' : 'which never relays traffic between other networks';
    endings.set(at, (ending = sentence(' are joined only through ', g.index.label(relay.node), ', ', why, '.')));
  }
  return ending;
}

/** The context of a question from `end` to another network (not the internet); the same object for every such question. */
function pairContextOf(end: End): SearchContext {
  return (end.pairCtx ??= { towardInternet: false, originKind: end.network!.kind === 'vpc' ? 'vpc' : 'on-premises', network: end.network! });
}

function resolve(g: DomainGraph, id: string, role: 'from' | 'to'): End {
  const index = g.index;
  if (typeof id !== 'string' || id === '') throw new ReachInputError(`${role} is missing: give the id of a node.`);
  const node = index.node(id);
  if (!node) throw new ReachInputError(`${role}: no node has id "${id}".`);
  if (node.kind === 'internet') {
    if (role === 'from') throw new ReachInputError(`from: ${index.label(node)} cannot be a source; reach is defined only outbound, toward the internet.`);
    return endOf(node, undefined, g.internet);
  }
  if (!(role === 'from' ? REACH_FROM_KINDS : REACH_TO_KINDS).has(node.kind)) {
    const takes = role === 'from' ? 'a VPC, subnet, instance or on-premises network' : 'a VPC, subnet, instance, VPC endpoint, on-premises network or the internet';
    throw new ReachInputError(`${role}: "${id}" is a ${NODE_KINDS[node.kind].label.toLowerCase()}; reach takes ${takes}.`);
  }
  const network = node.kind === 'on-premises' ? node : index.vpcOf(node);
  return endOf(node, network, network && g.byNode.get(network.id));
}

const unreachable = (blockedBy: Blocker[]): ReachResult => ({ reachable: false, path: [], blockedBy });

const noPath = (subjects: ElementId[], message: string): ReachResult => unreachable([{ rule: 'flow-no-path', subjects, message }]);

/** The path as node ids with the connection ids between them; a subnet or instance end stands outside its VPC. */
function pathOf(g: DomainGraph, from: End, to: End, halves: readonly Half[]): ElementId[] {
  const path: ElementId[] = [];
  const add = (id: ElementId) => {
    if (path[path.length - 1] !== id) path.push(id);
  };
  add(from.node.id);
  add(g.domains[from.vertex!]!.id);
  for (const h of halves) {
    for (const id of h.elements) add(id);
    add(g.domains[h.to]!.id);
  }
  if (to.network === undefined && path.length > 0) path[path.length - 1] = to.node.id;
  else add(to.node.id);
  return path;
}

/** What a search toward the internet starts from: a subnet class, and the subnet or instance when `from` is one. */
type InternetOrigin = Pick<SearchContext, 'originSubnet' | 'originIpv6' | 'subnet' | 'instanceWithoutPublicIp'>;

/**
 * The subnet classes a `from` stands for toward the internet: per subnet, public first. A VPC or
 * subnet stands for its best-placed workload; an instance is itself, and without `publicIp` in a
 * public subnet it has no address for the internet gateway (routing.md, "Version 2 also corrects").
 */
function originsTowardInternet(index: TopologyIndex, from: End): InternetOrigin[] {
  if (from.node.kind === 'on-premises') return [{}];
  if (from.node.kind === 'vpc') {
    // One origin per kind of subnet the VPC holds: public or private, with an IPv6 block or without.
    const kinds = new Set(index.childrenOfKind(from.node.id, 'subnet').map((s) => `${index.props(s).public ? 'public' : 'private'}:${hasIpv6(index, s)}`));
    return (['public', 'private'] as const).flatMap((originSubnet) =>
      [false, true].filter((v6) => kinds.has(`${originSubnet}:${v6}`)).map((originIpv6) => ({ originSubnet, ...(originIpv6 ? { originIpv6 } : {}) })),
    );
  }
  const subnet = index.selfOrAncestorOfKind(from.node, 'subnet');
  if (!subnet) return [];
  const isPublic = index.props(subnet).public;
  const originIpv6 = hasIpv6(index, subnet);
  const withoutPublicIp = isPublic && !originIpv6 && isKind(from.node, 'instance') && !index.props(from.node).publicIp;
  return [{ originSubnet: isPublic ? 'public' : 'private', subnet, ...(originIpv6 ? { originIpv6 } : {}), ...(withoutPublicIp ? { instanceWithoutPublicIp: from.node } : {}) }];
}

/** Whether a subnet has an IPv6 block (a well-formed one: a malformed block is `cidr-invalid`'s business). */
function hasIpv6(index: TopologyIndex, subnet: TopologyNode): boolean {
  return index.ipv6Blocks(subnet).length > 0;
}

/**
 * A gateway endpoint is a route in its VPC's tables, not an address: it serves only its own VPC's
 * subnets (in an implicitly routed VPC, every one of them), never traffic from outside the VPC.
 */
function gatewayEndpointRemoteUse(index: TopologyIndex, from: End, to: End): Blocker | undefined {
  if (from.network !== undefined && from.network === to.network) return undefined;
  const vpc = to.network;
  return {
    rule: 'gateway-endpoint-remote-use',
    subjects: [to.node.id, ...(vpc ? [vpc.id] : []), from.node.id],
    message: `${index.label(to.node)} is a gateway endpoint, so only subnets of ${vpc ? index.label(vpc) : 'its VPC'} can use it; ${index.label(from.node)} is outside that VPC, and traffic from elsewhere cannot reach a gateway endpoint.`,
  };
}

/** A path the other way round. */
const reversed = (halves: readonly Half[]): Half[] => halves.map((h) => h.reverse).reverse();

/** Why nothing at all joins the two: no chain, or only one through a point that never relays traffic. */
function explainNoCandidate(g: DomainGraph, from: End, to: End, ctx: SearchContext, relayOf: RelayFinder): ReachResult {
  const index = g.index;
  if (to.network === undefined) {
    const subjects: ElementId[] = [from.node.id, to.node.id];
    if (ctx.originSubnet === 'private' && ctx.subnet && from.network) {
      // Its VPC's internet gateway, when there is one, is what the subnet cannot use: name it.
      const igw = index.childrenOfKind(from.network.id, 'internet-gateway')[0];
      return noPath(
        [from.network.id, ctx.subnet.id, ...(igw ? [igw.id] : [to.node.id])],
        `Private subnet ${ctx.subnet.name?.trim() || ctx.subnet.id} has no route to the internet: its VPC has no public NAT gateway in a public subnet.`,
      );
    }
    if (ctx.originSubnet === 'public' && ctx.subnet) {
      return noPath(subjects, `Public subnet ${ctx.subnet.name?.trim() || ctx.subnet.id} has no route to the internet: ${index.label(from.network)} has no internet gateway.`);
    }
    if (ctx.originSubnet === 'private') {
      return noPath(subjects, `The private subnets of ${index.label(from.network)} have no route to the internet: it has no public NAT gateway in a public subnet.`);
    }
    if (from.node.kind === 'on-premises') {
      return noPath(subjects, `${index.label(from.node)} has no route to the internet through AWS: it has no public virtual interface.`);
    }
    return noPath(subjects, `${index.label(from.node)} has no route to the internet: it has no internet gateway, usable NAT gateway or transit gateway leading to one.`);
  }
  // The first point on the chain that never relays traffic the way the chain would use it.
  const at = relayOf(from.vertex!, to.vertex!, ctx);
  if (at >= 0) {
    // Two flat parts, each shared by many messages (the start per source, the end per target and
    // relay, which is nearly always the internet): the message is one small link to them rather
    // than its own copy of the words, and a matrix keeps some 150,000 such messages.
    const start = (from.joinedWith ??= sentence(labelOf(index, from), ' and '));
    if (to.lastRelay !== at) {
      to.lastRelay = at;
      to.joinedThrough = sentence(labelOf(index, to), relayEnding(g, at));
    }
    return noPath([g.domains[at]!.id, from.node.id, to.node.id], start + to.joinedThrough!);
  }
  return noPath([from.node.id, to.node.id], sentence('No chain of connections joins ', labelOf(index, from), ' and ', labelOf(index, to), '.'));
}

/**
 * The parts as one flat string: joined, it is one string for the garbage collector to move, where
 * a template literal leaves a tree of a string per part and per concatenation.
 */
function sentence(...parts: string[]): string {
  return parts.join('');
}

/**
 * Between a site and a VPC (or a subnet in it), between two sites, or from a site toward the
 * internet, what a site must learn through any DX gateway association on the path (the VPC end's
 * blocks, the other site's, or `0.0.0.0/0`): `accept` for the search, `blocker` for the
 * explanation. Undefined when no such check applies (two VPCs, a VPC toward the internet).
 */
function learnedPrefixes(g: DomainGraph, from: End, to: End): { accept: (associations: readonly string[]) => boolean; blocker: (association: Connection) => Blocker | undefined } | undefined {
  if (!from.network) return undefined;
  const index = g.index;
  let blocks: readonly CidrBlock[];
  let where: TopologyNode;
  if (!to.network) {
    // Toward the internet (centralised egress through a transit gateway), a site must learn the default route.
    if (from.network.kind !== 'on-premises') return undefined;
    blocks = [DEFAULT_ROUTE];
    where = to.node;
  } else if (from.network.kind === 'on-premises' && to.network.kind === 'on-premises') {
    // Two sites: the one behind the association's DX gateway must learn the other's blocks through it.
    // When both are behind it, the path crosses it on one side only (the gateway is passed once),
    // and the side is not known here: either site learning the other's blocks will do.
    const sites = [from.network, to.network];
    const blocker = (association: Connection): Blocker | undefined => {
      const ends = associationEnds(index, association);
      const behind = ends ? sitesBehindDxgw(index, ends.dxgw) : [];
      const problems = sites.filter((near) => behind.includes(near)).map((near) => {
        const far = sites.find((site) => site !== near)!;
        return allowedPrefixesBlocker(index, association, index.ipv4Blocks(far), far);
      });
      return problems.some((p) => p === undefined) ? undefined : problems[0];
    };
    const accept = (associations: readonly string[]) =>
      associations.every((id) => {
        const association = index.connection(id);
        return !association || blocker(association) === undefined;
      });
    return { accept, blocker };
  } else {
    const vpcEnd = from.network.kind === 'vpc' && to.network.kind === 'on-premises' ? from : to.network.kind === 'vpc' && from.network.kind === 'on-premises' ? to : undefined;
    if (!vpcEnd) return undefined;
    blocks = advertisedBlocksOf(index, vpcEnd.node, vpcEnd.network!);
    where = index.selfOrAncestorOfKind(vpcEnd.node, 'subnet') ?? vpcEnd.network!;
  }
  const blocker = (association: Connection) => allowedPrefixesBlocker(index, association, blocks, where);
  const accept = (associations: readonly string[]) =>
    associations.every((id) => {
      const association = index.connection(id);
      return !association || blocker(association) === undefined;
    });
  return { accept, blocker };
}

const DEFAULT_ROUTE: CidrBlock = tryParseCidr('0.0.0.0/0', 4)!;

function reachFromOrigin(g: DomainGraph, from: End, to: End, ctx: SearchContext, relayOf: RelayFinder, liftedOf: LiftedFinder): ReachResult {
  // Between two networks every transit policy is symmetric, so one search answers both ways:
  // it runs from the end with the lower vertex, and the other way is its reverse. Each pair then
  // costs one search, and a → b and b → a always show the same path.
  const flip = !ctx.towardInternet && from.vertex! > to.vertex!;
  const source = flip ? to.vertex! : from.vertex!;
  const target = flip ? from.vertex! : to.vertex!;
  // Two ends that no path could join even with every restriction lifted are not joined strictly
  // either: that is known without the strict search, which would walk all of the source's side.
  // Most pairs of a large matrix are joined only through the internet: they end here.
  if (!mayBeJoined(g, source, target)) return explainNoCandidate(g, from, to, ctx, relayOf);
  const overlap = to.network && from.network !== to.network ? networkOverlap(g, from.network!, to.network) : undefined;
  const sourceCtx: SearchContext = flip ? pairContextOf(to) : ctx;
  const prefixes = learnedPrefixes(g, from, to);
  if (!overlap) {
    const found = searchFrom(g, source, sourceCtx, 'strict');
    const s = found.find(target, prefixes?.accept);
    if (s !== undefined) return { reachable: true, path: pathOf(g, from, to, flip ? reversed(found.pathTo(s)) : found.pathTo(s)), blockedBy: [] };
  }
  // No closure per question: compiled keeping function names (tsx, as the benchmarks run), each would cost a property definition.
  const found = liftedOf(source, sourceCtx, target);
  const paths = flip ? found.map(reversed) : found;
  if (paths.length === 0) return explainNoCandidate(g, from, to, ctx, relayOf);
  const blockedBy = blockersOf(g, from.vertex!, paths, ctx, overlap, prefixes?.blocker);
  if (blockedBy.length > 0) return unreachable(blockedBy);
  const label = g.index.label.bind(g.index);
  if (overlap) {
    return noPath([from.network!.id, to.network!.id], `${label(from.network)} (${overlap.a.text}) and ${label(to.network)} (${overlap.b.text}) overlap, so they cannot reach each other.`);
  }
  // Every candidate path is allowed hop by hop, yet the strict search found none: it revisits a domain.
  return noPath([from.node.id, to.node.id], `No path from ${label(from.node)} to ${label(to.node)} passes each network at most once under AWS's transit rules.`);
}

/**
 * Finds the relay on `anyChain(g, source, target)`'s answer (a shortest chain of edges, every
 * policy ignored), as `relayOnChain` does, -1 for none: from `anyChain` itself for one question,
 * from a `ChainOracle` for a batch.
 */
type RelayFinder = (source: number, target: number, ctx: SearchContext) => number;

/**
 * `searchFrom(g, source, ctx, 'lifted').shortestPaths(target)`: from that search itself for one
 * question or a flow's, from `AimedLiftedSearches` for a matrix.
 */
type LiftedFinder = (source: number, ctx: SearchContext, target: number) => readonly Half[][];

function liftedFromCache(g: DomainGraph): LiftedFinder {
  return (source, ctx, target) => searchFrom(g, source, ctx, 'lifted').shortestPaths(target);
}

function relayOnAnyChain(g: DomainGraph): RelayFinder {
  return (source, target, ctx) => {
    const chain = anyChain(g, source, target);
    return chain ? relayOnChain(g, chain, ctx) : -1;
  };
}

/** `reach` on an index (the validator's rules hold one); see `reach`. */
export function reachIn(index: TopologyIndex, fromId: string, toId: string): ReachResult {
  const g = graphOf(index);
  const from = resolve(g, fromId, 'from');
  const endpoint = gatewayEndpointAnswer(index, from.node, index.node(toId) ?? from.node);
  if (endpoint) return endpoint;
  return answerResolved(g, from, resolve(g, toId, 'to'), relayOnAnyChain(g), liftedFromCache(g));
}

/** `reachIn` for two resolved ends, past the gateway endpoint of `from` (see `reachIn`). */
function answerResolved(g: DomainGraph, from: End, to: End, relayOf: RelayFinder, liftedOf: LiftedFinder): ReachResult {
  const index = g.index;
  // Asked of every question of a matrix: no list of the two ends is made.
  const outside = from.vertex === undefined && from.node.kind !== 'internet' ? from : to.vertex === undefined && to.node.kind !== 'internet' ? to : undefined;
  if (outside) return noPath([outside.node.id], `${index.label(outside.node)} is not inside a VPC, so it belongs to no network that traffic could reach.`);
  if (isKind(to.node, 'vpc-endpoint') && index.props(to.node).type === 'gateway') {
    const remote = gatewayEndpointRemoteUse(index, from, to);
    if (remote) return unreachable([remote]);
  }
  if (to.network && from.network === to.network) {
    const path: ElementId[] = [];
    for (const id of [from.node.id, from.network.id, to.node.id]) if (path[path.length - 1] !== id) path.push(id);
    // A subnet to its own VPC (or back) is one hop of containment, not two.
    return { reachable: true, path: from.node.id === to.node.id ? [from.node.id] : path, blockedBy: [] };
  }
  // Version 2: where a route table may be met, the packet walk answers (overlapping ends keep version 1's answer).
  if (touchesExplicitRouting(g, from, to) && !(to.network && networkOverlap(g, from.network!, to.network))) return routedReach(g, from, to);
  const originKind = from.network!.kind === 'vpc' ? 'vpc' : 'on-premises';
  if (to.network !== undefined) return reachFromOrigin(g, from, to, pairContextOf(from), relayOf, liftedOf);

  const origins = originsTowardInternet(index, from);
  if (origins.length === 0) {
    return noPath([from.node.id, to.node.id], `${index.label(from.node)} has no subnets, so nothing in it can reach the internet.`);
  }
  const failures: Blocker[] = [];
  for (const origin of origins) {
    const result = reachFromOrigin(g, from, to, { towardInternet: true, originKind, network: from.network!, ...origin }, relayOf, liftedOf);
    if (result.reachable) return result;
    for (const b of result.blockedBy) if (!failures.some((f) => f.rule === b.rule)) failures.push(b);
  }
  const real = failures.filter((b) => b.rule !== 'flow-no-path');
  return unreachable(real.length > 0 ? real : failures);
}

/**
 * Whether traffic can flow from `from` to `to` (ids of a VPC, subnet, instance or on-premises
 * network; `to` may also be an internet node). A subnet or instance stands for its VPC, except
 * toward the internet, which is decided per subnet. Throws `ReachInputError` for an id that does
 * not exist or is of another kind. The graph and searches are cached per document object.
 */
export function reach(doc: TopologyDocument, from: string, to: string): ReachResult {
  return reachIn(indexOf(doc), from, to);
}

/** One `reach` question: the ids of its two ends, from and to. */
export type ReachQuestion = readonly [from: string, to: string];

/** A question whose ends are resolved, with its place among the questions asked. */
interface Resolved {
  from: End;
  to: End;
  at: number;
}

/**
 * The vertex whose searches answer a question, for grouping: between two networks the end with the
 * lower vertex (see `reachFromOrigin`), toward the internet the source, numbered after the others.
 */
function searchKey(g: DomainGraph, from: End, to: End): number {
  return to.network === undefined ? g.domains.length + (from.vertex ?? 0) : Math.min(from.vertex ?? -1, to.vertex ?? -1);
}

/**
 * Answers `count` resolved questions (numbered in the order asked; `fromOf` and `toOf` give their
 * ends) one search after another: sorted by the search that serves them, so each search is made
 * once and used for all its targets while it is still among the graph's recent searches, whatever
 * the order of the questions. A matrix asks a question per cell, so they are numbers here, not objects.
 */
function answerGrouped(
  g: DomainGraph,
  count: number,
  fromOf: (q: number) => End,
  toOf: (q: number) => End,
  answer: (q: number, result: ReachResult) => void,
  liftedOf: LiftedFinder = liftedFromCache(g),
): void {
  const key = new Float64Array(count);
  const other = new Float64Array(count);
  for (let q = 0; q < count; q++) {
    const from = fromOf(q);
    const to = toOf(q);
    key[q] = searchKey(g, from, to);
    other[q] = Math.max(from.vertex ?? -1, to.vertex ?? -1);
  }
  // Within a search, a → b and b → a are answered one after the other: they share the search's candidate paths.
  const order = new Int32Array(count);
  // Keys run from -1 to twice the vertex count, the other end from -1 to the vertex count: packed
  // with the question's number into one exact integer when they fit, the order is one sort of
  // plain numbers (a matrix of 400 networks asks 160,000 questions; a comparator costs a call per step).
  const span = g.domains.length + 2;
  if (2 * span * span * count < Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(count);
    for (let q = 0; q < count; q++) packed[q] = ((key[q]! + 1) * span + (other[q]! + 1)) * count + q;
    packed.sort();
    for (let k = 0; k < count; k++) order[k] = packed[k]! % count;
  } else {
    for (let q = 0; q < count; q++) order[q] = q;
    order.sort((x, y) => key[x]! - key[y]! || other[x]! - other[y]! || x - y);
  }
  // The questions share their ends, so the chains that explain "nothing joins them" come from one sweep per end.
  const chains = new ChainOracle(g);
  const relayOf: RelayFinder = (source, target, ctx) => chains.relay(source, target, ctx);
  for (const q of order) {
    const from = fromOf(q);
    const to = toOf(q);
    answer(q, gatewayEndpointAnswer(g.index, from.node, to.node) ?? answerResolved(g, from, to, relayOf, liftedOf));
  }
}

/**
 * `reachIn` for many questions at once, answered in the order asked: each answer is exactly
 * `reachIn`'s (a `ReachResult`, or the `ReachInputError` it would throw for that pair), but
 * questions served by the same search are answered together, so that a search serves every target
 * asked of it. Flow validation asks this for every flow.
 */
export function reachEach(index: TopologyIndex, questions: readonly ReachQuestion[]): Array<ReachResult | ReachInputError> {
  const g = graphOf(index);
  const answers = new Array<ReachResult | ReachInputError>(questions.length);
  const resolved: Resolved[] = [];
  questions.forEach(([fromId, toId], at) => {
    try {
      resolved.push({ from: resolve(g, fromId, 'from'), to: resolve(g, toId, 'to'), at });
    } catch (error) {
      if (!(error instanceof ReachInputError)) throw error;
      answers[at] = error;
    }
  });
  answerGrouped(
    g,
    resolved.length,
    (q) => resolved[q]!.from,
    (q) => resolved[q]!.to,
    (q, result) => (answers[resolved[q]!.at] = result),
  );
  return answers;
}

/**
 * `reach` for every pair: `matrix[i][j]` answers from `fromIds[i]` to `toIds[j]` (`toIds` defaults to
 * `fromIds`; an internet node belongs only in `toIds`). Throws `ReachInputError` for an id `reach`
 * would refuse, before answering anything. Pairs are answered grouped by the search that serves
 * them, so each search runs once however large the matrix.
 */
export function reachMatrix(doc: TopologyDocument, fromIds: readonly string[], toIds: readonly string[] = fromIds): ReachResult[][] {
  const index = indexOf(doc);
  const g = graphOf(index);
  const from = fromIds.map((id) => resolve(g, id, 'from'));
  // A network that is both a row and a column is one end, so that its questions both ways share its search context.
  const rows = new Map(fromIds.map((id, i) => [id, from[i]!]));
  const to = toIds.map((id) => rows.get(id) ?? resolve(g, id, 'to'));
  const columns = to.length;
  const matrix: ReachResult[][] = fromIds.map(() => new Array<ReachResult>(columns));
  // Question q is the cell (q / columns, q % columns). Most failures of a matrix are between networks of
  // one region, each served by a lifted search that would walk the whole region: aimed, each walks
  // only what could lead to its target.
  const aimed = new AimedLiftedSearches(g);
  answerGrouped(
    g,
    from.length * columns,
    (q) => from[Math.floor(q / columns)]!,
    (q) => to[q % columns]!,
    (q, result) => (matrix[Math.floor(q / columns)]![q % columns] = result),
    (source, ctx, target) => aimed.shortestPaths(source, ctx, target),
  );
  return matrix;
}
