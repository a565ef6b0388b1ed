/**
 * The version 2 walk (routing.md, "Forwarding"): one packet, from one source toward one
 * destination block, over the same forwarding-domain graph the version 1 search uses. At an
 * explicitly routed VPC or transit gateway the departure is the route a lookup chooses, in the
 * table that depends on how the packet arrived; at an implicitly routed domain the version 1
 * transit policies decide, and every departure they allow is tried (breadth first, so the first
 * delivery is the shortest). Drops are kept with the number of hops the packet had made, so
 * that a failure can be explained by the packets that went furthest.
 */
import { contains, tryParseCidr, type CidrBlock } from '../cidr/cidr';
import type { Connection, ElementId, TopologyNode } from '../document/types';
import { routesOf, routingOf, subnetRouteTable } from '../graph/routing';
import type { TgwRouteTable, VpcRouteTable } from '../kinds/route-tables';
import type { RuleId } from '../rules/catalogue';
import type { Domain, DomainGraph, EdgeKind, Half } from './graph';
import { ALLOWED, NEVER, TRANSIT_POLICIES, type SearchContext } from './policies';
import { isBlackhole, tgwTableRoutes, vpcTableRoutes } from './propagation';
import { lookupRoute, type TableRoute } from './route-lookup';
import type { Blocker, RouteHop } from './types';

/** Where a packet starts. */
export interface WalkSource {
  /** The domain it starts in. */
  readonly vertex: number;
  /** The subnet it starts in, if any (its table, its availability zone). */
  readonly subnet?: TopologyNode<'subnet'>;
  /** In an explicitly routed VPC: the table of its first lookup. */
  readonly table?: VpcRouteTable;
  /** The VPC whose public address the packet carries from the start, if any. */
  readonly publicFrom?: ElementId;
}

/** Where a packet must arrive. */
export interface WalkTarget {
  /** The target's domain (undefined only for an internet target in a document without one). */
  readonly vertex: number | undefined;
  /** The VPC or site owning the destination; undefined for the internet. */
  readonly network: TopologyNode | undefined;
}

/** A table where a packet was dropped or looked up: the VPC or transit gateway and the table id. */
export interface TablePlace {
  readonly owner: string;
  readonly table: string;
}

/** A packet dropped, with how far it got. */
export interface Drop {
  readonly hops: number;
  readonly blocker: Blocker;
  /** The table whose lookup dropped it, when one did. */
  readonly place?: TablePlace;
}

/** The walk's answer for one (source, destination block) pair. */
export type WalkOutcome =
  | { readonly ok: true; readonly elements: ElementId[]; readonly routes: RouteHop[]; readonly nat: TopologyNode | undefined; readonly hops: number }
  | { readonly ok: false; readonly drops: Drop[] };

interface Packet {
  readonly at: number;
  /** The half the packet entered its domain by (undefined at the source). */
  readonly arrival: Half | undefined;
  /** In an explicitly routed VPC: the table of the next lookup (undefined: just arrived over a peering or a VGW). */
  readonly table: VpcRouteTable | undefined;
  /** The availability zone of the subnet whose table routes the packet, when known. */
  readonly az: string | undefined;
  readonly publicFrom: ElementId | undefined;
  readonly nat: TopologyNode | undefined;
  readonly parent: Packet | undefined;
  readonly hops: number;
  /** Path elements this step added (connections, gateways, the domain entered). */
  readonly elements: readonly ElementId[];
  /** The route whose lookup led here. */
  readonly route: RouteHop | undefined;
}

/** The edges that lead a VPC to the internet. */
const EGRESS_EDGES: ReadonlySet<EdgeKind> = new Set<EdgeKind>(['igw', 'eigw', 'nat', 'nat-unusable']);

/** A packet never makes more steps than this: a safety net for hostile documents, far above real paths. */
const MAX_PACKETS = 200_000;

const NAT64 = tryParseCidr('64:ff9b::/96')!;

/** `Route table rt-private (private) of VPC dev`. */
function tableName(g: DomainGraph, owner: TopologyNode, table: { id: string; name?: string }): string {
  const name = table.name?.trim();
  return `Route table ${table.id}${name && name !== table.id ? ` (${name})` : ''} of ${g.index.label(owner)}`;
}

