/**
 * The size of an exported picture, worked out from the document alone: the diagram's bounds
 * (every node's box, in canvas coordinates) plus a margin, times the scale the user picked.
 * Independent of the editor's zoom and pan, and of which nodes are on screen.
 */
import type { TopologyDocument } from '../../../model';
import { absoluteRect, type Rect } from '../../../model/edit/geometry';

/** Space left around the diagram, in diagram pixels (before scaling): room for badges and gateway labels that overhang a box. */
export const EXPORT_MARGIN = 40;

/** The scales offered; 2× is sharp on high-density screens and slides. */
export const EXPORT_SCALES = [1, 2, 4] as const;
export type ExportScale = (typeof EXPORT_SCALES)[number];

/**
 * Canvas limits. Chromium and Firefox refuse a canvas side over 32,767 px and Safari over 16,384;
 * an area over ~268 million pixels fails everywhere, and each pixel costs 4 bytes twice (the
 * decoded SVG and the canvas). 16,384 px a side and 120 megapixels export a 500-node diagram at 2×
 * and keep the tab's memory under about a gigabyte.
 */
export const MAX_IMAGE_SIDE = 16_384;
export const MAX_IMAGE_PIXELS = 120_000_000;

/** The rectangle around every node, or undefined for an empty diagram. */
export function diagramBounds(doc: TopologyDocument): Rect | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of doc.nodes) {
    const r = absoluteRect(doc, node.id);
    if (!r) continue;
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
  }
  if (minX === Infinity) return undefined;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Where and how large a picture is drawn. */
export interface ImageFrame {
  /** The diagram's area with the margin, in diagram pixels (whole numbers). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The scale asked for. */
  requestedScale: number;
  /** The scale used: the one asked for, or less when the picture would pass the canvas limits. */
  scale: number;
  /** Size of the PNG in pixels: width × scale, height × scale, rounded. */
  pixelWidth: number;
  pixelHeight: number;
}

/** The frame of a picture of `doc` at `scale`, or undefined when there is nothing to draw. */
export function imageFrame(doc: TopologyDocument, scale: number): ImageFrame | undefined {
  const bounds = diagramBounds(doc);
  if (!bounds) return undefined;
  const x = Math.floor(bounds.x) - EXPORT_MARGIN;
  const y = Math.floor(bounds.y) - EXPORT_MARGIN;
  const width = Math.ceil(bounds.x + bounds.width) + EXPORT_MARGIN - x;
  const height = Math.ceil(bounds.y + bounds.height) + EXPORT_MARGIN - y;
  const fits = Math.min(scale, MAX_IMAGE_SIDE / width, MAX_IMAGE_SIDE / height, Math.sqrt(MAX_IMAGE_PIXELS / (width * height)));
  // Two decimals, rounded down, so the message can name the scale and the limits still hold.
  const used = fits >= scale ? scale : Math.floor(fits * 100) / 100;
  return { x, y, width, height, requestedScale: scale, scale: used, pixelWidth: Math.round(width * used), pixelHeight: Math.round(height * used) };
}
