/** What the export dialog asks, and what it starts with. */
import type { ExportScale } from './image-geometry';

export type ExportFormat = 'png' | 'svg' | 'drawio';
export type ExportBackground = 'white' | 'transparent';

export interface ExportOptions {
  format: ExportFormat;
  /** PNG only: pixels per diagram pixel. */
  scale: ExportScale;
  /** PNG and SVG. */
  background: ExportBackground;
  /** PNG and SVG: the finding badges (counts of errors, warnings and notes) on nodes and lines. */
  badges: boolean;
  /** PNG and SVG: the diagram's name, the date and the finding counts above it. */
  title: boolean;
  /** PNG and SVG: what each line style means, below the diagram. */
  legend: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { format: 'png', scale: 2, background: 'white', badges: false, title: true, legend: true };

/** File name extension of each format. */
export const EXTENSIONS: Record<ExportFormat, string> = { png: 'png', svg: 'svg', drawio: 'drawio' };
