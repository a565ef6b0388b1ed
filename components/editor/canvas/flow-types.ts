/** The React Flow node and edge types the canvas renders. */
import type { Edge, Node } from '@xyflow/react';
import type { Connection, TopologyNode } from '../../../model';
import type { EndOffset, InteriorItem } from '../../../model/edit/outline-view';
import type { Badge } from '../findings/badges';
import type { LaidOutRoute, Mark } from '../../diagram/diagram-types';

export interface TopologyNodeData extends Record<string, unknown> {
  node: TopologyNode;
  badge?: Badge;
  mark?: Mark;
  /** For gateways drawn on a VPC's edge. */
  onEdge: boolean;
  /** A container the user may resize (the editor's canvas; never the read-only diagram). */
  resizable?: boolean;
  /** At the outline level, a VPC's insides, drawn as a picture of it (model/edit/outline-view.ts). */
  interior?: readonly InteriorItem[];
}

export interface ConnectionEdgeData extends Record<string, unknown> {
  connection: Connection;
  badge?: Badge;
  mark?: Mark;
  /** The route the last auto-layout gave it; drawn only while its ends have not moved. */
  route?: LaidOutRoute;
  /** For a transit gateway attachment: the class the segmentation view colours it by. */
  segment?: string;
  /**
   * At the outline level, an end inside a VPC is drawn from the VPC (the edge's `source` or
   * `target`); this is the real end's rectangle relative to it.
   */
  sourceOffset?: EndOffset;
  targetOffset?: EndOffset;
}

export type TopologyFlowNode = Node<TopologyNodeData, 'leaf' | 'container'>;
export type ConnectionFlowEdge = Edge<ConnectionEdgeData, 'connection'>;

/** Handle ids: every node has one visible source handle and one target handle covering it. */
export const SOURCE_HANDLE = 's';
export const TARGET_HANDLE = 't';
