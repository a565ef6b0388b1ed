/**
 * "Export": the whole diagram as PNG, SVG or draw.io, drawn by the model from the document (never
 * copied from the screen), so the editor's zoom, pan, theme and culling play no part. The PNG is
 * the SVG drawn on a canvas. Each step is recorded as a `performance.measure` (`vc-export:icons`,
 * `vc-export:svg`, `vc-export:raster`, `vc-export:encode`, `vc-export:drawio`), which `npm run bench:export` reads.
 */
import { summarize, validate, type TopologyDocument } from '../../../model';
import { exportDrawio, planPicture, renderSvg, type PictureOptions } from '../../../model/export';
import { badgesOf } from '../findings/badges';
import { EXTENSIONS, type ExportOptions } from './export-options';
import { iconMarkupFor } from './icon-markup';
import { rasterSize, type RasterSize } from './image-geometry';
import { canvasToPng, svgToCanvas } from './raster';

/** The date as the title block writes it, e.g. "5 December 2026". */
const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** What the picture shows besides the diagram (nodes carry the canvas's own words: the model's defaults). */
function pictureOptions(doc: TopologyDocument, options: ExportOptions): PictureOptions {
  return {
    ...(options.badges ? { badges: badgesOf(doc) } : {}),
    ...(options.title ? { title: { name: doc.name ?? '', date: today(), summary: summarize(validate(doc)) } } : {}),
    legend: options.legend,
  };
}

/** What the dialog tells before exporting: the picture's size, or undefined when there is nothing to draw. */
export interface ExportPreview {
  width: number;
  height: number;
  raster: RasterSize;
}

/** The size the export will have. */
export function previewExport(doc: TopologyDocument, options: ExportOptions): ExportPreview | undefined {
  const plan = planPicture(doc, pictureOptions(doc, options));
  if (!plan) return undefined;
  const { width, height } = plan.frame;
  return { width, height, raster: rasterSize(width, height, options.format === 'png' ? options.scale : 1) };
}

export interface ExportedFile {
  blob: Blob;
  extension: string;
  /** The picture's size, for the notice (undefined for draw.io). */
  preview?: ExportPreview;
}

function measure(name: string, start: number): number {
  const end = performance.now();
  performance.measure(`vc-export:${name}`, { start, end });
  return end;
}

/** Makes the file; rejects for an empty diagram or when the browser cannot draw the PNG. */
export async function exportDiagram(doc: TopologyDocument, options: ExportOptions): Promise<ExportedFile> {
  if (doc.nodes.length === 0) throw new Error('the diagram is empty');
  const extension = EXTENSIONS[options.format];
  let t = performance.now();
  if (options.format === 'drawio') {
    const xml = exportDrawio(doc);
    measure('drawio', t);
    return { blob: new Blob([xml], { type: 'application/vnd.jgraph.mxfile' }), extension };
  }
  const icons = await iconMarkupFor(doc);
  t = measure('icons', t);
  const picture = pictureOptions(doc, options);
  const background = options.background === 'white' ? '#ffffff' : 'transparent';
  const plan = planPicture(doc, picture);
  if (!plan) throw new Error('the diagram is empty');
  const raster = rasterSize(plan.frame.width, plan.frame.height, options.format === 'png' ? options.scale : 1);
  const svg = renderSvg(plan, { icons, background, scale: options.format === 'png' ? raster.scale : 1 });
  t = measure('svg', t);
  const preview = { width: plan.frame.width, height: plan.frame.height, raster };
  if (options.format === 'svg') return { blob: new Blob([svg], { type: 'image/svg+xml' }), extension, preview };
  const canvas = await svgToCanvas(svg, raster);
  t = measure('raster', t);
  const png = await canvasToPng(canvas);
  measure('encode', t);
  return { blob: png, extension, preview };
}
