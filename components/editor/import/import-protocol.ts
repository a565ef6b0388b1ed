/** The messages between the editor and its import worker. */
import type { ImportSourcesResult } from '../../../model/import/import-sources';
import type { SourceFile } from './source-files';

export interface ImportRequestMessage {
  id: number;
  files: readonly SourceFile[];
}

export type ImportResponseMessage = { id: number; ok: true; result: ImportSourcesResult } | { id: number; ok: false; error: string };
