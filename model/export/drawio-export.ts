/**
 * The diagram as a draw.io file (`.drawio`: an uncompressed mxfile), so that it can be carried on
 * in the tool most architects already have. One cell per node and per connection: containers are
 * draw.io containers whose children name them as `parent` and keep their positions relative to
 * them (as the document stores them); lines join their end cells and bend where the laid-out route
 * bends. Labels are HTML-escaped (draw.io reads `html=1` labels as markup), then XML-escaped.
 */
import type { Position, TopologyDocument, TopologyNode } from '../document/types';
import { absoluteRect, depthOf, isEdgeMounted, LEAF_ICON_CENTER_Y, nodesById, sizeOf, type Rect } from '../edit/geometry';
import { DEFAULT_NODE_TEXTS, edgeCaption, type NodeTexts } from './captions';
import { containerVariant } from './export-palette';
import { drawioEdgeStyle, drawioNodeStyle } from './drawio-styles';
import { buildScene } from './scene';
import { cleanText, num, xmlText } from './xml-text';

export interface DrawioOptions {
  texts?: NodeTexts;
}

/** Side of a leaf's icon in draw.io (draw.io's AWS icons are square). */
const ICON = 48;

const html = (text: string) => cleanText(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function nodeLabel(node: TopologyNode, texts: NodeTexts): string {
  if (containerVariant(node)) {
    // As the canvas sets it: the name, then the kind label with the details.
    const details = texts.containerDetails(node);
    const kind = texts.containerKind(node);
    return `<b>${html(texts.name(node))}</b><br>${html(details ? `${kind} · ${details}` : kind)}`;
  }
  const subtitle = texts.leafSubtitle(node);
  const name = `<b>${html(texts.name(node))}</b>`;
  return subtitle ? `${name}<br>${html(subtitle)}` : name;
}

/** A node's cell in absolute coordinates: its box for a container, its icon for a leaf. */
function cellRect(doc: TopologyDocument, node: TopologyNode): Rect | undefined {
  const rect = absoluteRect(doc, node.id);
  if (!rect || containerVariant(node)) return rect;
  return { x: rect.x + (rect.width - ICON) / 2, y: rect.y + LEAF_ICON_CENTER_Y - ICON / 2, width: ICON, height: ICON };
}

/** Where `point` lies on `rect`'s border, as draw.io's relative exit or entry point; undefined when it is not on it. */
function borderAnchor(point: Position, rect: Rect): { x: number; y: number } | undefined {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  const withinX = point.x >= rect.x - 1 && point.x <= rect.x + rect.width + 1;
  const withinY = point.y >= rect.y - 1 && point.y <= rect.y + rect.height + 1;
  const onSide = (withinY && (near(point.x, rect.x) || near(point.x, rect.x + rect.width))) || (withinX && (near(point.y, rect.y) || near(point.y, rect.y + rect.height)));
  if (!onSide || rect.width <= 0 || rect.height <= 0) return undefined;
  const clamp = (v: number) => Math.min(1, Math.max(0, Math.round(v * 1000) / 1000));
  return { x: clamp((point.x - rect.x) / rect.width), y: clamp((point.y - rect.y) / rect.height) };
}

/**
 * A laid-out route in draw.io terms: the ends pinned where the route meets the cells (`exitX`…,
 * off the perimeter computation), the corners as bend points. An end that does not touch its cell
 * (a route starting at a leaf's box rather than its icon) becomes a bend point too, and draw.io
 * joins it to the cell.
 */
function routeStyle(points: readonly Position[], source: Rect | undefined, target: Rect | undefined): { style: string; bends: Position[] } {
  const bends = points.slice(1, -1);
  let style = '';
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const exit = source && borderAnchor(first, source);
  if (exit) style += `exitX=${exit.x};exitY=${exit.y};exitDx=0;exitDy=0;exitPerimeter=0;`;
  else bends.unshift(first);
  const entry = target && borderAnchor(last, target);
  if (entry) style += `entryX=${entry.x};entryY=${entry.y};entryDx=0;entryDy=0;entryPerimeter=0;`;
  else bends.push(last);
  return { style, bends };
}

/** Two ids for draw.io's root and default layer that no node or connection uses. */
function reservedIds(doc: TopologyDocument): [string, string] {
  const taken = new Set<string>([...doc.nodes.map((n) => n.id), ...doc.connections.map((c) => c.id)]);
  const free = (base: string) => {
    let id = base;
    for (let i = 1; taken.has(id); i++) id = `${base}-${i}`;
    taken.add(id);
    return id;
  };
  return [free('0'), free('1')];
}

/** The document as a draw.io file. */
export function exportDrawio(doc: TopologyDocument, options: DrawioOptions = {}): string {
  const texts = options.texts ?? DEFAULT_NODE_TEXTS;
  const byId = nodesById(doc);
  const [rootId, layerId] = reservedIds(doc);
  const cells: string[] = [`<mxCell id="${xmlText(rootId)}"/>`, `<mxCell id="${xmlText(layerId)}" parent="${xmlText(rootId)}"/>`];

  // draw.io reads a child's geometry relative to its parent, so parents are written first.
  const ordered = doc.nodes.map((node, order) => ({ node, order, depth: depthOf(doc, node.id) }));
  ordered.sort((a, b) => a.depth - b.depth || a.order - b.order);
  for (const { node } of ordered) {
    const parent = node.parent === undefined ? undefined : byId.get(node.parent);
    const position = node.position ?? { x: 0, y: 0 };
    const size = sizeOf(node);
    const container = containerVariant(node) !== undefined;
    // A leaf's cell is its icon, centred where the canvas draws it; its label hangs below.
    const x = container ? position.x : position.x + (size.width - ICON) / 2;
    const y = container ? position.y : position.y + LEAF_ICON_CENTER_Y - ICON / 2;
    const width = container ? size.width : ICON;
    const height = container ? size.height : ICON;
    cells.push(
      `<mxCell id="${xmlText(node.id)}" value="${xmlText(nodeLabel(node, texts))}" style="${drawioNodeStyle(node, isEdgeMounted(node, parent))}" vertex="1" parent="${xmlText(parent ? parent.id : layerId)}">` +
        `<mxGeometry x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" as="geometry"/></mxCell>`,
    );
  }

  // Lines live on the layer, so their bend points are in absolute coordinates.
  const scene = buildScene(doc, { texts });
  for (const edge of scene.edges) {
    const { connection } = edge;
    const bidirectional = (connection.props as { bidirectional?: unknown } | undefined)?.bidirectional !== false;
    const source = byId.get(connection.source);
    const target = byId.get(connection.target);
    const route = edge.routed ? routeStyle(edge.points, source && cellRect(doc, source), target && cellRect(doc, target)) : { style: '', bends: [] };
    const bends = route.bends;
    const points = bends.length ? `<Array as="points">${bends.map((p) => `<mxPoint x="${num(p.x)}" y="${num(p.y)}"/>`).join('')}</Array>` : '';
    cells.push(
      `<mxCell id="${xmlText(connection.id)}" value="${xmlText(html(edgeCaption(connection)))}" style="${drawioEdgeStyle(connection.kind, bidirectional)}${route.style}" edge="1" parent="${xmlText(layerId)}" source="${xmlText(connection.source)}" target="${xmlText(connection.target)}">` +
        `<mxGeometry relative="1" as="geometry">${points}</mxGeometry></mxCell>`,
    );
  }

  const name = doc.name?.trim() || 'Untitled diagram';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<mxfile host="vpc-canvas" type="device">\n<diagram id="vpc-canvas" name="${xmlText(name)}">\n` +
    '<mxGraphModel dx="0" dy="0" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="0" pageScale="1" pageWidth="1169" pageHeight="827" math="0" shadow="0">\n' +
    `<root>\n${cells.join('\n')}\n</root>\n</mxGraphModel>\n</diagram>\n</mxfile>\n`
  );
}
