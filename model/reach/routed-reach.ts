/**
 * `reach` where explicit routing is involved (routing.md, "Forwarding"): one packet walk per
 * (source, destination block). Sources are the subnets of `from` (a VPC without subnets stands for
 * one address of its main table, a site for itself); destinations are the blocks of `to`. `from`
 * reaches `to` when some source reaches every block (toward the internet, either family). When
 * none does, `blockedBy` holds the rules met by the packets that went furthest, each rule once,
 * sorted by rule id. A question that touches no explicitly routed domain never comes here.
 */
import { tryParseCidr, type CidrBlock } from '../cidr/cidr';
import type { ElementId, TopologyNode } from '../document/types';
import { routeFactsOf, routingOf, subnetRouteTable } from '../graph/routing';
import { componentsWithout } from './components-without';
import type { DomainGraph } from './graph';
import type { SearchContext } from './policies';
import { subnetBlock, walkPacket, type Drop, type TablePlace, type WalkSource } from './routed-walk';
import type { Blocker, ReachResult, RouteHop } from './types';

/** A resolved end of a question, as `reach.ts` resolves it. */
export interface RoutedEnd {
  readonly node: TopologyNode;
  /** The VPC or on-premises network; undefined for the internet. */
  readonly network: TopologyNode | undefined;
  readonly vertex: number | undefined;
}

/** What a successful forward walk leaves for the reply (routing.md, "Forwarding" 6). */
export interface ForwardDetail {
  /** The block the reply must reach: the source subnet's, or the NAT gateway's subnet's when the path passed one. */
  readonly replyTo: CidrBlock;
}

/** Why a routed answer failed, kept for the flow rule (which names where a reply stopped). */
export interface FailureDetail {
  readonly place: TablePlace | undefined;
}

const forwardDetails = new WeakMap<ReachResult, ForwardDetail>();
const failureDetails = new WeakMap<ReachResult, FailureDetail>();

/** The detail of a routed answer that reached `to`; undefined for an answer of version 1's search. */
export const forwardDetailOf = (result: ReachResult): ForwardDetail | undefined => forwardDetails.get(result);

/** Where a routed answer that failed was stopped; undefined for an answer of version 1's search. */
export const failureDetailOf = (result: ReachResult): FailureDetail | undefined => failureDetails.get(result);

const END_KINDS = new Set(['internet', 'on-premises', 'site']);

interface Components {
  readonly of: Int32Array;
  /** The components holding an explicitly routed VPC or transit gateway. */
  readonly routed: ReadonlySet<number>;
}

const componentCache = new WeakMap<DomainGraph, Components>();

/** Connected parts of the graph without its end domains, and which of them hold explicit routing; built once per graph. */
function components(g: DomainGraph): Components {
  const cached = componentCache.get(g);
  if (cached) return cached;
  const of = componentsWithout(g, (v) => END_KINDS.has(g.domains[v]!.kind));
  const routing = routingOf(g.index);
  const routed = new Set<number>();
  for (const { vpc } of routing.vpcs) {
    const v = g.byNode.get(vpc.id);
    if (v !== undefined) routed.add(of[v]!);
  }
  for (const { tgw } of routing.tgws) {
    const v = g.byNode.get(tgw.id);
    if (v !== undefined) routed.add(of[v]!);
  }
  const made = { of, routed };
  componentCache.set(g, made);
  return made;
}

/**
 * Whether a question between these ends may meet an explicitly routed VPC or transit gateway:
 * one of them is explicitly routed or shares a connected part of the graph with one. False for
 * every question of a document without route tables, which then takes version 1's search.
 */
export function touchesExplicitRouting(g: DomainGraph, from: RoutedEnd, to: RoutedEnd): boolean {
  const routing = routingOf(g.index);
  if (routing.vpcs.length === 0 && routing.tgws.length === 0) return false;
  const { of, routed } = components(g);
  // Toward the internet only the source's side matters: the internet touches every VPC with a gateway.
  return touchesRouted(g, of, routed, from.vertex) || (to.network !== undefined && touchesRouted(g, of, routed, to.vertex));
}

/** Whether the vertex `v` lies in, or (an end domain) next to, a component with an explicitly routed domain. */
function touchesRouted(g: DomainGraph, of: Int32Array, routed: ReadonlySet<number>, v: number | undefined): boolean {
  if (v === undefined) return false;
  const d = g.domains[v]!;
  if (!END_KINDS.has(d.kind)) return routed.has(of[v]!);
  for (const h of d.halves) if (routed.has(of[h.to]!)) return true;
  return false;
}

