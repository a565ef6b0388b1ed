/**
 * "Export image": the whole diagram as a PNG or an SVG file, whatever part of it the editor shows.
 * Each step is recorded as a `performance.measure` (`vc-export:draw`, `vc-export:copy`,
 * `vc-export:raster`, `vc-export:encode`), which `npm run bench:export` reads.
 */
import type { TopologyDocument } from '../../../model';
import { imageFrame, type ExportScale, type ImageFrame } from './image-geometry';
import type { LaidOutRoute } from '../../diagram/diagram-types';
import { mountExportStage } from './export-stage';
import { canvasToPng, stageToSvg, svgToCanvas } from './snapshot';

export type ImageFormat = 'png' | 'svg';
export type ImageBackground = 'white' | 'transparent';

/** What the export dialog asks. */
export interface ImageExportOptions {
  format: ImageFormat;
  /** PNG only: pixels per diagram pixel. */
  scale: ExportScale;
  background: ImageBackground;
  /** Draw the finding badges (counts of errors, warnings and notes) on nodes and edges. */
  badges: boolean;
}

export const DEFAULT_IMAGE_OPTIONS: ImageExportOptions = { format: 'png', scale: 2, background: 'white', badges: false };

export interface ExportedImage {
  blob: Blob;
  frame: ImageFrame;
}

function measure(name: string, start: number): number {
  const end = performance.now();
  performance.measure(`vc-export:${name}`, { start, end });
  return end;
}

/** Draws the picture (edges along the canvas's laid-out routes where they still fit); rejects for an empty diagram or when the browser cannot make it. */
export async function exportDiagramImage(doc: TopologyDocument, options: ImageExportOptions, routes?: ReadonlyMap<string, LaidOutRoute>): Promise<ExportedImage> {
  const frame = imageFrame(doc, options.format === 'png' ? options.scale : 1);
  if (!frame) throw new Error('the diagram is empty');
  let t = performance.now();
  const stage = await mountExportStage(doc, frame, { badges: options.badges, background: options.background === 'white' ? '#ffffff' : 'transparent', ...(routes ? { routes } : {}) });
  try {
    t = measure('draw', t);
    const svg = await stageToSvg(stage.element, frame);
    t = measure('copy', t);
    if (options.format === 'svg') return { blob: new Blob([svg], { type: 'image/svg+xml' }), frame };
    const canvas = await svgToCanvas(svg, frame);
    t = measure('raster', t);
    const blob = await canvasToPng(canvas);
    measure('encode', t);
    return { blob, frame };
  } finally {
    stage.dispose();
  }
}
