/**
 * The public contract of the auto-layout: what the editor and the command line pass in and get back.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { ConnectionId, NodeId, Position, Size, TopologyDocument } from '../document/types';

/**
 * Anything with ELK's `layout(graph)`: `new ELK()` from `elkjs/lib/elk.bundled.js` in Node, or an
 * `elkjs/lib/elk-api` instance running in a web worker in the browser. Injected so that this module
 * never loads a runner itself (the bundled one is 1.5 MB and blocks the page's main thread).
 */
export interface ElkRunner {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * What to lay out:
 * - `all`: every node; the whole diagram is rebuilt.
 * - `selection`: the listed nodes (with everything inside them) are laid out again and placed as a
 *   block in their parent where the selection was, or below the other children when that spot is
 *   taken; every other node keeps its position, and the parents grow to hold the block.
 * - `container`: only the inside of one container; the container keeps its position, its size
 *   follows its new contents and its ancestors grow to hold it.
 */
export type LayoutScope =
  | { kind: 'all' }
  | { kind: 'selection'; ids: readonly string[] }
  | { kind: 'container'; id: string };

/** Inputs of `layoutDocument` besides the document. */
export interface LayoutRequest {
  /** The ELK runner (see `ElkRunner`). */
  elk: ElkRunner;
  /**
   * Sizes the editor measured, by node id. Used for leaf nodes only (container sizes are computed);
   * a leaf without an entry is `DEFAULT_LEAF_SIZE` (112 × 84: a 64 px icon and two label lines).
   */
  sizes?: ReadonlyMap<string, Size>;
  /** What to lay out; the whole document when absent. */
  scope?: LayoutScope;
  /**
   * Who arranges the top level and the regions: ELK, or the layout's own column placer. When
   * absent, documents of `COLUMNS_FROM_NODES` nodes or more go to the column placer, and `elk` is
   * then never called.
   */
  placer?: 'elk' | 'columns';
}

/** A connection's route as an orthogonal polyline in canvas (absolute) coordinates. */
export interface EdgeRoute {
  /** From the connection's `source` end to its `target` end: start, bends, end. */
  points: Position[];
}

/** What `layoutDocument` returns. */
export interface LayoutResult {
  /**
   * A new document: laid-out nodes have a new `position` (relative to the parent) and containers a
   * new `size`; everything else, unknown fields included, is the input's. Edge-mounted gateways
   * straddle their VPC's border, so their positions may be negative.
   */
  document: TopologyDocument;
  /**
   * Routes of the connections that were laid out, by connection id. A connection without an entry
   * (outside the scope, a self-loop) is drawn the editor's default way. Routes go stale as soon as
   * an end moves: the editor should drop the route of every connection touching a moved node.
   */
  routes: ReadonlyMap<ConnectionId, EdgeRoute>;
  /** Nodes whose position or size this layout decided. */
  laidOut: ReadonlySet<NodeId>;
  /** The rectangle around every top-level node after the layout (including gateways on VPC edges). */
  bounds: { x: number; y: number; width: number; height: number };
}