interface Source {
  readonly walk: WalkSource;
  readonly ctx: SearchContext;
  /** The block replies go back to. */
  readonly block: CidrBlock | undefined;
  /** Whether the source has an IPv6 block (toward the internet, it may try `::/0`). */
  readonly ipv6: boolean;
}

const ANY_V4 = tryParseCidr('0.0.0.0/0')!;
const ANY_V6 = tryParseCidr('::/0')!;

function networkBlocks(g: DomainGraph, network: TopologyNode): CidrBlock[] {
  const v4 = g.index.ipv4Blocks(network);
  return v4.length > 0 ? [...v4] : [...g.index.ipv6Blocks(network)];
}

function sourcesOf(g: DomainGraph, from: RoutedEnd, towardInternet: boolean): Source[] {
  const index = g.index;
  const network = from.network!;
  const vertex = from.vertex!;
  if (network.kind !== 'vpc') {
    const ctx: SearchContext = { towardInternet, originKind: 'on-premises', network };
    return [{ walk: { vertex }, ctx, block: networkBlocks(g, network)[0], ipv6: false }];
  }
  const routed = routingOf(index).routedVpc(network);
  const subnet = index.selfOrAncestorOfKind(from.node, 'subnet');
  const subnets = subnet ? [subnet] : from.node.kind === 'vpc' ? index.childrenOfKind(network.id, 'subnet') : [];
  const instance = from.node.kind === 'instance' ? from.node : undefined;
  const defaults = routeFactsOf(index).defaultToIgw;
  if (subnets.length === 0) {
    // Toward the internet, reach is decided per subnet (version 1): a VPC without subnets has nothing to send.
    if (towardInternet && !routed) return [];
    const main = routed?.mains.length === 1 ? routed.mains[0] : undefined;
    const ctx: SearchContext = { towardInternet, originKind: 'vpc', network };
    const publicFrom = main && defaults.get(main)?.[4] ? network.id : undefined;
    return [{ walk: { vertex, ...(main ? { table: main } : {}), ...(publicFrom ? { publicFrom } : {}) }, ctx, block: networkBlocks(g, network)[0], ipv6: false }];
  }
  return subnets.map((s) => {
    const props = index.props(s);
    // A subnet with an IPv6 block may leave over IPv6 too, through the egress-only gateway when private (version 1's policies read it).
    const originIpv6 = tryParseCidr(props.ipv6Cidr, 6) !== undefined;
    const ctx: SearchContext = { towardInternet, originKind: 'vpc', originSubnet: props.public ? 'public' : 'private', subnet: s, network, ...(originIpv6 ? { originIpv6 } : {}) };
    const table = routed ? subnetRouteTable(index, s)?.table : undefined;
    // A subnet routing 0.0.0.0/0 to an internet gateway stands for a workload holding a public address; an instance must hold one itself.
    const isPublic = instance ? index.props(instance).publicIp : table !== undefined && defaults.get(table)?.[4] !== undefined;
    const walk: WalkSource = { vertex, subnet: s, ...(table ? { table } : {}), ...(isPublic ? { publicFrom: network.id } : {}) };
    return { walk, ctx, block: subnetBlock(g, s), ipv6: tryParseCidr(props.ipv6Cidr, 6) !== undefined };
  });
}

/** The blocks `to` stands for: a VPC's or site's IPv4 blocks (IPv6 when it has none), a subnet's block, an instance's subnet's block. */
function destinationsOf(g: DomainGraph, to: RoutedEnd): CidrBlock[] {
  const subnet = g.index.selfOrAncestorOfKind(to.node, 'subnet');
  if (subnet) {
    const block = subnetBlock(g, subnet);
    return block ? [block] : [];
  }
  return networkBlocks(g, to.network!);
}

function pathOf(g: DomainGraph, from: RoutedEnd, to: RoutedEnd, elements: readonly ElementId[]): ElementId[] {
  const path: ElementId[] = [];
  const add = (id: ElementId) => {
    if (path[path.length - 1] !== id) path.push(id);
  };
  add(from.node.id);
  add(g.domains[from.vertex!]!.id);
  for (const id of elements) add(id);
  if (to.network === undefined && g.internet !== undefined && path[path.length - 1] === g.domains[g.internet]!.id) path[path.length - 1] = to.node.id;
  else add(to.node.id);
  return path;
}

/**
 * The routed answer from `from` to `to` (`to.network` undefined: the internet). The ends are
 * resolved and distinct networks; `reach.ts` has already answered overlapping ends.
 */
