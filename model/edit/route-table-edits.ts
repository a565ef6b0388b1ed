/**
 * Pure edits of route tables (routing.md): each takes a document and returns a new one, like the
 * commands of `commands.ts`, so that every edit the inspector makes is one document in the
 * history. Table objects keep every field they carry (unknown ones, `origin`, `tags`); only the
 * field an edit is about changes. Whether the result is valid is `validate`'s business.
 */
import type { TopologyDocument, TopologyNode } from '../document/types';
import type { Route, TgwRouteTable, VpcRouteTable } from '../kinds/route-tables';
import { updateNodeProps } from './commands';
import { usedIds } from './ids';

type AnyTable = VpcRouteTable | TgwRouteTable;

function ownerOf(doc: TopologyDocument, ownerId: string): TopologyNode | undefined {
  const node = doc.nodes.find((n) => n.id === ownerId);
  return node?.kind === 'vpc' || node?.kind === 'transit-gateway' ? node : undefined;
}

function tablesOf(node: TopologyNode): AnyTable[] {
  const list = (node.props as { routeTables?: unknown } | undefined)?.routeTables;
  return Array.isArray(list) ? (list as AnyTable[]) : [];
}

/** The document with `ownerId`'s tables replaced by `change(tables)`; an empty list removes the prop (implicitly routed again). */
function withTables(doc: TopologyDocument, ownerId: string, change: (tables: AnyTable[]) => AnyTable[]): TopologyDocument {
  const owner = ownerOf(doc, ownerId);
  if (!owner) return doc;
  const next = change(tablesOf(owner));
  return updateNodeProps(doc, ownerId, { routeTables: next.length > 0 ? next : undefined });
}

/** Applies `change` to one table of `ownerId`; the document is unchanged when the table is not there. */
function withTable(doc: TopologyDocument, ownerId: string, tableId: string, change: (table: AnyTable) => AnyTable): TopologyDocument {
  const owner = ownerOf(doc, ownerId);
  if (!owner || !tablesOf(owner).some((t) => t.id === tableId)) return doc;
  return withTables(doc, ownerId, (tables) => tables.map((t) => (t.id === tableId ? change(t) : t)));
}

/** Every id in use, route tables included (nodes, connections and tables share one id space). */
function takenIds(doc: TopologyDocument): Set<string> {
  const taken = usedIds(doc);
  for (const node of doc.nodes) for (const table of tablesOf(node)) taken.add(table.id);
  return taken;
}

