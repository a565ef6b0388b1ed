/**
 * The document as React Flow nodes and edges. Each flow element is cached against the document
 * element it shows and the few view facts around it (selection, badge, mark, a position being
 * dragged), so an edit or a drag frame rebuilds objects only for what changed: React Flow and the
 * memoised node components then skip everything else.
 */
import type { XYPosition } from '@xyflow/react';
import { indexOf, type Connection, type ConnectionRoute, type TopologyDocument, type TopologyNode } from '../../../model';
import { staticHandles } from './static-handles';
import { depthOf, isContainerKind, isEdgeMounted, nodesById, sizeOf } from '../../../model/edit/geometry';
import { outlineEnd, type InteriorItem, type OutlineEnd, type OutlineView } from '../../../model/edit/outline-view';
import { sameBadge, type Badge } from '../findings/badges';
import type { LaidOutRoute, Mark } from '../../diagram/diagram-types';
import type { ConnectionFlowEdge, TopologyFlowNode } from './flow-types';
import { SOURCE_HANDLE, TARGET_HANDLE } from './flow-types';

/** Nodes with parents after their parents, as React Flow requires; stable within a depth. */
const orderCache = new WeakMap<TopologyDocument, TopologyNode[]>();
export function parentFirst(doc: TopologyDocument): TopologyNode[] {
  let ordered = orderCache.get(doc);
  if (!ordered) {
    ordered = doc.nodes
      .map((node, i) => ({ node, i, depth: depthOf(doc, node.id) }))
      .sort((a, b) => a.depth - b.depth || a.i - b.i)
      .map((e) => e.node);
    orderCache.set(doc, ordered);
  }
  return ordered;
}

interface NodeEntry {
  source: TopologyNode;
  parent: TopologyNode | undefined;
  selected: boolean;
  badge: Badge | undefined;
  mark: Mark;
  dragged: XYPosition | undefined;
  interior: readonly InteriorItem[] | undefined;
  proxy: ProxyRole;
  flow: TopologyFlowNode;
}

type ProxyRole = 'none' | 'target' | 'frame';
const PROXY_CLASS: Record<ProxyRole, string> = { none: '', target: 'vc-proxy vc-proxy-target', frame: 'vc-proxy' };

interface EdgeEntry {
  source: Connection;
  ariaLabel: string;
  selected: boolean;
  badge: Badge | undefined;
  mark: Mark;
  route: LaidOutRoute | undefined;
  segment: string | undefined;
  ends: OutlineEnds | undefined;
  flow: ConnectionFlowEdge;
}

/** Where an edge is drawn from and to at the outline level, when an end lies inside a VPC. */
interface OutlineEnds {
  source: OutlineEnd;
  target: OutlineEnd;
}

const sameEnd = (a: OutlineEnd, b: OutlineEnd) =>
  a.as === b.as && a.offset?.x === b.offset?.x && a.offset?.y === b.offset?.y && a.offset?.width === b.offset?.width && a.offset?.height === b.offset?.height && a.offset?.container === b.offset?.container;
const sameEnds = (a: OutlineEnds | undefined, b: OutlineEnds | undefined) => a === b || (!!a && !!b && sameEnd(a.source, b.source) && sameEnd(a.target, b.target));

export interface ViewFacts {
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  badges: ReadonlyMap<string, Badge>;
  marks: ReadonlyMap<string, Mark>;
  /** Positions (parent-relative) of nodes being dragged. */
  dragged: ReadonlyMap<string, XYPosition> | null;
  /** Containers get resize handles when selected (the editor; not the read-only diagram). */
  resizable?: boolean;
  /** The segmentation class of each transit gateway attachment (edges only; see segment-classes.ts). */
  segments?: ReadonlyMap<string, string>;
  /** Only these nodes, and the edges between them, are drawn (a large network being revealed; see use-reveal.ts). */
  shown?: ReadonlySet<string> | null;
  /** At the outline level: VPCs drawn with their insides as one shape (model/edit/outline-view.ts). */
  outline?: OutlineView | null;
  /**
   * The nodes are invisible stand-ins for shapes the outline picture draws (picture/use-picture.ts),
   * and only `target`'s takes the pointer: the others are there for the keyboard, for dragging a
   * selection, and for placing their children, and would cover the picture's lines.
   */
  proxies?: { target: string | null } | null;
}

/** Builds flow nodes, reusing the previous object of every node whose inputs did not change. */
export class FlowNodeCache {
  private entries = new Map<string, NodeEntry>();
  private last: TopologyFlowNode[] = [];

