/**
 * What an exported picture draws, worked out from the document alone: every node's box, icon and
 * wrapped labels, every line's points and caption, and the area they cover. The SVG writer turns
 * it into markup; nothing here knows about SVG. Labels are never shortened: a long name takes more
 * lines, and the covered area grows with it.
 */
import type { Connection, ConnectionRoute, Position, TopologyDocument, TopologyNode } from '../document/types';
import { BoundsBuilder } from '../edit/bounds';
import { absoluteRect, connectionEnds, depthOf, isContainerKind, isEdgeMounted, LEAF_ICON_CENTER_Y, nodesById, type Rect } from '../edit/geometry';
import { DETAIL_FONT, DETAIL_LINE, KIND_FONT, layoutContainerTitle, NAME_FONT as GROUP_FONT, NAME_LINE as GROUP_LINE, TITLE_LEFT, TITLE_TOP } from '../text/container-title';
import type { Severity } from '../rules/catalogue';
import { DEFAULT_NODE_TEXTS, edgeCaption, type NodeTexts } from './captions';
import { CONTAINER_LOOKS, containerVariant, EDGE_LOOKS, INK, type ContainerVariant, type EdgeLook } from './export-palette';
import { iconKeyOf } from './icon-symbols';
import { halfway, straightLine, type Shape } from './path-data';
import { textWidth, wrapText, type FontSpec } from '../text/text-metrics';
import { cleanText } from './xml-text';

/** A finding count shown on a node or line. */
export interface BadgeHint {
  severity: Severity;
  count: number;
}

/** One line of text, placed: `x` is its anchor, `y` its baseline. */
export interface SceneLine {
  text: string;
  x: number;
  y: number;
  font: FontSpec;
  fill: string;
  anchor: 'start' | 'middle';
  /** A coloured run at the start of the line (a container's kind label), in its own font when given. */
  lead?: { text: string; fill: string; font?: FontSpec };
}

export interface SceneBadge extends BadgeHint {
  /** Centre of the badge. */
  x: number;
  y: number;
}

export interface SceneNode {
  node: TopologyNode;
  rect: Rect;
  /** Set for containers. */
  variant?: ContainerVariant;
  iconKey: string;
  icon: Rect;
  lines: SceneLine[];
  /** The whole label on one line (the SVG `<title>`: a tooltip, and what screen readers and text search find). */
  fullText: string;
  /** The box behind a gateway's labels where it sits on a VPC's border (so the border does not run through them). */
  labelBackdrop?: Rect;
  badge?: SceneBadge;
}

export interface SceneEdge {
  connection: Connection;
  look: EdgeLook;
  points: Position[];
  /** True when drawn along a laid-out route. */
  routed: boolean;
  caption?: { lines: SceneLine[]; box: Rect; fullText: string };
  badge?: SceneBadge;
}

export interface Scene {
  /** Containers, outermost first. */
  containers: SceneNode[];
  leaves: SceneNode[];
  edges: SceneEdge[];
  /** The area everything covers, or undefined for an empty diagram. */
  bounds?: Rect;
}

export interface SceneOptions {
  /** Finding badges by node or connection id. */
  badges?: ReadonlyMap<string, BadgeHint>;
  texts?: NodeTexts;
}

/** Sizes matching the editor's node renderers (editor.css). */
const LEAF = { icon: 40, iconTop: 4, textTop: 47, textWidth: 116 } as const;
const NAME_FONT: FontSpec = { size: 12, bold: true };
const NAME_LINE = 15;
const SUB_FONT: FontSpec = { size: 11 };
const SUB_LINE = 14;
/** The group icon's side; the title's fonts and lines are the canvas's (model/text/container-title.ts). */
const GROUP_ICON = 32;
const CAPTION_FONT: FontSpec = { size: 11 };
const CAPTION_LINE = 14;
const CAPTION_WIDTH = 220;
/** Half the side of the box a line attaches to on a leaf: its icon. */
const ICON_HALF = 24;
/** Where a baseline sits below the top of its line box, as a share of the font size. */
const ASCENT = 0.92;

const baseline = (top: number, lineHeight: number, font: FontSpec) => top + (lineHeight - font.size) / 2 + font.size * ASCENT;

