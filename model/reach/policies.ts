/**
 * The transit-policy table of `reach`: for each kind of forwarding domain, whether traffic that
 * arrived by one edge may leave by another (rules.md, "Reachability"). A new connection kind adds
 * an edge kind in `graph.ts` and its row or cells here; the search itself never changes.
 */
import type { Connection, ElementId, TopologyNode } from '../document/types';
import type { RuleId } from '../rules/catalogue';
import type { Domain, DomainGraph, DomainKind, EdgeKind, Half, SiteInfo } from './graph';

/** What a search knows about where its traffic started. */
export interface SearchContext {
  /** Whether the target is the internet: only then may a VPC be left through its gateways by traffic from elsewhere. */
  readonly towardInternet: boolean;
  /** The kind of network the traffic starts in: only traffic from a VPC may use centralised egress. */
  readonly originKind: 'vpc' | 'on-premises';
  /** Toward the internet from a VPC: whether the starting subnet is public (rules.md: "evaluated per subnet"). */
  readonly originSubnet?: 'public' | 'private';
  /** Toward the internet from a VPC: whether the starting subnet has an IPv6 block (routing.md, "IPv6"). */
  readonly originIpv6?: boolean;
  /** The subnet traffic starts in, when `from` is a subnet or an instance. */
  readonly subnet?: TopologyNode;
  /**
   * Toward the internet from an instance without `publicIp`: the instance that has no public
   * address for its subnet's internet gateway (routing.md, "An instance needs a public address").
   */
  readonly instanceWithoutPublicIp?: TopologyNode;
  /** The VPC or on-premises network traffic starts in. */
  readonly network: TopologyNode;
}

/** Where a refusal is explained: the transit point, the arrival (undefined at the origin) and the departure. */
export interface Hop {
  readonly g: DomainGraph;
  readonly at: Domain;
  readonly arrival: Half | undefined;
  readonly departure: Half;
  readonly ctx: SearchContext;
}

/**
 * A rule that forbids a transit. Refusals are module constants, so deciding costs no allocation;
 * the sentence is built from the hop only when a blocker is reported.
 */
export interface Refusal {
  readonly rule: RuleId;
  explain(hop: Hop): { message: string; subjects: ElementId[] };
}

/** Traffic may cross. */
export const ALLOWED = 'allowed' as const;
/** Not a path at all, even with every restriction lifted (an on-premises network relaying traffic). */
export const NEVER = 'never' as const;

export type Verdict = typeof ALLOWED | typeof NEVER | Refusal;

/** One row of the table. */
export interface TransitPolicy {
  /**
   * What about the arriving edge matters to this domain. Arrivals with equal classes may leave by
   * the same edges, so the search keeps one state per (domain, class) instead of one per edge.
   * For an arrival it must depend on the arrival's edge alone (the search memoizes it per edge);
   * `ctx` may matter only at the origin.
   */
  classOf(arrival: Half | undefined, ctx: SearchContext): string;
  /** May traffic that arrived by `arrival` (undefined: it starts here) leave by `departure`? */
  transit(arrival: Half | undefined, departure: Half, ctx: SearchContext): Verdict;
  /**
   * False when nothing that `transit` allows after this arrival can lead to the search's target
   * (the domain is only an end here): a shortcut that spares the strict search from asking
   * `transit` for each of its edges. Absent means "maybe".
   */
  mayLeave?(arrival: Half | undefined, ctx: SearchContext): boolean;
  /** True when every departure after this arrival is `NEVER`: spares both searches from asking (the internet has thousands of edges). */
  isEnd?(arrival: Half | undefined): boolean;
  /**
   * A path crosses this domain at most once: coming back by another edge would dodge its own
   * policy (VIF → DX gateway → transit gateway → peered gateway → the same DX gateway → another
   * VIF is VIF to VIF). The search keeps the pass-once domains crossed in each state, so the
   * answer never depends on which path reached a domain first. Other domains need no such memory:
   * a path that comes back to one can leave it the first time by the same edge, which the search
   * then finds shorter (a transit gateway allows every transit; a VPC, VGW or VPN connection is
   * left after an arrival only towards an end); the source is never re-entered.
   */
  readonly passOnce?: boolean;
}

const isConnection = (x: TopologyNode | Connection): x is Connection => 'source' in x;

function name(g: DomainGraph, x: TopologyNode | Connection | undefined): string {
  if (!x) return 'a missing element';
  return isConnection(x) ? g.index.connectionLabel(x) : g.index.label(x);
}

/** The element on the far side of a departure: the neighbour, or the gateway or VIF when the neighbour is the internet. */
function farEnd(g: DomainGraph, half: Half): TopologyNode | Connection {
  const to = g.domains[half.to]!;
  return to.kind === 'internet' && half.edge.element ? half.edge.element : to.node;
}