export function routedReach(g: DomainGraph, from: RoutedEnd, to: RoutedEnd): ReachResult {
  const towardInternet = to.network === undefined;
  const label = g.index.label.bind(g.index);
  const destinations = towardInternet ? [ANY_V4] : destinationsOf(g, to);
  if (destinations.length === 0) {
    return { reachable: false, path: [], blockedBy: [{ rule: 'flow-no-path', subjects: [to.node.id], message: `${label(to.node)} has no address block, so nothing can reach it.` }] };
  }
  let furthest: Drop[] = [];
  let furthestHops = -1;
  const keep = (drops: readonly Drop[]) => {
    let hops = -1;
    for (const d of drops) hops = Math.max(hops, d.hops);
    if (hops < furthestHops || hops < 0) return;
    if (hops > furthestHops) furthest = [];
    furthestHops = hops;
    for (const d of drops) if (d.hops === hops) furthest.push(d);
  };
  const target = { vertex: to.vertex, network: to.network };
  const sources = sourcesOf(g, from, towardInternet);
  if (sources.length === 0) {
    return { reachable: false, path: [], blockedBy: [{ rule: 'flow-no-path', subjects: [from.node.id, to.node.id], message: `${label(from.node)} has no subnets, so nothing in it can reach the internet.` }] };
  }
  for (const source of sources) {
    const blocks = towardInternet && source.ipv6 ? [ANY_V4, ANY_V6] : destinations;
    let elements: ElementId[] | undefined;
    let routes: RouteHop[] = [];
    let replyTo = source.block;
    let failed = false;
    for (const dest of blocks) {
      const outcome = walkPacket(g, source.ctx, source.walk, target, dest);
      if (outcome.ok) {
        if (elements === undefined) {
          elements = outcome.elements;
          routes = outcome.routes;
          const natSubnet = outcome.nat && g.index.parentOf(outcome.nat);
          if (natSubnet?.kind === 'subnet') replyTo = subnetBlock(g, natSubnet) ?? replyTo;
        }
        if (towardInternet) break;
        continue;
      }
      keep(outcome.drops);
      if (!towardInternet) {
        failed = true;
        break;
      }
    }
    if (!failed && elements !== undefined) {
      const result: ReachResult = { reachable: true, path: pathOf(g, from, to, elements), ...(routes.length > 0 ? { routes } : {}), blockedBy: [] };
      if (replyTo) forwardDetails.set(result, { replyTo });
      return result;
    }
  }
  const blockedBy: Blocker[] = [];
  for (const d of furthest) if (!blockedBy.some((b) => b.rule === d.blocker.rule)) blockedBy.push(d.blocker);
  blockedBy.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const result: ReachResult = {
    reachable: false,
    path: [],
    blockedBy: blockedBy.length > 0 ? blockedBy : [{ rule: 'flow-no-path', subjects: [from.node.id, to.node.id], message: `No route leads from ${label(from.node)} to ${label(to.node)}.` }],
  };
  failureDetails.set(result, { place: furthest.find((d) => d.place)?.place });
  return result;
}

/** Where and why a reply stopped. */
export interface ReplyFailure {
  readonly blocker: Blocker;
  readonly place: TablePlace | undefined;
}

/**
 * Routing.md, "Forwarding" 6: whether the reply from `replier` (a VPC, subnet, instance or site: the
 * flow's `to`) routes back to `block` in `origin`'s network. The reply is walked from every subnet
 * of `replier` (or from the site itself), and each must get back; the first that does not gives the
 * failure, with the rule met by its furthest packet (by rule id) and the table where it stopped.
 */
export function replyFailure(g: DomainGraph, replier: TopologyNode, origin: TopologyNode, block: CidrBlock): ReplyFailure | undefined {
  const index = g.index;
  const endOf = (node: TopologyNode): RoutedEnd => {
    const network = node.kind === 'on-premises' ? node : index.vpcOf(node);
    return { node, network, vertex: network && g.byNode.get(network.id) };
  };
  const from = endOf(replier);
  const back = endOf(origin);
  if (from.vertex === undefined || back.vertex === undefined || from.network === back.network) return undefined;
  for (const source of sourcesOf(g, from, false)) {
    const outcome = walkPacket(g, source.ctx, source.walk, { vertex: back.vertex, network: back.network }, block);
    if (outcome.ok) continue;
    let hops = -1;
    for (const d of outcome.drops) hops = Math.max(hops, d.hops);
    const furthest = outcome.drops.filter((d) => d.hops === hops).sort((a, b) => (a.blocker.rule < b.blocker.rule ? -1 : a.blocker.rule > b.blocker.rule ? 1 : 0));
    const first = furthest[0];
    const blocker: Blocker = first?.blocker ?? { rule: 'flow-no-path', subjects: [replier.id, origin.id], message: `No route leads from ${index.label(replier)} back to ${block.text}.` };
    return { blocker, place: furthest.find((d) => d.place)?.place };
  }
  return undefined;
}
