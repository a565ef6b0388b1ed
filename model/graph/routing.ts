/**
 * What the routing rules read about a document's route tables (routing.md), gathered once per
 * index: which VPCs and transit gateways are explicitly routed, every table by id, each
 * gateway's attachments, each subnet's table. A document of thousands of VPCs is walked once,
 * and each rule then looks tables up by id instead of searching for them.
 */
import { parseCidr, type CidrBlock } from '../cidr/cidr';
import type { Connection, TopologyNode } from '../document/types';
import { CONNECTION_KINDS, type ConnectionKind } from '../kinds/connection-kinds';
import { BLACKHOLE, type Route, type TgwRouteTable, type VpcRouteTable } from '../kinds/route-tables';
import type { TopologyIndex } from './topology-index';

/** A VPC with at least one route table. */
export interface RoutedVpc {
  vpc: TopologyNode<'vpc'>;
  tables: readonly VpcRouteTable[];
  /** The tables marked `main`; subnets fall back on the main table only when there is exactly one. */
  mains: readonly VpcRouteTable[];
}

/** A transit gateway with at least one route table. */
export interface RoutedTgw {
  tgw: TopologyNode<'transit-gateway'>;
  tables: readonly TgwRouteTable[];
}

/** A route table and the VPC or transit gateway that holds it. */
export type OwnedRouteTable =
  | { owner: 'vpc'; node: TopologyNode<'vpc'>; table: VpcRouteTable }
  | { owner: 'tgw'; node: TopologyNode<'transit-gateway'>; table: TgwRouteTable };

/** The routing view of one document. */
export interface Routing {
  /** Explicitly routed VPCs, in document order. */
  vpcs: readonly RoutedVpc[];
  /** Explicitly routed transit gateways, in document order. */
  tgws: readonly RoutedTgw[];
  /** Every route table of the document by id (ids are unique across the document). */
  tables: ReadonlyMap<string, OwnedRouteTable>;
  /** The routed view of a VPC, or undefined when it is implicitly routed. */
  routedVpc(vpc: TopologyNode): RoutedVpc | undefined;
  /** The routed view of a transit gateway, or undefined when it is implicitly routed. */
  routedTgw(tgw: TopologyNode): RoutedTgw | undefined;
}

function build(index: TopologyIndex): Routing {
  const vpcs: RoutedVpc[] = [];
  const tgws: RoutedTgw[] = [];
  const tables = new Map<string, OwnedRouteTable>();
  const vpcById = new Map<string, RoutedVpc>();
  const tgwById = new Map<string, RoutedTgw>();
  for (const vpc of index.nodesOfKind('vpc')) {
    const list = index.props(vpc).routeTables;
    if (!Array.isArray(list) || list.length === 0) continue;
    const routed: RoutedVpc = { vpc, tables: list, mains: list.filter((t) => t.main === true) };
    vpcs.push(routed);
    vpcById.set(vpc.id, routed);
    for (const table of list) tables.set(table.id, { owner: 'vpc', node: vpc, table });
  }
  for (const tgw of index.nodesOfKind('transit-gateway')) {
    const list = index.props(tgw).routeTables;
    if (!Array.isArray(list) || list.length === 0) continue;
    const routed: RoutedTgw = { tgw, tables: list };
    tgws.push(routed);
    tgwById.set(tgw.id, routed);
    for (const table of list) tables.set(table.id, { owner: 'tgw', node: tgw, table });
  }
  return {
    vpcs,
    tgws,
    tables,
    routedVpc: (vpc) => vpcById.get(vpc.id),
    routedTgw: (tgw) => tgwById.get(tgw.id),
  };
}

const views = new WeakMap<TopologyIndex, Routing>();

/** The routing view of the document an index answers for, built on first use and kept per index. */
export function routingOf(index: TopologyIndex): Routing {
  let view = views.get(index);
  if (!view) {
    view = build(index);
    views.set(index, view);
  }
  return view;
}

/** The connection kinds that are attachments of a transit gateway (routing.md, "Transit gateway route tables"). */
export const TGW_ATTACHMENT_KINDS: ReadonlySet<ConnectionKind> = new Set<ConnectionKind>(['tgw-attachment', 'vpn-link', 'dxgw-association', 'tgw-peering']);

/** True when the connection is an attachment of the transit gateway: one of the attachment kinds, ending on it and on something else. */
export function isAttachmentOf(connection: Connection, tgw: TopologyNode): boolean {
  if (!TGW_ATTACHMENT_KINDS.has(connection.kind)) return false;
  return (connection.source === tgw.id) !== (connection.target === tgw.id);
}

/** The attachments of a transit gateway by id, in document order. */
export function tgwAttachments(index: TopologyIndex, tgw: TopologyNode): Map<string, Connection> {
  const attachments = new Map<string, Connection>();
  for (const connection of index.connectionsOf(tgw.id)) if (isAttachmentOf(connection, tgw)) attachments.set(connection.id, connection);
  return attachments;
}

/** The subnet's route table: its explicit association, else its VPC's main table (undefined when neither resolves). */
export function subnetRouteTable(index: TopologyIndex, subnet: TopologyNode<'subnet'>): { table: VpcRouteTable; explicit: boolean } | undefined {
  const vpc = index.parentOf(subnet);
  const routed = vpc && routingOf(index).routedVpc(vpc);
  if (!routed) return undefined;
  const ref = index.props(subnet).routeTable;
  if (ref !== undefined) {
    const entry = routingOf(index).tables.get(ref);
    return entry?.owner === 'vpc' && entry.node === routed.vpc ? { table: entry.table, explicit: true } : undefined;
  }
  return routed.mains.length === 1 ? { table: routed.mains[0]!, explicit: false } : undefined;
}