function widest(lines: readonly SceneLine[]): number {
  let width = 0;
  for (const line of lines) {
    const lead = line.lead ? textWidth(line.lead.text, line.lead.font ?? line.font) + textWidth(' ', line.font) : 0;
    width = Math.max(width, lead + textWidth(line.text, line.font));
  }
  return width;
}

function leafScene(node: TopologyNode, rect: Rect, onEdge: boolean, texts: NodeTexts, bounds: BoundsBuilder): SceneNode {
  const cx = rect.x + rect.width / 2;
  const lines: SceneLine[] = [];
  let top = rect.y + LEAF.textTop;
  const name = cleanText(texts.name(node));
  const subtitle = cleanText(texts.leafSubtitle(node));
  for (const text of wrapText(name, LEAF.textWidth, NAME_FONT)) {
    lines.push({ text, x: cx, y: baseline(top, NAME_LINE, NAME_FONT), font: NAME_FONT, fill: INK.text, anchor: 'middle' });
    top += NAME_LINE;
  }
  for (const text of wrapText(subtitle, LEAF.textWidth, SUB_FONT)) {
    lines.push({ text, x: cx, y: baseline(top, SUB_LINE, SUB_FONT), font: SUB_FONT, fill: INK.muted, anchor: 'middle' });
    top += SUB_LINE;
  }
  const width = widest(lines) + 6;
  const labels = { x: cx - width / 2, y: rect.y + LEAF.textTop - 1, width, height: top - (rect.y + LEAF.textTop) + 2 };
  bounds.add(rect);
  if (lines.length) bounds.add(labels);
  const icon = { x: cx - LEAF.icon / 2, y: rect.y + LEAF.iconTop, width: LEAF.icon, height: LEAF.icon };
  const fullText = [name, subtitle].filter(Boolean).join(' · ');
  return { node, rect, iconKey: iconKeyOf(node), icon, lines, fullText, ...(onEdge && lines.length ? { labelBackdrop: labels } : {}) };
}

/**
 * A container's title as the canvas sets it: the name (wrapped), then the kind label in the
 * container's colour followed by the details (wrapped), in the title bar the geometry made tall
 * enough for them.
 */
function containerScene(node: TopologyNode, rect: Rect, variant: ContainerVariant, texts: NodeTexts, bounds: BoundsBuilder): SceneNode {
  const x = rect.x + TITLE_LEFT;
  const kind = cleanText(texts.containerKind(node));
  const name = cleanText(texts.name(node));
  const details = cleanText(texts.containerDetails(node));
  const title = layoutContainerTitle(name, kind, details, rect.width);
  const lines: SceneLine[] = [];
  let top = rect.y + TITLE_TOP;
  for (const text of title.name) {
    lines.push({ text, x, y: baseline(top, GROUP_LINE, GROUP_FONT), font: GROUP_FONT, fill: INK.text, anchor: 'start' });
    top += GROUP_LINE;
  }
  for (const detail of title.details) {
    const line: SceneLine = { text: detail.text, x, y: baseline(top, DETAIL_LINE, DETAIL_FONT), font: DETAIL_FONT, fill: INK.muted, anchor: 'start' };
    if (detail.kind) line.lead = { text: detail.kind, fill: CONTAINER_LOOKS[variant].kindColour, font: KIND_FONT };
    lines.push(line);
    top += DETAIL_LINE;
  }
  bounds.add(rect);
  bounds.add({ x, y: rect.y, width: widest(lines), height: top - rect.y });
  const fullText = [`${kind} ${name}`, details].filter(Boolean).join(' · ');
  return { node, rect, variant, iconKey: iconKeyOf(node), icon: { x: rect.x, y: rect.y, width: GROUP_ICON, height: GROUP_ICON }, lines, fullText };
}

/** The shape a line attaches to: a leaf's icon, a container's whole box. */
function shapeOf(node: TopologyNode, rect: Rect): Shape {
  if (isContainerKind(node.kind)) return { cx: rect.x + rect.width / 2, cy: rect.y + rect.height / 2, hw: rect.width / 2, hh: rect.height / 2 };
  return { cx: rect.x + rect.width / 2, cy: rect.y + LEAF_ICON_CENTER_Y, hw: ICON_HALF, hh: ICON_HALF };
}

