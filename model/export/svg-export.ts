/**
 * The diagram as a standalone SVG file drawn from the document, not from the screen: rectangles,
 * paths and text, with the AWS icons as `<symbol>`s. No `<foreignObject>` and no CSS, so it opens
 * as shapes in Inkscape, PowerPoint, Visio, draw.io and every browser. The PNG export is this
 * file drawn on a canvas.
 */
import type { TopologyDocument } from '../document/types';
import type { Rect } from '../edit/geometry';
import { CONTAINER_LOOKS, EDGE_LOOKS, INK, MONO, SANS, SEVERITY_COLOURS } from './export-palette';
import { iconSymbol, symbolId, type IconMarkup } from './icon-symbols';
import { roundedPathData } from './path-data';
import { buildScene, type Scene, type SceneBadge, type SceneEdge, type SceneLine, type SceneNode, type SceneOptions } from './scene';
import { textWidth, type FontSpec } from '../text/text-metrics';
import { EXTRA_MARGIN, layoutLegend, layoutTitle, type LegendLayout, type TitleBlock, type TitleLayout } from './title-legend';
import { num, xmlText } from './xml-text';

/** Space around the diagram, in diagram pixels: room for badges and labels that overhang a box. */
export const PICTURE_MARGIN = 40;

export interface PictureOptions extends SceneOptions {
  /** Draw a title block above the diagram. */
  title?: TitleBlock;
  /** Draw a legend of the connection kinds used below the diagram. */
  legend?: boolean;
}

/** Everything placed, in diagram coordinates: `frame` is the picture's area (whole numbers). */
export interface PicturePlan {
  scene: Scene;
  frame: Rect;
  title?: { layout: TitleLayout; x: number; y: number };
  legend?: { layout: LegendLayout; x: number; y: number };
  /** The picture's own title (the diagram's name), for the SVG `<title>`. */
  name: string;
}

/** Where everything goes, or undefined for an empty diagram (nothing to draw). */
export function planPicture(doc: TopologyDocument, options: PictureOptions = {}): PicturePlan | undefined {
  const scene = buildScene(doc, options);
  const b = scene.bounds;
  if (!b) return undefined;
  const left = Math.floor(b.x) - PICTURE_MARGIN;
  let top = Math.floor(b.y) - PICTURE_MARGIN;
  let bottom = Math.ceil(b.y + b.height) + PICTURE_MARGIN;
  let width = Math.ceil(b.x + b.width) + PICTURE_MARGIN - left;
  const room = Math.max(width, 480) - 2 * EXTRA_MARGIN;
  const plan: PicturePlan = { scene, frame: { x: left, y: top, width, height: 0 }, name: doc.name?.trim() || 'Untitled diagram' };
  if (options.title) {
    const layout = layoutTitle(options.title, room);
    top -= layout.height + 24;
    plan.title = { layout, x: left + EXTRA_MARGIN, y: top + 24 };
    width = Math.max(width, Math.ceil(layout.width) + 2 * EXTRA_MARGIN);
  }
  const legend = options.legend ? layoutLegend(doc, room) : undefined;
  if (legend) {
    plan.legend = { layout: legend, x: left + EXTRA_MARGIN, y: bottom };
    bottom += legend.height + 24;
    width = Math.max(width, Math.ceil(legend.width) + 2 * EXTRA_MARGIN);
  }
  plan.frame = { x: left, y: top, width, height: bottom - top };
  return plan;
}

function fontAttributes(line: { font: FontSpec }): string {
  const { font } = line;
  return `font-size="${num(font.size)}"${font.bold ? ' font-weight="bold"' : ''}${font.mono ? ` font-family="${MONO}"` : ''}`;
}

/** The attributes a run in `lead` needs inside a `<text>` set in `line`: only what differs. */
function leadAttributes(lead: FontSpec, line: FontSpec): string {
  let out = '';
  if (lead.size !== line.size) out += ` font-size="${num(lead.size)}"`;
  if (Boolean(lead.bold) !== Boolean(line.bold)) out += ` font-weight="${lead.bold ? 'bold' : 'normal'}"`;
  if (Boolean(lead.mono) !== Boolean(line.mono)) out += ` font-family="${lead.mono ? MONO : SANS}"`;
  return out;
}

function textElement(line: SceneLine, dx = 0, dy = 0): string {
  const anchor = line.anchor === 'middle' ? ' text-anchor="middle"' : '';
  const lead = line.lead ? `<tspan fill="${line.lead.fill}"${leadAttributes(line.lead.font ?? line.font, line.font)}>${xmlText(line.lead.text)}</tspan>${line.text ? ' ' : ''}` : '';
  return `<text x="${num(line.x + dx)}" y="${num(line.y + dy)}" ${fontAttributes(line)} fill="${line.fill}"${anchor}>${lead}${xmlText(line.text)}</text>`;
}