function freshTableId(doc: TopologyDocument, prefix: string): string {
  const taken = takenIds(doc);
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

const without = <T>(list: readonly T[] | undefined, item: T): T[] => (list ?? []).filter((x) => x !== item);
const withItem = <T>(list: readonly T[] | undefined, item: T): T[] => ((list ?? []).includes(item) ? [...(list ?? [])] : [...(list ?? []), item]);

/** A new document and the id of the table it created. */
export interface TableEditResult {
  doc: TopologyDocument;
  id: string;
}

/**
 * Adds a route table to a VPC. The VPC's first table is its main table (AWS creates the main table
 * with the VPC); later ones start empty and serve the subnets associated with them.
 */
export function addVpcRouteTable(doc: TopologyDocument, vpcId: string, name?: string): TableEditResult {
  const vpc = ownerOf(doc, vpcId);
  if (vpc?.kind !== 'vpc') return { doc, id: '' };
  const first = tablesOf(vpc).length === 0;
  const id = freshTableId(doc, 'rtb');
  const table: VpcRouteTable = { id, name: name ?? (first ? 'main' : `table ${tablesOf(vpc).length + 1}`), ...(first ? { main: true } : {}), routes: [] };
  return { doc: withTables(doc, vpcId, (tables) => [...tables, table]), id };
}

/**
 * Adds a route table to a transit gateway. An implicitly routed gateway behaves as one default
 * table associated with and propagated from every attachment, so its first table is exactly that
 * (AWS's default route table), written out: the gateway routes as before until it is edited.
 * Peering attachments are associated but never propagated (AWS allows static routes only).
 * Later tables start empty.
 */
export function addTgwRouteTable(doc: TopologyDocument, tgwId: string, attachments: ReadonlyArray<{ id: string; propagates: boolean }>): TableEditResult {
  const tgw = ownerOf(doc, tgwId);
  if (tgw?.kind !== 'transit-gateway') return { doc, id: '' };
  const first = tablesOf(tgw).length === 0;
  const id = freshTableId(doc, 'tgw-rtb');
  const table: TgwRouteTable = first
    ? { id, name: 'default', associations: attachments.map((a) => a.id), propagations: attachments.filter((a) => a.propagates).map((a) => a.id), routes: [] }
    : { id, name: `table ${tablesOf(tgw).length + 1}`, associations: [], propagations: [], routes: [] };
  return { doc: withTables(doc, tgwId, (tables) => [...tables, table]), id };
}

/**
 * Removes a route table. Subnets associated with a VPC table fall back on the main table and
 * gateway endpoints forget it; removing a VPC's or gateway's last table leaves it implicitly routed.
 */
export function removeRouteTable(doc: TopologyDocument, ownerId: string, tableId: string): TopologyDocument {
  const owner = ownerOf(doc, ownerId);
  if (!owner || !tablesOf(owner).some((t) => t.id === tableId)) return doc;
  let next = withTables(doc, ownerId, (tables) => tables.filter((t) => t.id !== tableId));
  if (owner.kind !== 'vpc') return next;
  for (const node of next.nodes) {
    const props = node.props as Record<string, unknown> | undefined;
    if (node.kind === 'subnet' && props?.routeTable === tableId) next = updateNodeProps(next, node.id, { routeTable: undefined });
    if (node.kind === 'vpc-endpoint' && Array.isArray(props?.routeTables) && props.routeTables.includes(tableId)) {
      next = updateNodeProps(next, node.id, { routeTables: without(props.routeTables as string[], tableId) });
    }
  }
  return next;
}

/** Names a route table; a blank name removes it (the id is shown instead). */
export function renameRouteTable(doc: TopologyDocument, ownerId: string, tableId: string, typed: string): TopologyDocument {
  return withTable(doc, ownerId, tableId, (table) => {
    const next = { ...table };
    if (typed.trim() === '') delete next.name;
    else next.name = typed;
    return next;
  });
}

/** Makes one table of a VPC its main table, and every other one not main. */
export function setMainRouteTable(doc: TopologyDocument, vpcId: string, tableId: string): TopologyDocument {
  const vpc = ownerOf(doc, vpcId);
  if (vpc?.kind !== 'vpc' || !tablesOf(vpc).some((t) => t.id === tableId)) return doc;
  return withTables(doc, vpcId, (tables) =>
    tables.map((t) => {
      if (t.id === tableId) return t.main === true ? t : { ...t, main: true };
      if (!('main' in t)) return t;
      const rest = { ...t };
      delete rest.main;
      return rest;
    }),
  );
}

/** Adds a static route at the end of a table. */
export function addRoute(doc: TopologyDocument, ownerId: string, tableId: string, route: Route): TopologyDocument {
  return withTable(doc, ownerId, tableId, (table) => ({ ...table, routes: [...(Array.isArray(table.routes) ? table.routes : []), { ...route }] }));
}

/** Removes the static route at `position` in a table's `routes` (by position: a table may hold two routes to one destination). */
export function removeRoute(doc: TopologyDocument, ownerId: string, tableId: string, position: number): TopologyDocument {
  return withTable(doc, ownerId, tableId, (table) => {
    const routes = Array.isArray(table.routes) ? table.routes : [];
    if (position < 0 || position >= routes.length) return table;
    return { ...table, routes: routes.filter((_, i) => i !== position) };
  });
}

/** Turns the propagation of a VGW's routes into a VPC table on or off. */
export function setVgwPropagation(doc: TopologyDocument, vpcId: string, tableId: string, vgwId: string, on: boolean): TopologyDocument {
  return withTable(doc, vpcId, tableId, (table) => {
    const current = (table as VpcRouteTable).propagate;
    const propagate = on ? withItem(current, vgwId) : without(current, vgwId);
    if (propagate.length === 0) {
      const rest = { ...table } as VpcRouteTable;
      delete rest.propagate;
      return rest;
    }
    return { ...table, propagate };
  });
}

/**
 * Associates a transit gateway attachment with one table (AWS allows one per attachment), taking
 * it out of every other table of the gateway; `tableId` undefined leaves it unassociated.
 */
export function setTgwAssociation(doc: TopologyDocument, tgwId: string, attachmentId: string, tableId: string | undefined): TopologyDocument {
  const tgw = ownerOf(doc, tgwId);
  if (tgw?.kind !== 'transit-gateway') return doc;
  return withTables(doc, tgwId, (tables) =>
    tables.map((t) => {
      const table = t as TgwRouteTable;
      const has = (table.associations ?? []).includes(attachmentId);
      if (t.id === tableId) return has ? t : { ...t, associations: withItem(table.associations, attachmentId) };
      return has ? { ...t, associations: without(table.associations, attachmentId) } : t;
    }),
  );
}

/** Turns the propagation of an attachment's routes into a transit gateway table on or off. */
export function setTgwPropagation(doc: TopologyDocument, tgwId: string, tableId: string, attachmentId: string, on: boolean): TopologyDocument {
  return withTable(doc, tgwId, tableId, (table) => {
    const current = (table as TgwRouteTable).propagations;
    return { ...table, propagations: on ? withItem(current, attachmentId) : without(current, attachmentId) };
  });
}
