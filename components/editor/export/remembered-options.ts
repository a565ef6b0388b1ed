/** The export dialog opens with the choices made last time in this tab. */
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from './export-options';

let last: ExportOptions = DEFAULT_EXPORT_OPTIONS;

export const lastExportOptions = (): ExportOptions => last;

export function rememberExportOptions(options: ExportOptions): void {
  last = options;
}
