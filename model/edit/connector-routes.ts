/**
 * Connections' saved routes (the document's `route` view data) and routing them around boxes.
 * A saved route is drawn only while both ends' rectangles are those it was computed for; an edit
 * that moves or resizes an end re-routes its connections here, in the same document change, so
 * that the move and the new routes are one undo step.
 */
import type { CanvasRect, Connection, ConnectionRoute, Position, TopologyDocument, TopologyNode } from '../document/types';
import { absoluteRect, connectionEnds, CONTAINER_HEADER, isContainerKind, LEAF_ICON_CENTER_Y, nodesById, type Rect } from './geometry';
import { crossesBox, routeOrthogonal, simplifyPolyline, type Port } from './orthogonal-router';

/** How far a rectangle may be from the one a route was computed for and still count as the same. */
const SLACK = 0.5;
/** Half the side of a leaf's icon, where its lines attach. */
const ICON_HALF = 24;

const sameRect = (a: CanvasRect, b: CanvasRect) =>
  Math.abs(a.x - b.x) <= SLACK && Math.abs(a.y - b.y) <= SLACK && Math.abs(a.width - b.width) <= SLACK && Math.abs(a.height - b.height) <= SLACK;

/** Coordinates kept to a tenth of a pixel: routes stay short in files and share links, well inside `SLACK`. */
const tenth = (v: number) => Math.round(v * 10) / 10;
const roundRect = (r: Rect): CanvasRect => ({ x: tenth(r.x), y: tenth(r.y), width: tenth(r.width), height: tenth(r.height) });

/** The saved route's points when both ends are still where it was computed, else undefined. */
export function freshRoute(doc: TopologyDocument, connection: Connection): readonly Position[] | undefined {
  const route = connection.route;
  if (!route) return undefined;
  const ends = connectionEnds(doc, connection);
  if (!ends || !sameRect(route.sourceRect, ends.sourceRect) || !sameRect(route.targetRect, ends.targetRect)) return undefined;
  return route.points;
}

/** A route for `connection` through `points`, stamped with its ends' rectangles in `doc`. */
export function routeFor(doc: TopologyDocument, connection: Connection, points: readonly Position[]): ConnectionRoute | undefined {
  const ends = connectionEnds(doc, connection);
  if (!ends || points.length < 2) return undefined;
  return { points: simplifyPolyline(points.map((p) => ({ x: tenth(p.x), y: tenth(p.y) }))), sourceRect: roundRect(ends.sourceRect), targetRect: roundRect(ends.targetRect) };
}

function sameRoute(a: ConnectionRoute | undefined, b: ConnectionRoute | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.points.length !== b.points.length || !sameRect(a.sourceRect, b.sourceRect) || !sameRect(a.targetRect, b.targetRect)) return false;
  return a.points.every((p, i) => p.x === b.points[i]!.x && p.y === b.points[i]!.y);
}

/** Replaces the connections whose id `routes` names with copies carrying `route` (or without one, for `undefined`). */
export function withConnectionRoutes(doc: TopologyDocument, routes: ReadonlyMap<string, ConnectionRoute | undefined>): TopologyDocument {
  if (routes.size === 0) return doc;
  let changed = false;
  const connections = doc.connections.map((connection) => {
    if (!routes.has(connection.id)) return connection;
    const route = routes.get(connection.id);
    // The same route again (a layout that moved nothing) changes nothing, so it makes no undo step.
    if (sameRoute(route, connection.route)) return connection;
    changed = true;
    const { route: _old, ...rest } = connection;
    return (route ? { ...rest, route } : rest) as Connection;
  });
  return changed ? { ...doc, connections } : doc;
}

/**
 * Saves routes computed elsewhere (auto-layout's), by connection id, in absolute canvas
 * coordinates: each is stamped with its ends' rectangles in `doc`.
 */
export function withSavedRoutes(doc: TopologyDocument, routes: Iterable<readonly [string, readonly Position[]]>): TopologyDocument {
  return withConnectionRoutes(doc, savedRoutes(doc, routes));
}

/**
 * The routes `withSavedRoutes` would save, by connection id (undefined: drawn straight). The
 * layout worker works them out, so that the page only puts them in (stamping thousands of routes
 * with their ends' rectangles is a long task on the page).
 */
export function savedRoutes(doc: TopologyDocument, routes: Iterable<readonly [string, readonly Position[]]>): Map<string, ConnectionRoute | undefined> {
  const byId = new Map(doc.connections.map((c) => [c.id as string, c]));
  const saved = new Map<string, ConnectionRoute | undefined>();
  for (const [id, points] of routes) {
    const connection = byId.get(id);
    if (connection) saved.set(id, routeFor(doc, connection, points));
  }
  return saved;
}