  build(doc: TopologyDocument, facts: ViewFacts): TopologyFlowNode[] {
    const next = new Map<string, NodeEntry>();
    const byId = nodesById(doc);
    const index = indexOf(doc);
    const out: TopologyFlowNode[] = [];
    const { shown, outline } = facts;
    const proxies = facts.proxies ?? null;
    for (const node of parentFirst(doc)) {
      if (shown && !shown.has(node.id)) continue;
      if (outline && outline.drawnAs.get(node.id) !== node.id) continue;
      // A stand-in is invisible: the picture draws the insides.
      const proxy: ProxyRole = !proxies ? 'none' : proxies.target === node.id ? 'target' : 'frame';
      const interior = proxy !== 'none' ? undefined : outline?.interiors.get(node.id);
      const parent = node.parent === undefined ? undefined : byId.get(node.parent);
      const selected = facts.selectedNodes.has(node.id);
      // Badges are not drawn at the outline level: left out there, the findings of a large
      // network arriving from the validation worker change no node that is drawn.
      const badge = outline ? undefined : facts.badges.get(node.id);
      const mark = facts.marks.get(node.id);
      const dragged = facts.dragged?.get(node.id);
      const old = this.entries.get(node.id);
      let entry: NodeEntry;
      if (
        old &&
        old.source === node &&
        old.parent === parent &&
        old.selected === selected &&
        sameBadge(old.badge, badge) &&
        old.mark === mark &&
        old.dragged === dragged &&
        old.interior === interior &&
        old.proxy === proxy
      ) {
        entry = old;
      } else {
        const size = sizeOf(node);
        const container = isContainerKind(node.kind);
        const onEdge = isEdgeMounted(node, parent);
        const flow: TopologyFlowNode = {
          id: node.id,
          type: container ? 'container' : 'leaf',
          // Kind, full name and blocks: what a screen reader announces and a tooltip shows, however the label is cut.
          ariaLabel: index.describe(node),
          domAttributes: { title: index.describe(node) },
          position: dragged ?? node.position ?? { x: 0, y: 0 },
          data: {
            node,
            onEdge,
            ...(badge ? { badge } : {}),
            ...(mark ? { mark } : {}),
            ...(container && facts.resizable ? { resizable: true } : {}),
            ...(interior ? { interior } : {}),
          },
          width: size.width,
          height: size.height,
          measured: { width: size.width, height: size.height },
          handles: staticHandles(node.kind, size),
          selected,
          ...(parent ? { parentId: parent.id } : {}),
          // Attached gateways straddle the VPC's border and sit above its other contents.
          ...(onEdge ? { zIndex: 1 } : {}),
          ...(container || proxy !== 'none' ? { className: [container ? 'vc-container-node' : '', PROXY_CLASS[proxy]].join(' ').trim() } : {}),
        };
        entry = { source: node, parent, selected, badge, mark, dragged, interior, proxy, flow };
      }
      next.set(node.id, entry);
      out.push(entry.flow);
    }
    this.entries = next;
    return (this.last = sameItems(this.last, out) ? this.last : out);
  }
}

/**
 * True when `next` holds the same objects as `last`, in the same order. The list handed to React
 * Flow is then the one it has: a new list, even of the same objects, makes it take in every node
 * or line again and run every drawn element's store selector (tens of milliseconds on a large
 * network, once per render: a finding arriving, each slice of a reveal).
 */
function sameItems<T>(last: readonly T[], next: readonly T[]): boolean {
  if (last.length !== next.length) return false;
  for (let i = 0; i < next.length; i++) if (last[i] !== next[i]) return false;
  return true;
}

/** The document's saved route as the edge draws it, one object per saved route (so unchanged edges stay cached). */
const savedRoutes = new WeakMap<ConnectionRoute, LaidOutRoute>();
export function savedRoute(connection: Connection): LaidOutRoute | undefined {
  const saved = connection.route;
  if (!saved) return undefined;
  let route = savedRoutes.get(saved);
  if (!route) savedRoutes.set(saved, (route = { points: saved.points, source: saved.sourceRect, target: saved.targetRect }));
  return route;
}

/** Builds flow edges, reusing unchanged ones. */
export class FlowEdgeCache {
  private entries = new Map<string, EdgeEntry>();
  private last: ConnectionFlowEdge[] = [];

  build(doc: TopologyDocument, facts: ViewFacts): ConnectionFlowEdge[] {
    const next = new Map<string, EdgeEntry>();
    const out: ConnectionFlowEdge[] = [];
    const index = indexOf(doc);
    const { shown, outline } = facts;
    for (const connection of doc.connections) {
      let ends: OutlineEnds | undefined;
      if (outline) {
        const source = outlineEnd(outline, connection.source);
        const target = outlineEnd(outline, connection.target);
        // Both ends inside one VPC: a line within a shape a few pixels wide.
        if (source.as === target.as) continue;
        if (source.offset || target.offset) ends = { source, target };
      }
      if (shown && !(shown.has(ends?.source.as ?? connection.source) && shown.has(ends?.target.as ?? connection.target))) continue;
      // The ends' names are part of it, so a renamed node renames its lines for screen readers too.
      const ariaLabel = index.connectionPhrase(connection);
      const selected = facts.selectedEdges.has(connection.id);
      // As on nodes: a line's badge is drawn with its label, only from the reduced level on.
      const badge = outline ? undefined : facts.badges.get(connection.id);
      const mark = facts.marks.get(connection.id);
      const route = savedRoute(connection);
      const segment = facts.segments?.get(connection.id);
      const old = this.entries.get(connection.id);
      let entry: EdgeEntry;
      if (
        old &&
        old.source === connection &&
        old.ariaLabel === ariaLabel &&
        old.selected === selected &&
        sameBadge(old.badge, badge) &&
        old.mark === mark &&
        old.route === route &&
        old.segment === segment &&
        sameEnds(old.ends, ends)
      ) {
        entry = old;
      } else {
        const flow: ConnectionFlowEdge = {
          id: connection.id,
          type: 'connection',
          source: ends?.source.as ?? connection.source,
          target: ends?.target.as ?? connection.target,
          sourceHandle: SOURCE_HANDLE,
          targetHandle: TARGET_HANDLE,
          selected,
          ariaLabel,
          data: {
            connection,
            ...(badge ? { badge } : {}),
            ...(mark ? { mark } : {}),
            ...(route ? { route } : {}),
            ...(segment ? { segment } : {}),
            ...(ends?.source.offset ? { sourceOffset: ends.source.offset } : {}),
            ...(ends?.target.offset ? { targetOffset: ends.target.offset } : {}),
          },
        };
        entry = { source: connection, ariaLabel, selected, badge, mark, route, segment, ends, flow };
      }
      next.set(connection.id, entry);
      out.push(entry.flow);
    }
    this.entries = next;
    return (this.last = sameItems(this.last, out) ? this.last : out);
  }
}
