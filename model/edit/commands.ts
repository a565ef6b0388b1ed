/**
 * Pure edit commands: each takes a document and returns a new one, sharing every node and
 * connection it did not change (the editor's undo history keeps whole documents, so sharing is
 * what keeps it small). Commands do the mechanics only; whether AWS allows the result is asked
 * of `canPlace` / `canConnect` before calling them, and reported by `validate` after.
 */
import {
  asConnectionId,
  asNodeId,
  type Connection,
  type NodeId,
  type Position,
  type TopologyDocument,
  type TopologyNode,
} from '../document/types';
import type { ConnectionKind } from '../kinds/connection-kinds';
import type { NodeKind } from '../kinds/node-kinds';
import { cleanName } from '../text/names';
import { absolutePosition, containerHeader, defaultSize, descendantsOf, isContainerKind, isEdgeMounted, sizeOf, snapToEdge } from './geometry';
import { nearestFreeSpot } from './free-spot';
import { growContainers, withNodes } from './grow';
import { freshConnectionId, freshNodeId, usedIds } from './ids';
import { proposeAvailabilityZone, proposeSubnetCidr, proposeVpcCidr } from './propose';

/** A command's new document and the ids of the elements it created. */
export interface EditResult {
  doc: TopologyDocument;
  ids: string[];
}

/** Props set to `undefined` in a patch are removed. */
export type PropsPatch = Record<string, unknown>;

export interface AddNodeInput {
  kind: NodeKind;
  /** The container to put it in; undefined for the top level. */
  parentId?: string;
  /** Top-left corner in canvas (absolute) coordinates. */
  at: Position;
  name?: string;
  /** Props to start with; VPCs and subnets get a proposed free block when none is given. */
  props?: Record<string, unknown>;
  /** Use this id instead of a fresh one (tests, scripted documents). */
  id?: string;
}

function nodeById(doc: TopologyDocument, id: string): TopologyNode | undefined {
  return doc.nodes.find((n) => n.id === id);
}

function relativeTo(doc: TopologyDocument, parentId: string | undefined, at: Position): Position {
  if (parentId === undefined) return { ...at };
  const base = absolutePosition(doc, parentId);
  return { x: at.x - base.x, y: at.y - base.y };
}

/**
 * Where a dropped node settles: an attached gateway snaps onto its VPC's edge; any other node
 * moves to the nearest spot where it covers none of its siblings, so a second subnet never lands on the first, nor a customer gateway behind a VPC.
 */
function settle(doc: TopologyDocument, node: TopologyNode): TopologyNode {
  const parent = node.parent === undefined ? undefined : nodeById(doc, node.parent);
  if (!node.position) return node;
  if (parent && isEdgeMounted(node, parent)) {
    const snapped = snapToEdge(sizeOf(parent), node.position, containerHeader(parent));
    return snapped.x === node.position.x && snapped.y === node.position.y ? node : { ...node, position: snapped };
  }
  const siblings = doc.nodes
    .filter((n) => n.id !== node.id && n.parent === node.parent && n.position)
    .map((n) => ({ ...n.position!, ...sizeOf(n) }));
  // No bounds: a container grows to hold a child dropped past its border (grow.ts).
  const spot = nearestFreeSpot(node.position, sizeOf(node), siblings);
  return spot.x === node.position.x && spot.y === node.position.y ? node : { ...node, position: spot };
}

/** The props a new node of `kind` starts with: a proposed free block for VPCs and subnets. */
function initialProps(doc: TopologyDocument, kind: NodeKind, parentId: string | undefined): Record<string, unknown> | undefined {
  if (kind === 'vpc') {
    const cidr = proposeVpcCidr(doc);
    return { cidrs: cidr ? [cidr] : [] };
  }
  if (kind === 'subnet' && parentId !== undefined) {
    const cidr = proposeSubnetCidr(doc, parentId);
    const az = proposeAvailabilityZone(doc, parentId);
    return { ...(cidr ? { cidr } : {}), ...(az ? { az } : {}) };
  }
  return undefined;
}