/** Each domain's departures by the id of the connection or gateway they stand for, built on first use. */
const halvesByElement = new WeakMap<Domain, Map<string, Half>>();

function halfFor(domain: Domain, elementId: string): Half | undefined {
  let byId = halvesByElement.get(domain);
  if (!byId) {
    byId = new Map();
    for (const h of domain.halves) {
      const id = h.edge.element?.id;
      if (id !== undefined && !byId.has(id)) byId.set(id, h);
    }
    halvesByElement.set(domain, byId);
  }
  return byId.get(elementId);
}

const subnetBlock = (g: DomainGraph, subnet: TopologyNode<'subnet'>): CidrBlock | undefined => {
  const props = g.index.props(subnet);
  return tryParseCidr(props.cidr, 4) ?? tryParseCidr(props.ipv6Cidr, 6);
};

class Walk {
  private readonly queue: Packet[] = [];
  private readonly drops: Drop[] = [];
  private readonly seen = new Set<string>();
  private readonly halfIds = new Map<Half, number>();
  private readonly routing;
  /** The block the packet comes from (a VPC's, a subnet's or a site's): what a site must learn to answer it. */
  private sourceBlock: CidrBlock | undefined;

  constructor(
    private readonly g: DomainGraph,
    private readonly ctx: SearchContext,
    private readonly target: WalkTarget,
    private readonly dest: CidrBlock,
  ) {
    this.routing = routingOf(g.index);
  }

  run(source: WalkSource): WalkOutcome {
    const origin = this.g.domains[source.vertex]!;
    this.sourceBlock = source.subnet ? subnetBlock(this.g, source.subnet) : origin.kind === 'vpc' || origin.kind === 'on-premises' ? this.g.index.ipv4Blocks(origin.node)[0] : undefined;
    const start: Packet = {
      at: source.vertex, arrival: undefined, table: source.table, az: source.subnet && this.g.index.props(source.subnet).az,
      publicFrom: source.publicFrom, nat: undefined, parent: undefined, hops: 0, elements: [], route: undefined,
    };
    this.queue.push(start);
    for (let head = 0; head < this.queue.length && head < MAX_PACKETS; head++) {
      const delivered = this.step(this.queue[head]!);
      if (delivered) return this.success(delivered);
    }
    return { ok: false, drops: this.drops };
  }

  private success(last: Packet): WalkOutcome {
    const chain: Packet[] = [];
    for (let p: Packet | undefined = last; p; p = p.parent) chain.push(p);
    chain.reverse();
    const elements: ElementId[] = [];
    const routes: RouteHop[] = [];
    for (const p of chain) {
      elements.push(...p.elements);
      if (p.route) routes.push(p.route);
    }
    return { ok: true, elements, routes, nat: last.nat, hops: last.hops };
  }

  /** Records a drop; `subjects` are element ids, then the VPC or gateway and the table id (routing.md: tables come after the elements). */
  private drop(p: Packet, rule: RuleId, subjects: readonly string[], message: string, place?: TablePlace): undefined {
    const blocker: Blocker = { rule, subjects: subjects as ElementId[], message };
    this.drops.push({ hops: p.hops + 1, blocker, ...(place ? { place } : {}) });
    return undefined;
  }

