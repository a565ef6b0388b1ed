/**
 * The forwarding-domain graph that `reach` searches: one vertex per place that forwards packets
 * (a VPC with its subnets and attached gateways, an on-premises network with its customer
 * gateways, each transit gateway, DX gateway, VGW, VPN connection, DX connection, the internet),
 * one edge per drawn connection or containment-derived attachment. Whether traffic may cross a
 * vertex is not decided here but in `policies.ts`, so a new connection kind adds an edge kind
 * here and a row there.
 */
import type { Connection, ElementId, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { natPlacementProblems } from '../rules/nat-public-placement';
import { peeringOverlap } from '../rules/peering-cidr-overlap';
import type { Blocker } from './types';

/** What kind of forwarding domain a vertex is; each has a row in the transit-policy table. */
export type DomainKind =
  | 'vpc'
  | 'on-premises'
  /** A customer gateway outside every on-premises network: a site of its own. */
  | 'site'
  | 'transit-gateway'
  | 'dx-gateway'
  | 'vpn-gateway'
  | 'vpn-connection'
  | 'dx-connection'
  | 'internet';

/** What an edge is, as the transit policies see it. */
export type EdgeKind =
  | 'peering'
  | 'tgw-attachment'
  | 'tgw-peering'
  /** VPN connection ↔ its customer gateway's site. */
  | 'vpn-customer'
  /** VPN connection ↔ its AWS side (VGW or transit gateway). */
  | 'vpn-aws'
  | 'dx-link'
  /** A private or transit VIF ending where its type can go (VGW or DX gateway). */
  | 'vif'
  /** A public VIF ending on the internet. */
  | 'public-vif'
  /** A VIF ending where its type cannot go (`vif-target`): a candidate path only. */
  | 'vif-invalid'
  | 'dxgw-association'
  /** A VGW placed inside its VPC. */
  | 'vgw-attachment'
  /** A VPC's attached internet gateway, toward the internet. */
  | 'igw'
  /** A VPC's egress-only internet gateway, toward the internet: IPv6 from its private subnets only. */
  | 'eigw'
  /** A public NAT gateway in a public subnet of a VPC with an internet gateway, toward the internet. */
  | 'nat'
  /** A public NAT gateway that cannot reach the internet (`nat-public-placement`): a candidate path only. */
  | 'nat-unusable';

/** Where a VPN or VIF on a VGW comes from: what VPN CloudHub needs to know. */
export interface SiteInfo {
  routing: 'bgp' | 'static';
  /** The customer gateway's BGP ASN, when given. */
  asn?: number;
  /** The customer gateway, when drawn. */
  customerGateway?: TopologyNode;
  /** The VPN or DX connection the traffic arrives by. */
  via: TopologyNode;
}

export interface Edge {
  readonly kind: EdgeKind;
  /** Vertex indexes of the two ends; `elements` run from `ends[0]` to `ends[1]`. */
  readonly ends: readonly [number, number];
  /** Element ids reported in a path between the two vertices' ids (connections, gateways). */
  readonly elements: readonly ElementId[];
  /** The connection or gateway this edge stands for, for messages. */
  readonly element: TopologyNode | Connection | undefined;
  /** A rule that forbids any use of this edge (a peering between overlapping VPCs, an unusable NAT). */
  readonly blocker?: Blocker;
  readonly vifType?: 'private' | 'transit' | 'public';
  readonly siteLink?: boolean;
  /** For a DX gateway association: the associated gateway's kind. */
  readonly associated?: 'vpn-gateway' | 'transit-gateway';
  /** For a VPN or VIF ending on a VGW: the site behind it. */
  readonly site?: SiteInfo;
}

/** One direction of an edge, as seen from the vertex it leaves. */
export interface Half {
  readonly edge: Edge;
  readonly from: number;
  readonly to: number;
  /** Element ids between `from` and `to`, in that order. */
  readonly elements: readonly ElementId[];
  /** The same edge the other way. */
  readonly reverse: Half;
  /** The search's memo of the class this arrival has at `to` (see `TransitPolicy.classOf`), as a number of the graph's `StateKeys`. */
  classId?: number;
}

export interface Domain {
  readonly index: number;
  /** The node id reported in paths. */
  readonly id: ElementId;
  readonly kind: DomainKind;
  readonly node: TopologyNode;
  readonly halves: Half[];
}

/** Connected components of the graph without its end domains, and the components each end domain touches. */
export interface EndFreeComponents {
  /** Each domain's component (-1 for an end domain). */
  readonly of: Int32Array;
  /** For each end domain, the components of its neighbours (the internet touches every VPC with a gateway). */
  readonly touchedBy: ReadonlyMap<number, ReadonlySet<number>>;
}

/** The graph of one document; built once and shared by every `reach` on it. */
export interface DomainGraph {
  readonly index: TopologyIndex;
  readonly domains: readonly Domain[];
  /** The vertex of each VPC, on-premises network, hub and site, by node id. */
  readonly byNode: ReadonlyMap<string, number>;
  /** The one vertex standing for every `internet` node, when the document has one. */
  readonly internet: number | undefined;
  /** Recent searches on this graph, by mode, source and origin; the least recently used are dropped (see `search.ts`). */
  readonly searches: Map<string, unknown>;
  /** See `mayBeJoined`; built on first use. */
  components?: EndFreeComponents;
}

const DOMAIN_NODE_KINDS = new Set<string>([
  'vpc', 'on-premises', 'transit-gateway', 'dx-gateway', 'vpn-gateway', 'vpn-connection', 'dx-connection',
]);

class HalfEdge implements Half {
  reverse!: Half;
  classId: number | undefined = undefined;

  constructor(
    readonly edge: Edge,
    readonly from: number,
    readonly to: number,
    readonly elements: readonly ElementId[],
  ) {}
}

class GraphBuilder {
  readonly domains: Domain[] = [];
  readonly byNode = new Map<string, number>();
  internet: number | undefined;

  constructor(readonly index: TopologyIndex) {}

  addDomain(node: TopologyNode, kind: DomainKind): number {
    const domain: Domain = { index: this.domains.length, id: node.id, kind, node, halves: [] };
    this.domains.push(domain);
    this.byNode.set(node.id, domain.index);
    return domain.index;
  }

  addEdge(edge: Omit<Edge, 'ends'>, a: number, b: number): void {
    // Every field set, in one order: edges and halves share one object shape, which keeps the search's property reads fast.
    const full: Edge = {
      kind: edge.kind, ends: [a, b], elements: edge.elements, element: edge.element, blocker: edge.blocker,
      vifType: edge.vifType, siteLink: edge.siteLink, associated: edge.associated, site: edge.site,
    };
    const forward = new HalfEdge(full, a, b, full.elements);
    // Most edges report one element or none: that list reads the same both ways.
    const backward = new HalfEdge(full, b, a, full.elements.length > 1 ? [...full.elements].reverse() : full.elements);
    forward.reverse = backward;
    backward.reverse = forward;
    this.domains[a]!.halves.push(forward);
    this.domains[b]!.halves.push(backward);
  }

  /** The vertex of a node that has one (a VPC, a hub, a site, the internet). */
  at(node: TopologyNode): number {
    return this.byNode.get(node.id)!;
  }

  /** The site vertex of a customer gateway: its on-premises network, or itself at the top level. */
  siteOf(cgw: TopologyNode): number {
    const onPrem = this.index.ancestorOfKind(cgw, 'on-premises');
    if (onPrem) return this.byNode.get(onPrem.id)!;
    return this.byNode.get(cgw.id) ?? this.addDomain(cgw, 'site');
  }

  /** Elements between a site vertex and the connection leaving it: the customer gateway when it is inside the site. */
  siteElements(site: number, cgw: TopologyNode, connection: Connection): ElementId[] {
    return this.domains[site]!.id === cgw.id ? [connection.id] : [cgw.id, connection.id];
  }
}

/** The other end of a connection when one end is `node` and the other is of one of `kinds`. */
function endOfKind(index: TopologyIndex, c: Connection, kinds: readonly string[]): [TopologyNode, TopologyNode] | undefined {
  const s = index.node(c.source);
  const t = index.node(c.target);
  if (!s || !t || s === t) return undefined;
  if (kinds.includes(s.kind) && !kinds.includes(t.kind)) return [s, t];
  if (kinds.includes(t.kind) && !kinds.includes(s.kind)) return [t, s];
  return undefined;
}

function buildGraph(index: TopologyIndex): DomainGraph {
  const g = new GraphBuilder(index);
  for (const node of index.nodes()) {
    if (DOMAIN_NODE_KINDS.has(node.kind)) g.addDomain(node, node.kind as DomainKind);
    else if (node.kind === 'internet' && g.internet === undefined) g.internet = g.addDomain(node, 'internet');
  }
  for (const node of index.nodesOfKind('internet')) g.byNode.set(node.id, g.internet!);
  for (const cgw of index.nodesOfKind('customer-gateway')) g.siteOf(cgw);

  // The customer gateway behind each VPN and DX connection, for CloudHub and for paths.
  const customerGateways = new Map<string, TopologyNode<'customer-gateway'>>();
  for (const c of [...index.connectionsOfKind('vpn-link'), ...index.connectionsOfKind('dx-link')]) {
    const pair = endOfKind(index, c, [c.kind === 'vpn-link' ? 'vpn-connection' : 'dx-connection']);
    if (pair && pair[1].kind === 'customer-gateway' && !customerGateways.has(pair[0].id)) customerGateways.set(pair[0].id, pair[1]);
  }
  const siteInfo = (via: TopologyNode): SiteInfo => {
    const cgw = customerGateways.get(via.id);
    const routing = via.kind === 'vpn-connection' ? index.props(via).routing : 'bgp';
    const asn = cgw ? index.props(cgw).asn : undefined;
    return { routing, via, ...(asn !== undefined ? { asn } : {}), ...(cgw ? { customerGateway: cgw } : {}) };
  };

  // The NAT gateways of each subnet in document order, and the VPCs that hold any: one pass over
  // the NAT gateways rather than asking each of (tens of thousands of) subnets for its children.
  const natsBySubnet = new Map<string, TopologyNode<'nat-gateway'>[]>();
  const vpcsWithNats = new Set<string | undefined>();
  for (const nat of index.nodesOfKind('nat-gateway')) {
    if (nat.parent === undefined) continue;
    const list = natsBySubnet.get(nat.parent);
    if (list) list.push(nat);
    else natsBySubnet.set(nat.parent, [nat]);
    vpcsWithNats.add(index.node(nat.parent)?.parent);
  }

  for (const vpc of index.nodesOfKind('vpc')) {
    const v = g.at(vpc);
    const igws: TopologyNode[] = [];
    const eigws: TopologyNode[] = [];
    const subnets: TopologyNode[] = [];
    for (const child of index.childrenOf(vpc.id)) {
      if (child.kind === 'vpn-gateway') g.addEdge({ kind: 'vgw-attachment', elements: [], element: child }, v, g.at(child));
      else if (child.kind === 'internet-gateway') igws.push(child);
      else if (child.kind === 'egress-only-internet-gateway') eigws.push(child);
      else if (child.kind === 'subnet') subnets.push(child);
    }
    if (g.internet === undefined) continue;
    for (const igw of igws) g.addEdge({ kind: 'igw', elements: [igw.id], element: igw }, v, g.internet);
    for (const eigw of eigws) g.addEdge({ kind: 'eigw', elements: [eigw.id], element: eigw }, v, g.internet);
    if (!vpcsWithNats.has(vpc.id)) continue;
    for (const subnet of subnets) {
      const nats = natsBySubnet.get(subnet.id);
      if (!nats) continue;
      for (const nat of nats) {
        if (index.props(nat).connectivity !== 'public') continue;
        // The same predicate as the `nat-public-placement` rule, so reach and validation agree.
        const problem = natPlacementProblems(index, nat)[0];
        if (!problem) {
          g.addEdge({ kind: 'nat', elements: igws[0] ? [nat.id, igws[0].id] : [nat.id], element: nat }, v, g.internet);
          continue;
        }
        const blocker: Blocker = { rule: problem.rule, subjects: problem.subjects, message: problem.message };
        g.addEdge({ kind: 'nat-unusable', elements: [nat.id], element: nat, blocker }, v, g.internet);
      }
    }
  }

  for (const c of index.connections()) addConnection(g, c, siteInfo);

  return { index, domains: g.domains, byNode: g.byNode, internet: g.internet, searches: new Map(), components: undefined };
}

/** Adds the edge a drawn connection stands for; connections whose ends do not fit are `connection-ends-invalid`'s business. */
function addConnection(g: GraphBuilder, c: Connection, siteInfo: (via: TopologyNode) => SiteInfo): void {
  const index = g.index;
  switch (c.kind) {
    case 'vpc-peering': {
      const a = index.node(c.source);
      const b = index.node(c.target);
      if (a?.kind !== 'vpc' || b?.kind !== 'vpc' || a === b) return;
      const overlap = peeringOverlap(index, c);
      const blocker = overlap && { rule: overlap.rule, subjects: overlap.subjects, message: overlap.message };
      g.addEdge({ kind: 'peering', elements: [c.id], element: c, ...(blocker ? { blocker } : {}) }, g.at(a), g.at(b));
      return;
    }
    case 'tgw-attachment': {
      const pair = endOfKind(index, c, ['vpc']);
      if (pair?.[1].kind !== 'transit-gateway') return;
      g.addEdge({ kind: 'tgw-attachment', elements: [c.id], element: c }, g.at(pair[0]), g.at(pair[1]));
      return;
    }
    case 'tgw-peering': {
      const a = index.node(c.source);
      const b = index.node(c.target);
      if (a?.kind !== 'transit-gateway' || b?.kind !== 'transit-gateway' || a === b) return;
      g.addEdge({ kind: 'tgw-peering', elements: [c.id], element: c }, g.at(a), g.at(b));
      return;
    }
    case 'vpn-link': {
      const pair = endOfKind(index, c, ['vpn-connection']);
      if (!pair) return;
      const [vpn, other] = pair;
      if (other.kind === 'customer-gateway') {
        const site = g.siteOf(other);
        g.addEdge({ kind: 'vpn-customer', elements: g.siteElements(site, other, c), element: c }, site, g.at(vpn));
      } else if (other.kind === 'vpn-gateway' || other.kind === 'transit-gateway') {
        const site = other.kind === 'vpn-gateway' ? siteInfo(vpn) : undefined;
        g.addEdge({ kind: 'vpn-aws', elements: [c.id], element: c, ...(site ? { site } : {}) }, g.at(vpn), g.at(other));
      }
      return;
    }
    case 'dx-link': {
      const pair = endOfKind(index, c, ['dx-connection']);
      if (pair?.[1].kind !== 'customer-gateway') return;
      const site = g.siteOf(pair[1]);
      g.addEdge({ kind: 'dx-link', elements: g.siteElements(site, pair[1], c), element: c }, site, g.at(pair[0]));
      return;
    }
    case 'vif': {
      const pair = endOfKind(index, c, ['dx-connection']);
      if (!pair) return;
      const [dx, end] = pair;
      if (end.kind !== 'vpn-gateway' && end.kind !== 'dx-gateway' && end.kind !== 'internet') return;
      const { type, siteLink } = index.connectionProps(c);
      const fits = type === 'public' ? end.kind === 'internet' : type === 'private' ? end.kind !== 'internet' : end.kind === 'dx-gateway';
      const kind = !fits ? 'vif-invalid' : type === 'public' ? 'public-vif' : 'vif';
      const blocker: Blocker | undefined = fits
        ? undefined
        : {
            rule: 'vif-target',
            subjects: [c.id, dx.id, end.id],
            message: `${index.connectionLabel(c)} is a ${type} virtual interface, which cannot reach ${end.kind === 'internet' ? 'the internet' : index.label(end)}: ${
              type === 'public' ? 'a public VIF reaches AWS public endpoints, never a VPC' : type === 'private' ? 'a private VIF ends on a VGW or a Direct Connect gateway' : 'a transit VIF ends on a Direct Connect gateway'
            }.`,
          };
      const site = end.kind === 'vpn-gateway' ? siteInfo(dx) : undefined;
      g.addEdge(
        { kind, elements: [c.id], element: c, vifType: type, siteLink, ...(blocker ? { blocker } : {}), ...(site ? { site } : {}) },
        g.at(dx),
        g.at(end),
      );
      return;
    }
    case 'dxgw-association': {
      const pair = endOfKind(index, c, ['dx-gateway']);
      if (pair?.[1].kind !== 'vpn-gateway' && pair?.[1].kind !== 'transit-gateway') return;
      g.addEdge({ kind: 'dxgw-association', elements: [c.id], element: c, associated: pair[1].kind }, g.at(pair[0]), g.at(pair[1]));
      return;
    }
    default:
      // `privatelink` is one-way service access and `flow` is an intent: neither is a path.
      return;
  }
}

const graphs = new WeakMap<object, DomainGraph>();

/** The domain graph of the document an index answers for, built once per document object. */
export function graphOf(index: TopologyIndex): DomainGraph {
  let graph = graphs.get(index.doc);
  if (!graph || graph.index !== index) {
    graph = buildGraph(index);
    graphs.set(index.doc, graph);
  }
  return graph;
}