/** Adds a node at an absolute position, inside `parentId` when given. */
export function addNode(doc: TopologyDocument, input: AddNodeInput): EditResult {
  const taken = usedIds(doc);
  const id = asNodeId(input.id ?? freshNodeId(input.kind, taken));
  const props = input.props ?? initialProps(doc, input.kind, input.parentId);
  let node: TopologyNode = {
    id,
    kind: input.kind,
    name: input.name ?? id,
    ...(input.parentId !== undefined ? { parent: asNodeId(input.parentId) } : {}),
    ...(props ? { props } : {}),
    position: relativeTo(doc, input.parentId, input.at),
    ...(isContainerKind(input.kind) ? { size: defaultSize(input.kind) } : {}),
  } as TopologyNode;
  const withNode = { ...doc, nodes: [...doc.nodes, node] };
  node = settle(withNode, node);
  const next = { ...doc, nodes: [...doc.nodes, node] };
  return { doc: growContainers(next, [id]), ids: [id] };
}

/** A node's new position, relative to its parent (as React Flow reports it). */
export interface NodeMove {
  id: string;
  position: Position;
}

/** Moves nodes; attached gateways slide along their VPC's edge; containers grow to fit. */
export function moveNodes(doc: TopologyDocument, moves: readonly NodeMove[]): TopologyDocument {
  const updates = new Map<string, TopologyNode>();
  for (const move of moves) {
    const node = nodeById(doc, move.id);
    if (!node) continue;
    const p = node.position;
    if (p && p.x === move.position.x && p.y === move.position.y) continue;
    updates.set(node.id, { ...node, position: { x: move.position.x, y: move.position.y } });
  }
  if (updates.size === 0) return doc;
  let next = withNodes(doc, updates);
  const settled = new Map<string, TopologyNode>();
  for (const node of updates.values()) {
    const s = settle(next, node);
    if (s !== node) settled.set(s.id, s);
  }
  next = withNodes(next, settled);
  return growContainers(next, updates.keys());
}

/**
 * Moves a node into another container (or to the top level), keeping it where it is on the
 * canvas unless `at` (absolute top-left) says where it was dropped. A move into the node's own
 * subtree is ignored.
 */
export function reparentNode(doc: TopologyDocument, id: string, parentId: string | undefined, at?: Position): TopologyDocument {
  const node = nodeById(doc, id);
  if (!node) return doc;
  if (parentId !== undefined && (parentId === id || descendantsOf(doc, [id]).has(parentId as NodeId))) return doc;
  const absolute = at ?? absolutePosition(doc, id);
  const moved: TopologyNode = { ...node, position: relativeTo(doc, parentId, absolute) };
  if (parentId === undefined) delete moved.parent;
  else moved.parent = asNodeId(parentId);
  let next = withNodes(doc, new Map([[id, moved]]));
  const settled = settle(next, moved);
  if (settled !== moved) next = withNodes(next, new Map([[id, settled]]));
  return growContainers(next, [id]);
}