function badgeElement(badge: SceneBadge): string {
  const text = badge.count > 99 ? '99+' : String(badge.count);
  const width = Math.max(18, textWidth(text, { size: 11, bold: true }) + 10);
  const colour = SEVERITY_COLOURS[badge.severity];
  return (
    `<g class="vc-badge"><rect x="${num(badge.x - width / 2)}" y="${num(badge.y - 9)}" width="${num(width)}" height="18" rx="9" fill="${colour}" stroke="#ffffff" stroke-width="2"/>` +
    `<text x="${num(badge.x)}" y="${num(badge.y + 4)}" font-size="11" font-weight="bold" fill="#ffffff" text-anchor="middle">${text}</text></g>`
  );
}

function iconElement(node: SceneNode, icons: IconMarkup | undefined, drawn: ReadonlySet<string>): string {
  const { icon } = node;
  if (icons && drawn.has(node.iconKey)) {
    return `<use xlink:href="#${symbolId(node.iconKey)}" x="${num(icon.x)}" y="${num(icon.y)}" width="${num(icon.width)}" height="${num(icon.height)}"/>`;
  }
  // Without the icon's markup: a plain tile, so that the picture still shows where the node is.
  return `<rect x="${num(icon.x)}" y="${num(icon.y)}" width="${num(icon.width)}" height="${num(icon.height)}" rx="4" fill="${INK.panel}" stroke="${INK.muted}"/>`;
}

function containerElement(node: SceneNode, icons: IconMarkup | undefined, drawn: ReadonlySet<string>): string {
  const look = CONTAINER_LOOKS[node.variant!];
  const { rect } = node;
  // The border is drawn inside the box, as the canvas's border-box does.
  const inset = look.strokeWidth / 2;
  const border = look.strokeWidth > 0 ? ` stroke="${look.stroke}" stroke-width="${look.strokeWidth}"${look.dash ? ` stroke-dasharray="${look.dash}"` : ''}` : '';
  let out = `<g class="vc-node vc-container vc-${node.variant}" data-id="${xmlText(node.node.id)}"><title>${xmlText(node.fullText)}</title>`;
  out += `<rect x="${num(rect.x + inset)}" y="${num(rect.y + inset)}" width="${num(Math.max(0, rect.width - 2 * inset))}" height="${num(Math.max(0, rect.height - 2 * inset))}" rx="4" fill="${look.fill}"${border}/>`;
  out += iconElement(node, icons, drawn);
  for (const line of node.lines) out += textElement(line);
  if (node.badge) out += badgeElement(node.badge);
  return `${out}</g>`;
}

function leafElement(node: SceneNode, icons: IconMarkup | undefined, drawn: ReadonlySet<string>, background: string): string {
  let out = `<g class="vc-node vc-leaf vc-${node.node.kind}" data-id="${xmlText(node.node.id)}"><title>${xmlText(node.fullText)}</title>`;
  const b = node.labelBackdrop;
  if (b) out += `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" rx="3" fill="${background}"/>`;
  out += iconElement(node, icons, drawn);
  for (const line of node.lines) out += textElement(line);
  if (node.badge) out += badgeElement(node.badge);
  return `${out}</g>`;
}

function edgeElement(edge: SceneEdge): string {
  const { look } = edge;
  const dash = look.dash ? ` stroke-dasharray="${look.dash}"` : '';
  let markers = '';
  if (look.arrow) {
    const both = (edge.connection.props as { bidirectional?: unknown } | undefined)?.bidirectional !== false;
    markers = ` marker-end="url(#vc-arrow)"${both ? ' marker-start="url(#vc-arrow-start)"' : ''}`;
  }
  return `<path class="vc-edge vc-edge-${edge.connection.kind}" data-id="${xmlText(edge.connection.id)}" d="${roundedPathData(edge.points)}" fill="none" stroke="${look.stroke}" stroke-width="${look.width}"${dash} stroke-linecap="round" stroke-linejoin="round"${markers}/>`;
}

function captionElement(edge: SceneEdge, background: string): string {
  let out = '';
  if (edge.caption) {
    const { box, lines, fullText } = edge.caption;
    out += `<title>${xmlText(fullText)}</title><rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="4" fill="${background}"/>`;
    for (const line of lines) out += textElement(line);
  }
  if (edge.badge) out += badgeElement(edge.badge);
  return out ? `<g class="vc-caption" data-id="${xmlText(edge.connection.id)}">${out}</g>` : '';
}