/** A refusal whose subjects are the transit point first, then the two ends (the neighbour arrived from, the one left for). */
function transitRefusal(rule: RuleId, message: (here: string, from: string, to: string, hop: Hop) => string): Refusal {
  return {
    rule,
    explain(hop) {
      const { g, at } = hop;
      const a = g.domains[hop.arrival!.from]!.node;
      const b = farEnd(g, hop.departure);
      return { message: message(g.index.label(at.node), name(g, a), name(g, b), hop), subjects: [at.id, a.id, b.id] };
    },
  };
}

const EGRESS: ReadonlySet<EdgeKind> = new Set(['igw', 'eigw', 'nat', 'nat-unusable']);

const PEER_TO_GATEWAY = transitRefusal(
  'peering-edge-to-edge',
  (here, peer, gw) =>
    `${here} cannot relay traffic from its peer ${peer} to ${gw}: VPC peering does not support edge-to-edge routing, so a peer cannot use another VPC's internet or NAT gateway.`,
);
/**
 * Traffic from a site that entered the VPC through its VGW, bound for the internet: the message names
 * the NAT gateways it could not use (routing.md), and the internet gateway when that was the way out.
 */
const REMOTE_TO_GATEWAY: Refusal = {
  rule: 'nat-remote-use',
  explain: ({ g, at, arrival, departure, ctx }) => {
    const via = g.domains[arrival!.from]!.node;
    const nats = at.halves.filter((h) => h.edge.kind === 'nat' || h.edge.kind === 'nat-unusable').map((h) => h.edge.element!);
    const gateways = departure.edge.kind === 'igw' ? [...nats, departure.edge.element!] : [departure.edge.element!];
    const names = gateways.map((x) => name(g, x));
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]!}`;
    return {
      message: `${g.index.label(at.node)} cannot take traffic from ${g.index.label(ctx.network)} to the internet through ${list}: it arrives through ${name(g, via)}, and a VPC's NAT and internet gateways serve only its own subnets and traffic from its transit gateway.`,
      subjects: [at.id, via.id, ...gateways.map((x) => x.id)],
    };
  },
};
const TGW_TO_IGW = transitRefusal(
  'vpc-not-transit',
  (here, tgw, gw) =>
    `${here} is not a transit point: traffic arriving from ${tgw} can leave for the internet only through a NAT gateway (centralised egress), not straight through ${gw}.`,
);
const PEER_TO_PEER = transitRefusal(
  'peering-not-transitive',
  (here, a, b) => `VPC peering is not transitive: ${here} is peered with both ${a} and ${b}, but traffic cannot pass through it.`,
);
const PEER_AND_TGW = transitRefusal(
  'peering-not-transitive',
  (here, a, b) =>
    `VPC peering is not transitive: ${here} joins ${a} and ${b}, one by peering and one by a transit gateway attachment, but traffic cannot pass through it between the two.`,
);
const PEER_AND_VGW = transitRefusal(
  'peering-edge-to-edge',
  (here, a, b) => `${here} cannot relay traffic between ${a} and ${b}: VPC peering does not support edge-to-edge routing through a peer's gateways.`,
);
const VPC_NOT_TRANSIT = transitRefusal(
  'vpc-not-transit',
  (here, a, b) => `${here} is not a transit point: traffic entering it from ${a} cannot leave through ${b}; it must start or end inside the VPC.`,
);

/** An instance in a public subnet without a public IP: its subnet's internet gateway has no address to translate it to. */
const PUBLIC_IP_MISSING: Refusal = {
  rule: 'public-ip-missing',
  explain: ({ g, at, departure, ctx }) => {
    const instance = ctx.instanceWithoutPublicIp!;
    const gateway = departure.edge.element;
    return {
      message: `${g.index.label(instance)} has no public IP, so ${name(g, gateway)} of ${g.index.label(at.node)} cannot take its IPv4 traffic to the internet: an internet gateway translates only an instance's public address.`,
      subjects: [instance.id, ...(gateway ? [gateway.id] : []), at.id],
    };
  },
};