function patchProps(stored: Record<string, unknown> | undefined, patch: PropsPatch): Record<string, unknown> {
  const props: Record<string, unknown> = { ...(stored ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete props[key];
    else props[key] = value;
  }
  return props;
}

/**
 * After a node's words changed (its name, its address blocks): when a leaf grew taller, or a
 * container's title bar, the containers around it grow to keep everything inside and below the
 * title bars. A change that grows nothing leaves the document as it was.
 */
function refit(before: TopologyNode, doc: TopologyDocument): TopologyDocument {
  const after = nodeById(doc, before.id);
  if (!after) return doc;
  if (!isContainerKind(after.kind)) return sizeOf(after).height > sizeOf(before).height ? growContainers(doc, [after.id]) : doc;
  if (containerHeader(after) <= containerHeader(before)) return doc;
  return growContainers(doc, doc.nodes.filter((n) => n.parent === after.id).map((n) => n.id));
}

/**
 * Sets (or, with `undefined`, removes) props of a node. Values are stored as given: a malformed
 * CIDR is kept and reported by validation. Boxes grow for the longer labels (`refit`).
 */
export function updateNodeProps(doc: TopologyDocument, id: string, patch: PropsPatch): TopologyDocument {
  const node = nodeById(doc, id);
  if (!node) return doc;
  return refit(node, withNodes(doc, new Map([[id, { ...node, props: patchProps(node.props, patch) } as TopologyNode]])));
}

function withConnections(doc: TopologyDocument, updates: ReadonlyMap<string, Connection>): TopologyDocument {
  if (updates.size === 0) return doc;
  return { ...doc, connections: doc.connections.map((c) => updates.get(c.id) ?? c) };
}

/** Sets (or removes) props of a connection. */
export function updateConnectionProps(doc: TopologyDocument, id: string, patch: PropsPatch): TopologyDocument {
  const connection = doc.connections.find((c) => c.id === id);
  if (!connection) return doc;
  return withConnections(doc, new Map([[id, { ...connection, props: patchProps(connection.props, patch) } as Connection]]));
}

/**
 * Renames a node or a connection; an empty or blank name removes it (the id is shown instead).
 * Boxes grow for a longer name (`refit`).
 * Control characters become spaces (`cleanName`): the parser refuses them, and what the editor
 * saves must open again.
 */
export function rename(doc: TopologyDocument, id: string, typed: string): TopologyDocument {
  const name = cleanName(typed);
  const apply = <T extends { name?: string }>(element: T): T => {
    const next = { ...element };
    if (name.trim() === '') delete next.name;
    else next.name = name;
    return next;
  };
  const node = nodeById(doc, id);
  if (node) return refit(node, withNodes(doc, new Map([[id, apply(node)]])));
  const connection = doc.connections.find((c) => c.id === id);
  if (connection) return withConnections(doc, new Map([[id, apply(connection)]]));
  return doc;
}

/** Sets the document's title (cleaned as `rename` cleans names). */
export function renameDocument(doc: TopologyDocument, typed: string): TopologyDocument {
  const name = cleanName(typed);
  const next = { ...doc };
  if (name.trim() === '') delete next.name;
  else next.name = name;
  return next;
}

export interface AddConnectionInput {
  kind: ConnectionKind;
  source: string;
  target: string;
  props?: Record<string, unknown>;
  name?: string;
  id?: string;
}

/** Adds a connection between two existing nodes. */
export function addConnection(doc: TopologyDocument, input: AddConnectionInput): EditResult {
  const id = asConnectionId(input.id ?? freshConnectionId(input.kind, usedIds(doc)));
  const connection = {
    id,
    kind: input.kind,
    source: asNodeId(input.source),
    target: asNodeId(input.target),
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.props && Object.keys(input.props).length > 0 ? { props: { ...input.props } } : {}),
  } as Connection;
  return { doc: { ...doc, connections: [...doc.connections, connection] }, ids: [id] };
}

/**
 * Deletes nodes and connections. Deleting a node deletes everything inside it, every connection
 * touching any of them, and drops the deleted subnets from load balancers' subnet lists.
 */
export function deleteElements(doc: TopologyDocument, ids: Iterable<string>): TopologyDocument {
  const wanted = new Set(ids);
  const nodeIds = new Set<string>(doc.nodes.filter((n) => wanted.has(n.id)).map((n) => n.id));
  for (const d of descendantsOf(doc, nodeIds)) nodeIds.add(d);
  const connections = doc.connections.filter((c) => !wanted.has(c.id) && !nodeIds.has(c.source) && !nodeIds.has(c.target));
  if (nodeIds.size === 0 && connections.length === doc.connections.length) return doc;
  const nodes = doc.nodes
    .filter((n) => !nodeIds.has(n.id))
    .map((n) => {
      if (n.kind !== 'load-balancer') return n;
      const subnets = n.props?.subnets;
      if (!Array.isArray(subnets) || !subnets.some((s) => nodeIds.has(s))) return n;
      return { ...n, props: { ...n.props, subnets: subnets.filter((s) => !nodeIds.has(s)) } };
    });
  return { ...doc, nodes, connections };
}
