/**
 * How many pixels a PNG export gets: the picture's size (worked out by the model from the document
 * alone, whatever the editor's zoom and pan) times the scale the user picked, reduced where a
 * browser could not draw a canvas that large.
 */

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

/** The pixel size of a raster export. */
export interface RasterSize {
  /** The scale asked for. */
  requestedScale: number;
  /** The scale used: the one asked for, or less when the picture would pass the canvas limits. */
  scale: number;
  pixelWidth: number;
  pixelHeight: number;
}

/** The raster size of a `width` × `height` picture at `scale`. */
export function rasterSize(width: number, height: number, scale: number): RasterSize {
  const fits = Math.min(scale, MAX_IMAGE_SIDE / width, MAX_IMAGE_SIDE / height, Math.sqrt(MAX_IMAGE_PIXELS / (width * height)));
  // Two decimals, rounded down, so the message can name the scale and the limits still hold.
  const used = fits >= scale ? scale : Math.floor(fits * 100) / 100;
  return { requestedScale: scale, scale: used, pixelWidth: Math.round(width * used), pixelHeight: Math.round(height * used) };
}