const SLACK = 0.5;
const sameRect = (a: Rect, b: Rect) =>
  Math.abs(a.x - b.x) <= SLACK && Math.abs(a.y - b.y) <= SLACK && Math.abs(a.width - b.width) <= SLACK && Math.abs(a.height - b.height) <= SLACK;

/** The saved route's points when it still fits its ends (as the canvas decides), else undefined. */
function usableRoute(route: ConnectionRoute | undefined, source: Rect, target: Rect): Position[] | undefined {
  if (!route || route.points.length < 2) return undefined;
  if (!sameRect(route.sourceRect, source) || !sameRect(route.targetRect, target)) return undefined;
  if (!route.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) return undefined;
  return route.points.map((p) => ({ x: p.x, y: p.y }));
}

function edgeScene(connection: Connection, doc: TopologyDocument, options: SceneOptions, bounds: BoundsBuilder): SceneEdge | undefined {
  const ends = connectionEnds(doc, connection);
  if (!ends) return undefined;
  const { source, target, sourceRect, targetRect } = ends;
  const route = usableRoute(connection.route, sourceRect, targetRect);
  const points = route ?? straightLine(shapeOf(source, sourceRect), shapeOf(target, targetRect));
  for (const p of points) bounds.add({ x: p.x, y: p.y, width: 0, height: 0 });
  const edge: SceneEdge = { connection, look: EDGE_LOOKS[connection.kind], points, routed: route !== undefined };
  const middle = halfway(points);
  const captionText = cleanText(edgeCaption(connection));
  const wrapped = wrapText(captionText, CAPTION_WIDTH, CAPTION_FONT);
  let badgeX = middle.x;
  if (wrapped.length) {
    const width = Math.max(...wrapped.map((t) => textWidth(t, CAPTION_FONT))) + 12;
    const height = wrapped.length * CAPTION_LINE + 2;
    const box = { x: middle.x - width / 2, y: middle.y - height / 2, width, height };
    const lines = wrapped.map(
      (text, i): SceneLine => ({ text, x: middle.x, y: baseline(box.y + 1 + i * CAPTION_LINE, CAPTION_LINE, CAPTION_FONT), font: CAPTION_FONT, fill: INK.muted, anchor: 'middle' }),
    );
    edge.caption = { lines, box, fullText: captionText };
    bounds.add(box);
    badgeX = box.x + box.width + 10;
  }
  const badge = options.badges?.get(connection.id);
  if (badge) edge.badge = { ...badge, x: badgeX, y: middle.y };
  return edge;
}

/** The scene of `doc`: containers outermost first, then lines, then leaves, each in document order. */
export function buildScene(doc: TopologyDocument, options: SceneOptions = {}): Scene {
  const texts = options.texts ?? DEFAULT_NODE_TEXTS;
  const bounds = new BoundsBuilder();
  const byId = nodesById(doc);
  const containers: Array<{ scene: SceneNode; depth: number; order: number }> = [];
  const leaves: SceneNode[] = [];
  doc.nodes.forEach((node, order) => {
    const rect = absoluteRect(doc, node.id);
    if (!rect) return;
    const variant = containerVariant(node);
    const badge = options.badges?.get(node.id);
    if (variant) {
      const scene = containerScene(node, rect, variant, texts, bounds);
      // On the box's top-right corner, as on the canvas: the title keeps its whole width.
      if (badge) scene.badge = { ...badge, x: rect.x + rect.width, y: rect.y };
      containers.push({ scene, depth: depthOf(doc, node.id), order });
    } else {
      const parent = node.parent === undefined ? undefined : byId.get(node.parent);
      const scene = leafScene(node, rect, isEdgeMounted(node, parent), texts, bounds);
      if (badge) scene.badge = { ...badge, x: scene.icon.x + scene.icon.width + 2, y: scene.icon.y + 2 };
      leaves.push(scene);
    }
  });
  containers.sort((a, b) => a.depth - b.depth || a.order - b.order);
  const edges: SceneEdge[] = [];
  for (const connection of doc.connections) {
    const edge = edgeScene(connection, doc, options, bounds);
    if (edge) edges.push(edge);
  }
  const covered = bounds.result();
  return { containers: containers.map((c) => c.scene), leaves, edges, ...(covered ? { bounds: covered } : {}) };
}