/** Each container's children (the top level under `undefined`), built once per document. */
const childrenCache = new WeakMap<TopologyDocument, Map<string | undefined, TopologyNode[]>>();
function childrenOf(doc: TopologyDocument): Map<string | undefined, TopologyNode[]> {
  let children = childrenCache.get(doc);
  if (children) return children;
  children = new Map();
  for (const node of doc.nodes) {
    const list = children.get(node.parent);
    if (list) list.push(node);
    else children.set(node.parent, [node]);
  }
  childrenCache.set(doc, children);
  return children;
}

/** The node's ancestors, nearest first (bounded by the node count, so a cycle cannot loop). */
function ancestorsOf(doc: TopologyDocument, id: string): string[] {
  const byId = nodesById(doc);
  const out: string[] = [];
  for (let node = byId.get(id); node?.parent !== undefined && out.length < doc.nodes.length; node = byId.get(node.parent)) out.push(node.parent);
  return out;
}

/**
 * The boxes a connection's route must not cross: every box beside the ends and beside their
 * containers, and the ends themselves (a route leaves and enters them through ports on their
 * border). Boxes inside those are covered by them; the ends' containers are not obstacles, since
 * the route has to leave them.
 */
function obstaclesFor(doc: TopologyDocument, connection: Connection): Rect[] {
  const open = new Set<string | undefined>([undefined, ...ancestorsOf(doc, connection.source), ...ancestorsOf(doc, connection.target)]);
  const children = childrenOf(doc);
  const obstacles: Rect[] = [];
  for (const container of open) {
    for (const child of children.get(container) ?? []) {
      if (open.has(child.id)) continue;
      const rect = absoluteRect(doc, child.id);
      if (rect) obstacles.push(rect);
    }
  }
  return obstacles;
}

/**
 * Where lines attach: a leaf's icon (left, right and top, at the rectangle's border, continued to
 * the icon), a container's sides in its title bar and the middle of its top and bottom.
 */
function portsOf(node: TopologyNode, rect: Rect): Port[] {
  const cx = rect.x + rect.width / 2;
  if (!isContainerKind(node.kind)) {
    const cy = rect.y + LEAF_ICON_CENTER_Y;
    return [
      { x: rect.x, y: cy, heading: 'left' },
      { x: rect.x + rect.width, y: cy, heading: 'right' },
      { x: cx, y: rect.y, heading: 'up' },
    ];
  }
  const titleY = rect.y + Math.min(CONTAINER_HEADER / 2, rect.height / 2);
  return [
    { x: rect.x, y: titleY, heading: 'left' },
    { x: rect.x + rect.width, y: titleY, heading: 'right' },
    { x: cx, y: rect.y, heading: 'up' },
    { x: cx, y: rect.y + rect.height, heading: 'down' },
  ];
}

/** A leaf's line reaches its icon: the stretch from the rectangle's border to the icon's is added. */
function toIcon(node: TopologyNode, rect: Rect, port: Position): Position | undefined {
  if (isContainerKind(node.kind)) return undefined;
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + LEAF_ICON_CENTER_Y;
  if (port.y === cy && port.x <= rect.x) return { x: cx - ICON_HALF, y: cy };
  if (port.y === cy && port.x >= rect.x + rect.width) return { x: cx + ICON_HALF, y: cy };
  if (port.x === cx && port.y <= rect.y) return { x: cx, y: cy - ICON_HALF };
  return undefined;
}

/** The search windows tried in turn: margins around the two ends, then the whole diagram. */
const WINDOW_PADS = [160, 640, undefined] as const;

