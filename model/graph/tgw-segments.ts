/**
 * Which transit gateway route table each attachment is associated with: the segments of a
 * network, as the segmentation view colours them. An implicitly routed gateway has one default
 * table that every attachment is associated with (routing.md); an attachment of an explicitly
 * routed gateway that no table lists is unassociated (its traffic is dropped).
 */
import type { TopologyDocument, TopologyNode } from '../document/types';
import { routingOf, tgwAttachments } from './routing';
import { indexOf, type TopologyIndex } from './topology-index';

/** The table id an implicitly routed gateway's attachments are shown with. */
export const DEFAULT_TABLE = 'default';

/** One table of a gateway, as a legend lists it. */
export interface SegmentTable {
  /** The table's id, or `DEFAULT_TABLE` for an implicitly routed gateway. */
  id: string;
  name: string;
  /** The table's position among its gateway's tables: tables of one gateway never share it. */
  slot: number;
}

/** One transit gateway's segments. */
export interface GatewaySegments {
  tgw: TopologyNode<'transit-gateway'>;
  /** False for an implicitly routed gateway (one default table). */
  explicit: boolean;
  tables: SegmentTable[];
  /** Each attachment id with its associated table, or null when no table lists it. */
  associations: Map<string, SegmentTable | null>;
}

/** What the segmentation view shows: every transit gateway's tables and associations, and each attachment's segment. */
export interface Segmentation {
  gateways: GatewaySegments[];
  /**
   * Each attachment connection's segment: the table it is associated with, or null. A peering is
   * an attachment of both its gateways, associated separately on each: it takes the segment at the
   * gateway that is its `source`.
   */
  byConnection: Map<string, { tgw: string; table: SegmentTable | null }>;
}

function gatewaySegments(index: TopologyIndex, tgw: TopologyNode<'transit-gateway'>): GatewaySegments {
  const routed = routingOf(index).routedTgw(tgw);
  const attachments = tgwAttachments(index, tgw);
  const associations = new Map<string, SegmentTable | null>();
  if (!routed) {
    const table: SegmentTable = { id: DEFAULT_TABLE, name: 'default table', slot: 0 };
    for (const id of attachments.keys()) associations.set(id, table);
    return { tgw, explicit: false, tables: [table], associations };
  }
  const tables = routed.tables.map((t, slot): SegmentTable => ({ id: t.id, name: t.name?.trim() || t.id, slot }));
  for (const id of attachments.keys()) {
    // An attachment listed by two tables (`tgw-association-multiple`) is shown with the first.
    const at = routed.tables.findIndex((t) => Array.isArray(t.associations) && t.associations.includes(id));
    associations.set(id, at < 0 ? null : tables[at]!);
  }
  return { tgw, explicit: true, tables, associations };
}

/** The segments of every transit gateway of the document, in document order. */
export function segmentationOf(doc: TopologyDocument): Segmentation {
  const index = indexOf(doc);
  const gateways = index.nodesOfKind('transit-gateway').map((tgw) => gatewaySegments(index, tgw));
  const byConnection = new Map<string, { tgw: string; table: SegmentTable | null }>();
  for (const gateway of gateways) {
    for (const [id, table] of gateway.associations) {
      const connection = index.connection(id)!;
      const seen = byConnection.get(id);
      if (!seen || connection.source === gateway.tgw.id) byConnection.set(id, { tgw: gateway.tgw.id, table });
    }
  }
  return { gateways, byConnection };
}