/** A route's destination block, or undefined when it is not a CIDR (`route-destination-invalid`). */
export function routeDestination(route: Route): CidrBlock | undefined {
  const parsed = parseCidr(route.destination);
  return parsed.ok ? parsed.block : undefined;
}

/** How a finding names a route table: `route table private`, or its id when it has no name. */
export function routeTableLabel(table: { id: string; name?: string }): string {
  return `route table ${table.name?.trim() || table.id}`;
}

/** How a finding names a connection: its kind's label and its name or id, e.g. `Transit gateway attachment att-dev`. */
export function connectionLabel(connection: Connection): string {
  return `${CONNECTION_KINDS[connection.kind].label} ${connection.name?.trim() || connection.id}`;
}

/** How a finding names a route's target: the node or connection it names, `blackhole`, or the text in quotes. */
export function targetLabel(index: TopologyIndex, target: string): string {
  const node = index.node(target);
  if (node) return index.label(node);
  const connection = index.connection(target);
  if (connection) return connectionLabel(connection);
  return target === BLACKHOLE ? 'blackhole' : JSON.stringify(target);
}

/** A route as a finding quotes it: `10.0.0.0/8 → Transit gateway hub`. */
export function routeText(index: TopologyIndex, route: Route): string {
  return `${route.destination} → ${targetLabel(index, route.target)}`;
}

/** The id of the node or connection a route targets, for a finding's subjects (undefined for blackholes and ids that name nothing). */
export function targetElementId(index: TopologyIndex, target: string): string | undefined {
  return index.node(target) || index.connection(target) ? target : undefined;
}

/** The routes of a table, or none. */
export const routesOf = (table: { routes?: Route[] }): readonly Route[] => (Array.isArray(table.routes) ? table.routes : []);

/** What AWS calls each kind of transit gateway attachment. */
const ATTACHMENT_WORDS: Partial<Record<ConnectionKind, string>> = {
  'tgw-attachment': 'VPC attachment',
  'vpn-link': 'VPN attachment',
  'dxgw-association': 'Direct Connect gateway attachment',
  'tgw-peering': 'Peering attachment',
};

/** How a finding names a transit gateway's attachment, as AWS does, with what it attaches: `VPC attachment att-dev (VPC dev)`. */
export function attachmentLabel(index: TopologyIndex, tgw: TopologyNode, attachment: Connection): string {
  const words = ATTACHMENT_WORDS[attachment.kind];
  const label = words ? `${words} ${attachment.name?.trim() || attachment.id}` : connectionLabel(attachment);
  const other = index.node(attachment.source === tgw.id ? attachment.target : attachment.source);
  return other ? `${label} (${index.label(other)})` : label;
}

/** Capitalises a label that opens a sentence (`Route table private of VPC dev …`). */
export const sentence = (text: string): string => (text ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text);

/** One static route of one table, read once: its parsed destination and what its target names. */
export interface RouteFact {
  owner: OwnedRouteTable;
  route: Route;
  /** Undefined when the destination is not a CIDR. */
  destination: CidrBlock | undefined;
  /** The node the target names, if any. */
  targetNode: TopologyNode | undefined;
  /** The connection the target names, if any (ids are unique: never both). */
  targetConnection: Connection | undefined;
}

/** Every route of the document's tables, read once and shared by the routing rules. */
export interface RouteFacts {
  /** Routes of VPC tables, table by table in document order. */
  vpcRoutes: readonly RouteFact[];
  /** Routes of transit gateway tables, table by table in document order. */
  tgwRoutes: readonly RouteFact[];
  /** The VPC routes whose target is an instance (an appliance). */
  toInstances: readonly RouteFact[];
  /** Each VPC table's default routes to an internet gateway: the gateway's id by family. */
  defaultToIgw: ReadonlyMap<VpcRouteTable, { 4?: string; 6?: string }>;
}

function readRoutes(index: TopologyIndex): RouteFacts {
  const routing = routingOf(index);
  const vpcRoutes: RouteFact[] = [];
  const tgwRoutes: RouteFact[] = [];
  const toInstances: RouteFact[] = [];
  const defaultToIgw = new Map<VpcRouteTable, { 4?: string; 6?: string }>();
  const read = (owner: OwnedRouteTable, into: RouteFact[]) => {
    for (const route of routesOf(owner.table)) {
      const targetNode = index.node(route.target);
      const fact: RouteFact = { owner, route, destination: routeDestination(route), targetNode, targetConnection: targetNode ? undefined : index.connection(route.target) };
      into.push(fact);
      if (owner.owner !== 'vpc') continue;
      if (targetNode?.kind === 'instance') toInstances.push(fact);
      if (targetNode?.kind === 'internet-gateway' && fact.destination?.prefix === 0) {
        const entry = defaultToIgw.get(owner.table) ?? {};
        entry[fact.destination.family] ??= targetNode.id;
        defaultToIgw.set(owner.table, entry);
      }
    }
  };
  for (const { vpc, tables } of routing.vpcs) for (const table of tables) read({ owner: 'vpc', node: vpc, table }, vpcRoutes);
  for (const { tgw, tables } of routing.tgws) for (const table of tables) read({ owner: 'tgw', node: tgw, table }, tgwRoutes);
  return { vpcRoutes, tgwRoutes, toInstances, defaultToIgw };
}

const facts = new WeakMap<TopologyIndex, RouteFacts>();

/** The routes of the document an index answers for, read on first use and kept per index. */
export function routeFactsOf(index: TopologyIndex): RouteFacts {
  let read = facts.get(index);
  if (!read) {
    read = readRoutes(index);
    facts.set(index, read);
  }
  return read;
}