const vpcPolicy: TransitPolicy = {
  classOf: (arrival, ctx) => (arrival ? arrival.edge.kind : `origin:${ctx.originSubnet ?? ''}:${ctx.originIpv6 ? 6 : 4}`),
  // A VPC is an end, except for centralised egress: traffic arriving from a transit gateway, bound for the internet.
  mayLeave: (arrival, ctx) => !arrival || (ctx.towardInternet && arrival.edge.kind === 'tgw-attachment'),
  transit(arrival, departure, ctx) {
    const out = departure.edge.kind;
    // A private subnet has no route to its VPC's internet gateway: not a path at all, not even a
    // candidate one, so that the rules stopping its real ways out (a peer's or a remote NAT
    // gateway) are the ones reported; with no way out at all, the answer is `flow-no-path`.
    if (!arrival) {
      if (out === 'igw' && ctx.originSubnet === 'private') return NEVER;
      // An egress-only internet gateway carries IPv6 from a private subnet (a public one has its internet gateway).
      if (out === 'eigw') return ctx.originSubnet === 'private' && ctx.originIpv6 ? ALLOWED : NEVER;
      // A public subnet's default route is its internet gateway, which needs the instance's public address.
      if (ctx.instanceWithoutPublicIp && !ctx.originIpv6 && (out === 'igw' || out === 'nat')) return PUBLIC_IP_MISSING;
      return ALLOWED;
    }
    const into = arrival.edge.kind;
    if (EGRESS.has(out)) {
      if (into === 'peering') return PEER_TO_GATEWAY;
      if (into === 'vgw-attachment') return REMOTE_TO_GATEWAY;
      if (into === 'tgw-attachment' && (out === 'igw' || out === 'eigw')) return TGW_TO_IGW;
      // Centralised egress: a VPC or a site on a transit gateway borrows this VPC's NAT gateway.
      return ALLOWED;
    }
    if (into === 'peering' || out === 'peering') {
      const other = into === 'peering' ? out : into;
      if (other === 'peering') return PEER_TO_PEER;
      if (other === 'tgw-attachment') return PEER_AND_TGW;
      return PEER_AND_VGW;
    }
    return VPC_NOT_TRANSIT;
  },
};

const transitGatewayPolicy: TransitPolicy = {
  classOf: () => 'any',
  transit: () => ALLOWED,
};

const siteKey = (site: SiteInfo | undefined) => (site ? `${site.routing}:${site.asn ?? ''}` : '');

function siteName(g: DomainGraph, site: SiteInfo | undefined): string {
  if (!site) return 'a site';
  const cgw = site.customerGateway;
  if (!cgw) return g.index.label(site.via);
  return g.index.label(g.index.ancestorOfKind(cgw, 'on-premises') ?? cgw);
}

const isHybrid = (kind: EdgeKind) => kind === 'vpn-aws' || kind === 'vif' || kind === 'vif-invalid';

const VGW_ASSOCIATION_NOT_TRANSITIVE = transitRefusal(
  'dxgw-not-transitive',
  (here, a, b) => `${here} does not pass traffic between ${a} and ${b}: a Direct Connect gateway association reaches only the VGW's own VPC.`,
);
const CLOUDHUB_STATIC = transitRefusal('vpn-cloudhub-asn', (here, _a, _b, { g, arrival, departure }) => {
  const a = arrival!.edge.site;
  const b = departure.edge.site;
  const staticSite = a?.routing === 'static' ? a : b;
  return `VPN CloudHub on ${here} needs BGP: ${g.index.label(staticSite!.via)} uses static routing, so ${siteName(g, a)} and ${siteName(g, b)} cannot reach each other through it.`;
});
const CLOUDHUB_SHARED_ASN = transitRefusal('vpn-cloudhub-asn', (here, _a, _b, { g, arrival, departure }) => {
  const a = arrival!.edge.site;
  const b = departure.edge.site;
  return `VPN CloudHub on ${here} needs a unique BGP ASN per site: ${siteName(g, a)} and ${siteName(g, b)} both use ASN ${a?.asn}, so they cannot reach each other through it.`;
});

const vpnGatewayPolicy: TransitPolicy = {
  classOf: (arrival) => (arrival ? `${arrival.edge.kind}:${siteKey(arrival.edge.site)}` : 'origin'),
  transit(arrival, departure) {
    if (!arrival) return ALLOWED;
    const into = arrival.edge.kind;
    const out = departure.edge.kind;
    if (into === 'dxgw-association' || out === 'dxgw-association') {
      const other = into === 'dxgw-association' ? out : into;
      return other === 'vgw-attachment' ? ALLOWED : VGW_ASSOCIATION_NOT_TRANSITIVE;
    }
    if (!isHybrid(into) || !isHybrid(out)) return ALLOWED;
    // VPN CloudHub: sites on one VGW reach each other with BGP and distinct ASNs (an unknown ASN is no clash).
    const a = arrival.edge.site;
    const b = departure.edge.site;
    if (a?.routing === 'static' || b?.routing === 'static') return CLOUDHUB_STATIC;
    if (a?.asn !== undefined && a.asn === b?.asn) return CLOUDHUB_SHARED_ASN;
    return ALLOWED;
  },
};

