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

/** A node as stored: `props` may be partial and may carry keys a newer tool wrote. */
export interface TopologyNode<K extends NodeKind = NodeKind> {
  id: NodeId;
  kind: K;
  name?: string;
  parent?: NodeId;
  props?: Partial<NodePropsByKind[K]> & ElementProvenance & Record<string, unknown>;
  position?: Position;
  size?: Size;
}

export interface Connection<K extends ConnectionKind = ConnectionKind> {
  id: ConnectionId;
  kind: K;
  /** The two ends; order matters only for `flow`. */
  source: NodeId;
  target: NodeId;
  name?: string;
  props?: Partial<ConnectionPropsByKind[K]> & ElementProvenance & Record<string, unknown>;
}

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