  private enqueue(p: Packet): void {
    const half = p.arrival ? (this.halfIds.get(p.arrival) ?? this.halfIds.set(p.arrival, this.halfIds.size).size - 1) : -1;
    const key = `${p.at}|${half}|${p.table?.id ?? ''}|${p.az ?? ''}|${p.publicFrom ?? ''}|${p.nat?.id ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.queue.push(p);
  }

  /** True when the domain is already on the packet's way (an implicitly routed domain is passed at most once, as in version 1). */
  private onWay(p: Packet, v: number): boolean {
    for (let cur: Packet | undefined = p; cur; cur = cur.parent) if (cur.at === v) return true;
    return false;
  }

  /** True when this table was already looked up on the packet's way: the destination is the walk's one. */
  private looked(p: Packet, table: string): boolean {
    for (let cur: Packet | undefined = p; cur; cur = cur.parent) if (cur.route?.table === table) return true;
    return false;
  }

  /** Moves the packet across a half into the next domain; `route` is the lookup that chose it. */
  private cross(p: Packet, half: Half, route: RouteHop | undefined): void {
    const into = this.g.domains[half.to]!;
    if (half.edge.kind === 'dxgw-association' && into.kind === 'dx-gateway' && this.refusedTowardSites(p, half)) return;
    // Into an implicitly routed transit gateway from the sites: they send only what they learned (an explicitly routed one checks this at its lookup).
    if (half.edge.kind === 'dxgw-association' && into.kind === 'transit-gateway' && !this.routing.routedTgw(into.node) && !this.allowedFromDx(half.edge.element as Connection)) {
      const association = half.edge.element as Connection;
      this.drop(p, 'dxgw-allowed-prefixes', [association.id, into.id], `${association.name?.trim() || association.id} advertises no allowed prefix containing ${this.dest.text}, so the sites behind the Direct Connect gateway never learn a route to it.`);
      return;
    }
    let table: VpcRouteTable | undefined;
    let az: string | undefined;
    if (into.kind === 'vpc' && half.edge.kind === 'tgw-attachment' && this.routing.routedVpc(into.node)) {
      // Traffic from a transit gateway is routed by its attachment subnet's table (the one in the source's zone).
      const chosen = this.attachmentSubnet(half.edge.element as Connection, into.node, p.az);
      table = chosen.table;
      az = chosen.az;
    }
    this.enqueue({
      at: half.to, arrival: half, table, az: az ?? p.az, publicFrom: p.publicFrom, nat: p.nat, parent: p, hops: p.hops + 1,
      elements: [...half.elements, into.id], route,
    });
  }

  private attachmentSubnet(attachment: Connection, vpc: TopologyNode, az: string | undefined): { table: VpcRouteTable | undefined; az: string | undefined } {
    const index = this.g.index;
    const subnets: Array<TopologyNode<'subnet'>> = [];
    if (attachment.kind === 'tgw-attachment') {
      for (const id of index.connectionProps(attachment).subnets) {
        const s = index.node(id);
        if (s?.kind === 'subnet' && s.parent === vpc.id) subnets.push(s);
      }
    }
    const subnet = subnets.find((s) => az !== undefined && index.props(s).az === az) ?? subnets[0];
    if (subnet) return { table: subnetRouteTable(index, subnet)?.table, az: index.props(subnet).az };
    const main = this.routing.routedVpc(vpc)?.mains;
    return { table: main?.length === 1 ? main[0] : undefined, az };
  }

  /** One step of one packet; returns the packet when it is delivered. */
  private step(p: Packet): Packet | undefined {
    const domain = this.g.domains[p.at]!;
    if (domain.kind === 'vpc' && this.routing.routedVpc(domain.node)) return this.inRoutedVpc(p, domain);
    if (domain.kind === 'transit-gateway' && this.routing.routedTgw(domain.node)) return this.atRoutedTgw(p, domain);
    return this.atImplicit(p, domain);
  }

  private delivered(p: Packet, domain: Domain): boolean {
    if (p.arrival === undefined) return false;
    if (this.target.network === undefined) return domain.kind === 'internet';
    return p.at === this.target.vertex;
  }

  /** Version 1's policies at an implicitly routed domain: every departure they allow is tried. */
  private atImplicit(p: Packet, domain: Domain): Packet | undefined {
    if (this.delivered(p, domain)) return p;
    if (domain.kind === 'vpc' && p.arrival && this.target.network) {
      // A route led into a VPC that holds the destination but is not the target: its local route keeps the packet.
      const index = this.g.index;
      const owned = [...index.ipv4Blocks(domain.node), ...index.ipv6Blocks(domain.node)].find((b) => b.family === this.dest.family && contains(b, this.dest));
      if (owned) {
        const rule: RuleId = this.target.network.kind === 'vpc' ? 'tgw-cidr-conflict' : 'hybrid-cidr-overlap';
        return this.drop(p, rule, [domain.id, this.target.network.id], `${index.label(domain.node)} holds ${owned.text}, which overlaps ${this.dest.text} of ${index.label(this.target.network)}: the packet is delivered inside ${index.label(domain.node)} and never reaches ${index.label(this.target.network)}.`);
      }
    }
    const policy = TRANSIT_POLICIES[domain.kind];
    if (policy.isEnd?.(p.arrival)) return undefined;
    const defaultTable = domain.kind === 'transit-gateway' && p.arrival !== undefined;
    // A VPC the packet entered is left only toward its target: by a gateway toward the internet, by anything else toward a network.
    const towardTarget = domain.kind === 'vpc' && p.arrival !== undefined;
    for (const half of domain.halves) {
      if (this.g.domains[half.to]!.kind !== 'internet' && this.onWay(p, half.to)) continue;
      if (defaultTable && !this.defaultTableRoutes(half)) continue;
      if (towardTarget && EGRESS_EDGES.has(half.edge.kind) !== (this.target.network === undefined)) continue;
      const verdict = policy.transit(p.arrival, half, this.ctx);
      if (verdict === NEVER) continue;
      if (half.edge.blocker) {
        this.drop(p, half.edge.blocker.rule, half.edge.blocker.subjects, half.edge.blocker.message);
        continue;
      }
      if (verdict !== ALLOWED) {
        const explained = verdict.explain({ g: this.g, at: domain, arrival: p.arrival, departure: half, ctx: this.ctx });
        this.drop(p, verdict.rule, explained.subjects, explained.message);
        continue;
      }
      this.cross(p, half, undefined);
    }
    return undefined;
  }

  /**
   * An implicitly routed transit gateway's one default table, every attachment associated and
   * propagated: a VPC attachment carries the blocks of its VPC, and toward the internet any VPC
   * may be the egress VPC (version 1's centralised egress); hybrid and peering attachments are
   * tried, their far side decides.
   */
  private defaultTableRoutes(half: Half): boolean {
    if (half.edge.kind !== 'tgw-attachment' || this.target.network === undefined) return true;
    const vpc = this.g.domains[half.to]!.node;
    const blocks = this.dest.family === 4 ? this.g.index.ipv4Blocks(vpc) : this.g.index.ipv6Blocks(vpc);
    return blocks.some((b) => contains(b, this.dest)) || half.to === this.target.vertex;
  }

  private inRoutedVpc(p: Packet, domain: Domain): Packet | undefined {
    const index = this.g.index;
    const vpc = domain.node;
    const local = [...index.ipv4Blocks(vpc), ...index.ipv6Blocks(vpc)].find((b) => b.family === this.dest.family && contains(b, this.dest));
    const entry = this.entryOf(p);
    if (p.table === undefined) {
      if (entry && (entry.edge.kind === 'peering' || entry.edge.kind === 'vgw-attachment')) {
        // Over a peering or through the VGW: the local route delivers, nothing else is forwarded (rule 4).
        const viaDxgw = entry.edge.kind === 'vgw-attachment' ? p.parent?.arrival : undefined;
        if (local && viaDxgw?.edge.kind === 'dxgw-association' && !this.advertisedToVgwSites(viaDxgw.edge.element as Connection, local)) {
          const association = viaDxgw.edge.element!;
          return this.drop(p, 'dxgw-allowed-prefixes', [association.id, vpc.id], `${association.name?.trim() || association.id} advertises no allowed prefix equal to or containing ${local.text} of ${index.label(vpc)}, so the sites behind the Direct Connect gateway never learn a route to it.`);
        }
        if (local && this.target.network === vpc) return p;
        return this.notTransit(p, domain, entry);
      }
      const what = entry ? 'the attachment subnet of the transit gateway attachment' : 'the source';
      return this.drop(p, 'route-no-route', [vpc.id], `${index.label(vpc)} has no route table for ${what}: no main table, and no table associated with it.`);
    }
    const table = p.table;
    const place: TablePlace = { owner: vpc.id, table: table.id };
    const name = tableName(this.g, vpc, table);
    if (this.looked(p, table.id)) {
      return this.drop(p, 'route-loop', [vpc.id, table.id], `${name} is looked up again for ${this.dest.text}: the packet loops.`, place);
    }
    const routes = vpcTableRoutes(this.g, vpc, table);
    let route: TableRoute | undefined;
    if (local) {
      route = this.subnetException(vpc, table);
      if (!route) {
        const hop: RouteHop = { at: vpc.id, table: table.id, destination: local.text, target: 'local' };
        if (this.target.network === vpc) return { ...p, route: hop, parent: p, elements: [], hops: p.hops + 1 };
        const rule: RuleId = this.target.network?.kind === 'vpc' ? 'tgw-cidr-conflict' : 'hybrid-cidr-overlap';
        return this.drop(p, rule, [vpc.id, table.id], `${name} sends ${this.dest.text} to its local route: it lies inside ${index.label(vpc)}'s block ${local.text}, so ${index.label(this.target.network)} cannot be reached from here.`, place);
      }
    } else {
      const found = lookupRoute(routes, this.dest);
      if (found.kind === 'none') {
        return this.drop(p, 'route-no-route', [vpc.id, table.id], `${name} has no route to ${this.dest.text}.`, place);
      }
      if (found.kind === 'conflict') {
        const [a, b] = found.routes;
        return this.drop(p, 'hybrid-cidr-overlap', [vpc.id, table.id], `${name} learns ${a.destination} from two sites (through ${a.target} and ${b.target}), so it cannot route ${this.dest.text}.`, place);
      }
      route = found.route;
    }
    const hop: RouteHop = { at: vpc.id, table: table.id, destination: route.destination, target: route.target, ...(route.propagatedFrom ? { propagatedFrom: route.propagatedFrom } : {}) };
    return this.followVpcRoute(p, domain, entry, route, hop, place, name);
  }

  /** AWS's one exception to the local route: a static route for exactly a subnet's block, to a NAT gateway or an appliance. */
  private subnetException(vpc: TopologyNode, table: VpcRouteTable): TableRoute | undefined {
    const index = this.g.index;
    for (const route of routesOf(table)) {
      const block = tryParseCidr(route.destination);
      if (!block || block.family !== this.dest.family || !contains(block, this.dest)) continue;
      const target = index.node(route.target);
      if (target?.kind !== 'nat-gateway' && target?.kind !== 'instance') continue;
      const isSubnetBlock = index.childrenOfKind(vpc.id, 'subnet').some((s) => subnetBlock(this.g, s)?.canonical === block.canonical);
      if (isSubnetBlock) return { block, destination: route.destination, target: route.target, origin: 'static' };
    }
    return undefined;
  }

  /** The half the packet entered its current VPC by (undefined: it started there). */
  private entryOf(p: Packet): Half | undefined {
    let cur = p;
    while (cur.arrival === undefined && cur.parent && cur.parent.at === cur.at) cur = cur.parent;
    return cur.arrival;
  }

  private notTransit(p: Packet, domain: Domain, entry: Half): undefined {
    const index = this.g.index;
    const from = index.label(this.g.domains[entry.from]!.node);
    if (entry.edge.kind === 'peering') {
      return this.drop(p, 'peering-not-transitive', [domain.id, entry.edge.element!.id], `VPC peering is not transitive: traffic from ${from} entering ${index.label(domain.node)} over the peering is only delivered inside it, not to ${this.dest.text}.`);
    }
    return this.drop(p, 'vpc-not-transit', [domain.id, this.g.domains[entry.from]!.id], `${index.label(domain.node)} is not a transit point: traffic entering it through ${from} is only delivered inside it, not to ${this.dest.text}.`);
  }

  private followVpcRoute(p: Packet, domain: Domain, entry: Half | undefined, route: TableRoute, hop: RouteHop, place: TablePlace, name: string): Packet | undefined {
    const index = this.g.index;
    const vpc = domain.node;
    const subjects = [vpc.id, hop.table];
    const target = index.node(route.target);
    const connection = target ? undefined : index.connection(route.target);
    const here = (node: TopologyNode | undefined) => node !== undefined && index.vpcOf(node) === vpc;
    const blackhole = (why: string) => this.drop(p, 'route-blackhole', subjects, `${name} routes ${this.dest.text} to ${route.target}, ${why}, so the route is a blackhole.`, place);
    if (entry && (entry.edge.kind === 'peering' || entry.edge.kind === 'vgw-attachment')) return this.notTransit(p, domain, entry);

    if (connection) {
      const half = connection.kind === 'vpc-peering' ? halfFor(domain, connection.id) : undefined;
      if (!half || half.from !== domain.index) return blackhole('which is not a peering of this VPC');
      if (half.edge.blocker) return this.drop(p, half.edge.blocker.rule, half.edge.blocker.subjects, half.edge.blocker.message, place);
      if (this.refusedAfterTgw(p, domain, entry, half, place)) return undefined;
      this.cross(p, half, hop);
      return undefined;
    }
    if (!target || (target.kind !== 'transit-gateway' && !here(target))) return blackhole('which is not a gateway, instance or peering of this VPC');
    switch (target.kind) {
      case 'internet-gateway': {
        if (this.target.network !== undefined) return this.drop(p, 'route-no-route', subjects, `${name} sends ${this.dest.text} to the internet through ${index.label(target)}, so it never reaches ${index.label(this.target.network)}.`, place);
        if (this.dest.family === 4 && p.publicFrom !== vpc.id) {
          return this.drop(p, 'public-ip-missing', [target.id, ...subjects], `${index.label(target)} cannot carry this IPv4 traffic to the internet: it has no public address of ${index.label(vpc)} (no public IP of its own, and no public NAT gateway of the VPC translated it).`, place);
        }
        const half = halfFor(domain, target.id);
        if (!half) return blackhole('which leads to no internet drawn in the document');
        this.cross(p, half, hop);
        return undefined;
      }
      case 'egress-only-internet-gateway': {
        if (this.dest.family !== 6) return blackhole('an egress-only internet gateway, which carries IPv6 only');
        if (this.target.network !== undefined) return this.drop(p, 'route-no-route', subjects, `${name} sends ${this.dest.text} to the internet through ${index.label(target)}, so it never reaches ${index.label(this.target.network)}.`, place);
        if (this.g.internet === undefined) return blackhole('which leads to no internet drawn in the document');
        return { ...p, parent: p, arrival: undefined, at: this.g.internet, hops: p.hops + 1, elements: [target.id, this.g.domains[this.g.internet]!.id], route: hop };
      }
      case 'nat-gateway': {
        if (this.dest.family === 6 && !contains(NAT64, this.dest)) return blackhole('a NAT gateway, which carries IPv4 (and NAT64) only');
        const subnet = index.parentOf(target);
        const table = subnet?.kind === 'subnet' ? subnetRouteTable(index, subnet)?.table : undefined;
        if (!table || subnet?.kind !== 'subnet') return this.drop(p, 'route-no-route', [target.id, ...subjects], `${index.label(target)} has no route table in its subnet, so the traffic it takes goes nowhere.`, place);
        const publicFrom = index.props(target).connectivity === 'public' ? vpc.id : p.publicFrom;
        this.enqueue({ ...p, parent: p, arrival: undefined, table, az: index.props(subnet).az, publicFrom, nat: target, hops: p.hops + 1, elements: [target.id], route: hop });
        return undefined;
      }
      case 'instance': {
        if (index.props(target).sourceDestCheck) {
          return this.drop(p, 'appliance-source-dest-check', [target.id, ...subjects], `${name} sends ${this.dest.text} to ${index.label(target)}, whose source/destination check is on, so it drops traffic not addressed to itself.`, place);
        }
        const subnet = index.parentOf(target);
        const table = subnet?.kind === 'subnet' ? subnetRouteTable(index, subnet)?.table : undefined;
        if (!table || subnet?.kind !== 'subnet') return this.drop(p, 'route-no-route', [target.id, ...subjects], `${index.label(target)} has no route table in its subnet, so the traffic it forwards goes nowhere.`, place);
        this.enqueue({ ...p, parent: p, arrival: undefined, table, az: index.props(subnet).az, hops: p.hops + 1, elements: [target.id], route: hop });
        return undefined;
      }
      case 'transit-gateway': {
        const v = this.g.byNode.get(target.id);
        const half = domain.halves.find((h) => h.edge.kind === 'tgw-attachment' && h.to === v);
        if (!half) return blackhole('a transit gateway this VPC has no attachment to');
        const attachment = half.edge.element as Connection<'tgw-attachment'>;
        const zones = index.connectionProps(attachment).subnets.map((id) => index.node(id)).filter((s): s is TopologyNode<'subnet'> => s?.kind === 'subnet');
        if (p.az !== undefined && zones.length > 0 && !zones.some((s) => index.props(s).az === p.az)) {
          return this.drop(p, 'route-no-route', [attachment.id, ...subjects], `${name} sends ${this.dest.text} to ${index.label(target)}, but ${attachment.name?.trim() || attachment.id} has no subnet in ${p.az}, so traffic from that zone cannot use it.`, place);
        }
        // Rule 4: what came in from a transit gateway may go back to that gateway, not on to another one.
        if (entry?.edge.kind === 'tgw-attachment' && entry.from !== half.to && this.refusedAfterTgw(p, domain, entry, half, place)) return undefined;
        this.cross(p, half, hop);
        return undefined;
      }
      case 'vpn-gateway': {
        const half = halfFor(domain, target.id);
        if (!half) return blackhole('which is not attached to this VPC');
        if (this.refusedAfterTgw(p, domain, entry, half, place)) return undefined;
        this.cross(p, half, hop);
        return undefined;
      }
      default:
        return blackhole(`a ${target.kind}, which cannot be a route target`);
    }
  }

  /**
   * Rule 4: traffic that entered from a transit gateway may leave again through a NAT gateway, the
   * internet gateway, an appliance or the transit gateway, never over a peering or through the VGW
   * (version 1's refusals, so that the same rule ids block it). True when refused (and recorded).
   */
  private refusedAfterTgw(p: Packet, domain: Domain, entry: Half | undefined, departure: Half, place: TablePlace): boolean {
    if (entry?.edge.kind !== 'tgw-attachment') return false;
    const verdict = TRANSIT_POLICIES.vpc.transit(entry, departure, this.ctx);
    if (verdict === ALLOWED || verdict === NEVER) return false;
    const explained = verdict.explain({ g: this.g, at: domain, arrival: entry, departure, ctx: this.ctx });
    this.drop(p, verdict.rule, explained.subjects, explained.message, place);
    return true;
  }

  private atRoutedTgw(p: Packet, domain: Domain): Packet | undefined {
    const index = this.g.index;
    const tgw = domain.node;
    const arrival = p.arrival;
    const attachment = arrival?.edge.element as Connection | undefined;
    if (!arrival || !attachment) return undefined;
    const tables = this.routing.routedTgw(tgw)!.tables;
    const table: TgwRouteTable | undefined = tables.find((t) => Array.isArray(t.associations) && t.associations.includes(attachment.id));
    if (!table) {
      return this.drop(p, 'tgw-attachment-unassociated', [tgw.id, attachment.id], `${attachment.name?.trim() || attachment.id} is associated with no route table of ${index.label(tgw)}, so the traffic arriving by it is dropped.`);
    }
    const place: TablePlace = { owner: tgw.id, table: table.id };
    const name = tableName(this.g, tgw, table);
    const subjects = [tgw.id, table.id];
    if (this.looked(p, table.id)) return this.drop(p, 'route-loop', subjects, `${name} is looked up again for ${this.dest.text}: the packet loops.`, place);
    if (arrival.edge.kind === 'dxgw-association' && !this.allowedFromDx(attachment)) {
      return this.drop(p, 'dxgw-allowed-prefixes', [attachment.id, ...subjects], `${attachment.name?.trim() || attachment.id} advertises no allowed prefix containing ${this.dest.text}, so the sites behind the Direct Connect gateway never learn a route to it.`, place);
    }
    const found = lookupRoute(tgwTableRoutes(this.g, tgw, table), this.dest);
    if (found.kind === 'none') return this.drop(p, 'route-no-route', subjects, `${name} has no route to ${this.dest.text}.`, place);
    if (found.kind === 'conflict') {
      const [a, b] = found.routes;
      const rule: RuleId = a.origin === 'vpc' ? 'tgw-cidr-conflict' : 'hybrid-cidr-overlap';
      return this.drop(p, rule, [a.target, b.target, ...subjects], `${name} learns ${a.destination} from both ${a.target} and ${b.target}, so it cannot route ${this.dest.text}.`, place);
    }
    const route = found.route;
    const hop: RouteHop = { at: tgw.id, table: table.id, destination: route.destination, target: route.target, ...(route.propagatedFrom ? { propagatedFrom: route.propagatedFrom } : {}) };
    if (isBlackhole(route.target)) return this.drop(p, 'route-blackhole', subjects, `${name} routes ${this.dest.text} (${route.destination}) to a blackhole.`, place);
    const half = halfFor(domain, route.target);
    if (!half || half.from !== domain.index) return this.drop(p, 'route-blackhole', subjects, `${name} routes ${this.dest.text} to ${route.target}, which is not an attachment of ${index.label(tgw)}, so the route is a blackhole.`, place);
    this.cross(p, half, hop);
    return undefined;
  }

  /**
   * Leaving a transit gateway or VGW for the Direct Connect gateway behind it: refused when the
   * packet came from that Direct Connect gateway (it joins virtual interfaces to associations only,
   * `dxgw-not-transitive`), or when the sites there never learn the block it comes from, so they
   * could not answer (allowed prefixes are what on-premises learns; routing.md, read both ways as
   * version 1's search does). True when refused (and recorded).
   */
  private refusedTowardSites(p: Packet, half: Half): boolean {
    const association = half.edge.element as Connection;
    if (association.kind !== 'dxgw-association') return false;
    const dxgw = this.g.domains[half.to]!;
    if (this.onWay(p, half.to)) {
      this.drop(p, 'dxgw-not-transitive', [dxgw.id, association.id], `${this.g.index.label(dxgw.node)} does not pass traffic from one of its virtual interfaces back out to another through ${association.name?.trim() || association.id}: it joins virtual interfaces to associated gateways only.`);
      return true;
    }
    const block = this.sourceBlock;
    if (!block) return false;
    const fromTgw = this.g.domains[half.from]!.kind === 'transit-gateway';
    const learned = fromTgw
      ? this.g.index.connectionProps(association).allowedPrefixes.some((text) => {
          const allowed = tryParseCidr(text);
          return allowed !== undefined && allowed.family === block.family && contains(allowed, block);
        })
      : this.advertisedToVgwSites(association, block);
    if (learned) return false;
    this.drop(p, 'dxgw-allowed-prefixes', [association.id, dxgw.id], `${association.name?.trim() || association.id} advertises no allowed prefix containing ${block.text}, so the sites behind ${this.g.index.label(dxgw.node)} never learn a route back to it.`);
    return true;
  }

  /** What sites learn over a DX gateway association to a VGW: each VPC block an allowed prefix equals or contains (every block when the list is empty). */
  private advertisedToVgwSites(association: Connection, vpcBlock: CidrBlock): boolean {
    if (association.kind !== 'dxgw-association') return true;
    const allowed = this.g.index.connectionProps(association).allowedPrefixes;
    if (allowed.length === 0) return true;
    return allowed.some((text) => {
      const block = tryParseCidr(text);
      return block !== undefined && block.family === vpcBlock.family && contains(block, vpcBlock);
    });
  }

  /** What a site behind a DX gateway learns over the association: its allowed prefixes (an empty list: nothing). */
  private allowedFromDx(attachment: Connection): boolean {
    if (attachment.kind !== 'dxgw-association') return true;
    // Only traffic entering AWS from the DX side is limited by what the sites learn.
    return this.g.index.connectionProps(attachment).allowedPrefixes.some((text) => {
      const block = tryParseCidr(text);
      return block !== undefined && block.family === this.dest.family && contains(block, this.dest);
    });
  }
}

/** Walks one packet from `source` toward `dest`, a block of `target` (or `0.0.0.0/0` / `::/0` toward the internet). */
export function walkPacket(g: DomainGraph, ctx: SearchContext, source: WalkSource, target: WalkTarget, dest: CidrBlock): WalkOutcome {
  return new Walk(g, ctx, target, dest).run(source);
}

/** The block a subnet's traffic comes from: its IPv4 block, else its IPv6 block. */
export { subnetBlock };
