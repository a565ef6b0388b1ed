/** The export dialog opens with the choices made last time in this tab. */
import { DEFAULT_IMAGE_OPTIONS, type ImageExportOptions } from './export-image';

let last: ImageExportOptions = DEFAULT_IMAGE_OPTIONS;

export const lastImageOptions = (): ImageExportOptions => last;

export function rememberImageOptions(options: ImageExportOptions): void {
  last = options;
}
