/**
 * The topology document, version 2 (shared/spec/topology-format.md; routing.md adds route tables
 * and where imported resources came from).
 * These types describe the document as it is stored: props hold only what the file says;
 * defaults are applied when they are read (see `kinds/props.ts`), so a save writes back exactly
 * what was opened. Unknown fields are carried on the objects untouched.
 */
import type { ConnectionKind, ConnectionPropsByKind } from '../kinds/connection-kinds';
import type { NodeKind, NodePropsByKind } from '../kinds/node-kinds';
import type { Origin } from '../kinds/route-tables';

declare const brand: unique symbol;
/** A node's id; unique across nodes and connections of a document. */
export type NodeId = string & { readonly [brand]: 'NodeId' };
/** A connection's id; unique across nodes and connections of a document. */
export type ConnectionId = string & { readonly [brand]: 'ConnectionId' };

/** Marks a string as a node id, for code that builds documents. */
export const asNodeId = (id: string): NodeId => id as NodeId;
/** Marks a string as a connection id, for code that builds documents. */
export const asConnectionId = (id: string): ConnectionId => id as ConnectionId;

/** Top-left corner, relative to the parent when there is one. */
export interface Position {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/** What any node's or connection's props may carry besides its kind's own (version 2). */
export interface ElementProvenance {
  /** The resource it was imported from; comparison matches on `origin.id` first. */
  origin?: Origin;
  tags?: Record<string, string>;
}

/** The props every kind may carry besides its own; a prop spec never uses these names. */
export const PROVENANCE_KEYS: readonly string[] = ['origin', 'tags'];

/** A node of one kind as stored: `props` may be partial and may carry keys a newer tool wrote. */
export interface NodeOfKind<K extends NodeKind> {
  id: NodeId;
  kind: K;
  name?: string;
  parent?: NodeId;
  props?: Partial<NodePropsByKind[K]> & ElementProvenance & Record<string, unknown>;
  position?: Position;
  size?: Size;
}

/**
 * A node as stored. A union over the kinds (or over `K`), so that checking `kind` narrows
 * `props`: after `node.kind === 'vpc'`, `node.props` has a VPC's props.
 */
export type TopologyNode<K extends NodeKind = NodeKind> = { [P in K]: NodeOfKind<P> }[K];

/** A connection of one kind as stored. */
export interface ConnectionOfKind<K extends ConnectionKind> {
  id: ConnectionId;
  kind: K;
  /** The two ends; order matters only for `flow`. */
  source: NodeId;
  target: NodeId;
  name?: string;
  props?: Partial<ConnectionPropsByKind[K]> & ElementProvenance & Record<string, unknown>;
  /** View data: the path the line is drawn along (see `ConnectionRoute`); the validator never reads it. */
  route?: ConnectionRoute;
}

/** A rectangle in canvas (absolute) coordinates. */
export interface CanvasRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * An extension to the shared format (docs/format-notes.md): the orthogonal path a connection is
 * drawn along, in absolute canvas coordinates from the source's border to the target's. It holds
 * only while both ends are where it was computed, so their rectangles are kept with it: once
 * either end has moved or changed size, readers draw the line another way (re-route it, or draw it
 * straight) rather than along a path that now runs through boxes.
 */
export interface ConnectionRoute {
  /** At least two points: the first on the source's border, the last on the target's. */
  points: Position[];
  /** The source's rectangle (absolute) when the route was computed. */
  sourceRect: CanvasRect;
  /** The target's rectangle (absolute) when the route was computed. */
  targetRect: CanvasRect;
}

/** A connection as stored: a union over the kinds (or over `K`), narrowed by checking `kind`. */
export type Connection<K extends ConnectionKind = ConnectionKind> = { [P in K]: ConnectionOfKind<P> }[K];

export const DOCUMENT_FORMAT = 'vpc-canvas';
/** The version this build writes; older versions are migrated forward on load. */
export const CURRENT_VERSION = 2;

export interface TopologyDocument {
  format: typeof DOCUMENT_FORMAT;
  version: number;
  name?: string;
  nodes: TopologyNode[];
  connections: Connection[];
}

/** Any node or connection id; findings and paths mix both. */
export type ElementId = NodeId | ConnectionId;

/** The id a proposed node or connection carries while `canConnect` or `canPlace` checks it. */
export const PROPOSED_ID = '__proposed__';