function titleElement(title: NonNullable<PicturePlan['title']>): string {
  return `<g class="vc-title">${title.layout.lines.map((line) => textElement(line, title.x, title.y)).join('')}</g>`;
}

function legendElement(legend: NonNullable<PicturePlan['legend']>): string {
  const { x, y, layout } = legend;
  let out = `<g class="vc-legend">${textElement(layout.heading, x, y)}`;
  for (const entry of layout.entries) {
    const look = EDGE_LOOKS[entry.kind];
    const y0 = y + entry.y;
    const x0 = x + entry.x;
    const dash = look.dash ? ` stroke-dasharray="${look.dash}"` : '';
    const arrow = look.arrow ? ' marker-end="url(#vc-arrow)"' : '';
    out += `<path class="vc-edge vc-edge-${entry.kind}" d="M${num(x0 + 2)} ${num(y0)} L${num(x0 + entry.sampleWidth - 2)} ${num(y0)}" fill="none" stroke="${look.stroke}" stroke-width="${look.width}"${dash} stroke-linecap="round"${arrow}/>`;
    out += textElement(entry.label, x, y);
  }
  return `${out}</g>`;
}

const ARROWS =
  `<marker id="vc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="${EDGE_LOOKS.flow.stroke}"/></marker>` +
  `<marker id="vc-arrow-start" viewBox="0 0 10 10" refX="1" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M10 0 L0 5 L10 10 z" fill="${EDGE_LOOKS.flow.stroke}"/></marker>`;

export interface SvgRenderOptions {
  /** Icon files by `iconKeyOf` key; nodes without one get a plain tile. */
  icons?: IconMarkup;
  /** A CSS colour behind the picture, or `transparent`. */
  background?: string;
  /** The `width` and `height` attributes are the frame times this (the viewBox stays in diagram units): a PNG at 2× draws the SVG at twice its size. */
  scale?: number;
}

/** The plan written as an SVG document. */
export function renderSvg(plan: PicturePlan, options: SvgRenderOptions = {}): string {
  const { scene, frame } = plan;
  const scale = options.scale ?? 1;
  const transparent = !options.background || options.background === 'transparent' || options.background === 'none';
  // Label backdrops need a solid colour even on a transparent picture.
  const backdrop = transparent ? INK.background : xmlText(options.background!);
  const drawn = new Set<string>();
  let symbols = '';
  if (options.icons) {
    for (const node of [...scene.containers, ...scene.leaves]) {
      if (drawn.has(node.iconKey)) continue;
      const markup = options.icons[node.iconKey];
      const symbol = markup === undefined ? undefined : iconSymbol(node.iconKey, markup);
      if (!symbol) continue;
      symbols += symbol;
      drawn.add(node.iconKey);
    }
  }
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${num(frame.width * scale)}" height="${num(frame.height * scale)}" viewBox="${frame.x} ${frame.y} ${frame.width} ${frame.height}" font-family="${SANS}">`,
    `<title>${xmlText(plan.name)}</title>`,
    `<defs>${ARROWS}${symbols}</defs>`,
  ];
  if (!transparent) parts.push(`<rect class="vc-background" x="${frame.x}" y="${frame.y}" width="${frame.width}" height="${frame.height}" fill="${backdrop}"/>`);
  if (plan.title) parts.push(titleElement(plan.title));
  parts.push('<g class="vc-containers">');
  for (const node of scene.containers) parts.push(containerElement(node, options.icons, drawn));
  parts.push('</g><g class="vc-edges">');
  for (const edge of scene.edges) parts.push(edgeElement(edge));
  parts.push('</g><g class="vc-leaves">');
  for (const node of scene.leaves) parts.push(leafElement(node, options.icons, drawn, backdrop));
  parts.push('</g><g class="vc-captions">');
  for (const edge of scene.edges) parts.push(captionElement(edge, backdrop));
  parts.push('</g>');
  if (plan.legend) parts.push(legendElement(plan.legend));
  parts.push('</svg>\n');
  return parts.join('');
}

/** An exported picture: the SVG markup and its size in diagram pixels (before `scale`). */
export interface SvgPicture {
  svg: string;
  width: number;
  height: number;
}

/** The whole diagram as SVG, or undefined for an empty diagram. */
export function exportSvg(doc: TopologyDocument, options: PictureOptions & SvgRenderOptions = {}): SvgPicture | undefined {
  const plan = planPicture(doc, options);
  if (!plan) return undefined;
  return { svg: renderSvg(plan, options), width: plan.frame.width, height: plan.frame.height };
}