/** The rectangle around both rectangles, widened by `pad` on every side. */
function around(a: Rect, b: Rect, pad: number): Rect {
  const x = Math.min(a.x, b.x) - pad;
  const y = Math.min(a.y, b.y) - pad;
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) + pad - x, height: Math.max(a.y + a.height, b.y + b.height) + pad - y };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * An orthogonal route for the connection in `doc` (absolute coordinates, from the source's border
 * to the target's) around every box it must not cross, or undefined when the ends are missing,
 * the same node, or walled in.
 */
export function routeConnection(doc: TopologyDocument, connection: Connection): Position[] | undefined {
  if (connection.source === connection.target) return undefined;
  const ends = connectionEnds(doc, connection);
  if (!ends) return undefined;
  const { source, target, sourceRect, targetRect } = ends;
  const request = { sourcePorts: portsOf(source, sourceRect), targetPorts: portsOf(target, targetRect) };
  const obstacles = obstaclesFor(doc, connection);
  // Most routes stay near their ends: search a window around them first (the whole diagram's grid
  // is what made a route across a large diagram slow), and widen it only when it holds no way through.
  let path: Position[] | undefined;
  for (const pad of WINDOW_PADS) {
    const window = pad === undefined ? undefined : around(sourceRect, targetRect, pad);
    path = routeOrthogonal({ ...request, obstacles: window ? obstacles.filter((o) => overlaps(o, window)) : obstacles, ...(window ? { bounds: window } : {}) });
    if (path) break;
  }
  if (!path || path.length < 2) return undefined;
  const start = toIcon(source, sourceRect, path[0]!);
  const end = toIcon(target, targetRect, path[path.length - 1]!);
  return simplifyPolyline([...(start ? [start] : []), ...path, ...(end ? [end] : [])]);
}

/**
 * Ids of the nodes of both documents whose absolute rectangle differs between them (moved,
 * resized, or inside one that moved). Nodes new in `after` are not counted: a document opened or
 * pasted keeps its lines as they came (routing every line of a large file would stall the page).
 */
export function movedNodes(before: TopologyDocument, after: TopologyDocument): Set<string> {
  const moved = new Set<string>();
  // A rectangle depends only on the node and its ancestors: when every node is the same object as
  // before (an edit of connections or props of the document), nothing moved, and no geometry is
  // worked out for thousands of nodes.
  const same = new Set(before.nodes);
  if (after.nodes.every((node) => same.has(node))) return moved;
  const known = nodesById(before);
  for (const node of after.nodes) {
    if (!known.has(node.id)) continue;
    const was = absoluteRect(before, node.id);
    const now = absoluteRect(after, node.id);
    if (was && now && !sameRect(was, now)) moved.add(node.id);
  }
  return moved;
}

/**
 * `after` with the connections of every node that moved since `before` routed again around the
 * boxes, so that no line is left running through boxes along a stale route. Connections whose
 * ends both stayed keep their route, and so do connections new or changed in `after`. A connection that cannot be routed loses its stale route and
 * is drawn straight.
 */
export function rerouteMoved(before: TopologyDocument, after: TopologyDocument): TopologyDocument {
  if (before === after) return after;
  const moved = movedNodes(before, after);
  if (moved.size === 0) return after;
  // Only connections carried over from `before` unchanged: a document opened over another with the
  // same ids brings its own connections (new objects), whose lines it keeps as they came.
  const kept = new Set(before.connections);
  const routes = new Map<string, ConnectionRoute | undefined>();
  for (const connection of after.connections) {
    if (!moved.has(connection.source) && !moved.has(connection.target)) continue;
    if (!kept.has(connection)) continue;
    // A route made for where the ends are now (the layout's, just saved) stays as it is.
    if (freshRoute(after, connection)) continue;
    const points = translatedRoute(before, after, connection) ?? routeConnection(after, connection);
    routes.set(connection.id, points && routeFor(after, connection, points));
  }
  return withConnectionRoutes(after, routes);
}

/**
 * The old route moved along with its ends, when both ends moved by the same distance without
 * changing size (a container dragged with what is inside it) and the moved route still crosses no
 * box: it keeps the layout's choices and costs no search.
 */
function translatedRoute(before: TopologyDocument, after: TopologyDocument, connection: Connection): Position[] | undefined {
  const old = freshRoute(before, connection);
  const [s0, t0, s1, t1] = [absoluteRect(before, connection.source), absoluteRect(before, connection.target), absoluteRect(after, connection.source), absoluteRect(after, connection.target)];
  if (!old || !s0 || !t0 || !s1 || !t1) return undefined;
  const dx = s1.x - s0.x;
  const dy = s1.y - s0.y;
  const same = (a: Rect, b: Rect) => Math.abs(b.x - a.x - dx) <= SLACK && Math.abs(b.y - a.y - dy) <= SLACK && sameRect({ ...a, x: 0, y: 0 }, { ...b, x: 0, y: 0 });
  if (!same(s0, s1) || !same(t0, t1)) return undefined;
  const points = old.map((p) => ({ x: p.x + dx, y: p.y + dy }));
  const obstacles = obstaclesFor(after, connection);
  const ends = [s1, t1];
  // The ends' own boxes are obstacles only for the router's ports; a route drawn to an icon enters its own box.
  return obstacles.some((box) => !ends.some((e) => sameRect(e, box)) && crossesBox(points, box)) ? undefined : points;
}

/** The boxes the connection's route runs through that it should not (for tests and measures): any obstacle but its own ends. */
export function boxesCrossed(doc: TopologyDocument, connection: Connection, points: readonly Position[]): Rect[] {
  const ends = [absoluteRect(doc, connection.source), absoluteRect(doc, connection.target)];
  return obstaclesFor(doc, connection).filter((box) => !ends.some((e) => e && sameRect(e, box)) && crossesBox(points, box));
}