const DXGW_ASSOCIATIONS = transitRefusal(
  'dxgw-not-transitive',
  (here, x, y) =>
    `${here} does not pass traffic between its associations with ${x} and ${y}: a Direct Connect gateway only joins virtual interfaces to associated gateways.`,
);
const DXGW_VIFS: Refusal = {
  rule: 'dxgw-not-transitive',
  explain: ({ g, at, arrival, departure }) => {
    const [a, b] = [arrival!.edge.element!, departure.edge.element!];
    return {
      message: `${g.index.label(at.node)} does not pass traffic between ${name(g, a)} and ${name(g, b)}: virtual interfaces reach each other through a Direct Connect gateway only when both have SiteLink enabled.`,
      subjects: [at.id, a.id, b.id],
    };
  },
};
const DXGW_MIXED: Refusal = {
  rule: 'dxgw-mixed-association',
  explain: ({ g, at, arrival, departure }) => {
    const arrivedByAssociation = arrival!.edge.kind === 'dxgw-association';
    const vif = arrivedByAssociation ? departure.edge : arrival!.edge;
    const target = g.domains[arrivedByAssociation ? arrival!.from : departure.to]!.node;
    return {
      message: `${name(g, vif.element)} is a ${vif.vifType} virtual interface, so it cannot reach ${g.index.label(target)} through ${g.index.label(at.node)}: ${
        vif.vifType === 'private' ? 'transit gateway associations need a transit VIF' : 'virtual private gateway associations need a private VIF'
      }.`,
      subjects: [at.id, vif.element!.id, target.id],
    };
  },
};

const dxGatewayPolicy: TransitPolicy = {
  passOnce: true,
  classOf: (arrival) =>
    !arrival ? 'origin' : arrival.edge.kind === 'dxgw-association' ? `assoc:${arrival.edge.associated}` : `vif:${arrival.edge.vifType}:${arrival.edge.siteLink}`,
  transit(arrival, departure) {
    if (!arrival) return ALLOWED;
    const a = arrival.edge;
    const b = departure.edge;
    const assocA = a.kind === 'dxgw-association';
    const assocB = b.kind === 'dxgw-association';
    if (assocA && assocB) return DXGW_ASSOCIATIONS;
    if (!assocA && !assocB) return a.siteLink && b.siteLink ? ALLOWED : DXGW_VIFS;
    const vif = assocA ? b : a;
    const assoc = assocA ? a : b;
    const mismatch =
      (vif.vifType === 'private' && assoc.associated === 'transit-gateway') || (vif.vifType === 'transit' && assoc.associated === 'vpn-gateway');
    return mismatch ? DXGW_MIXED : ALLOWED;
  },
};

const VPN_SAME_SIDE = transitRefusal('vpn-ends', (here, a, b, { arrival }) => {
  const side = arrival!.edge.kind === 'vpn-customer' ? 'two customer gateways' : 'two AWS gateways';
  return `${here} joins ${side} (${a} and ${b}); a VPN connection carries traffic only between its customer gateway and its VGW or transit gateway.`;
});

const vpnConnectionPolicy: TransitPolicy = {
  classOf: (arrival) => (arrival ? arrival.edge.kind : 'origin'),
  transit: (arrival, departure) => (!arrival || arrival.edge.kind !== departure.edge.kind ? ALLOWED : VPN_SAME_SIDE),
};

const dxConnectionPolicy: TransitPolicy = {
  // Link to link is never a path: two VIFs with SiteLink must not join two links of one connection.
  passOnce: true,
  classOf: (arrival) => (arrival ? (arrival.edge.kind === 'dx-link' ? 'link' : 'vif') : 'origin'),
  // A DX connection only carries a customer router's traffic onto its virtual interfaces and back.
  transit: (arrival, departure) => (!arrival || (arrival.edge.kind === 'dx-link') !== (departure.edge.kind === 'dx-link') ? ALLOWED : NEVER),
};

/** Traffic may start or end here, never pass through. */
const endpointPolicy: TransitPolicy = {
  classOf: (arrival) => (arrival ? 'in' : 'origin'),
  isEnd: (arrival) => arrival !== undefined,
  transit: (arrival) => (arrival ? NEVER : ALLOWED),
};

/** The transit-policy table, one row per kind of forwarding domain. */
export const TRANSIT_POLICIES: Readonly<Record<DomainKind, TransitPolicy>> = {
  vpc: vpcPolicy,
  'transit-gateway': transitGatewayPolicy,
  'vpn-gateway': vpnGatewayPolicy,
  'dx-gateway': dxGatewayPolicy,
  'vpn-connection': vpnConnectionPolicy,
  'dx-connection': dxConnectionPolicy,
  'on-premises': endpointPolicy,
  site: endpointPolicy,
  internet: endpointPolicy,
};
