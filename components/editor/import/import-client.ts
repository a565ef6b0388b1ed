/**
 * The editor's side of the import worker: a worker per import (imports are rare and the worker
 * holds the importers' code only while it works), and the same importers in this thread where
 * there is no `Worker` (unit tests, prerendering).
 */
import type { ImportSourcesResult } from '../../../model/import/import-sources';
import type { ImportResponseMessage } from './import-protocol';
import type { SourceFile } from './source-files';

/** Imports `files` without blocking the page. */
export async function importOffThread(files: readonly SourceFile[]): Promise<ImportSourcesResult> {
  if (typeof Worker === 'undefined') {
    const { importSources } = await import('../../../model/import/import-sources');
    return importSources(files);
  }
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'vpc-canvas-import' });
  try {
    return await new Promise<ImportSourcesResult>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<ImportResponseMessage>) => {
        const message = event.data;
        if (message.ok) resolve(message.result);
        else reject(new Error(message.error));
      });
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the import worker stopped')));
      worker.addEventListener('messageerror', () => reject(new Error('the import worker sent an answer that could not be read')));
      worker.postMessage({ id: 1, files });
    });
  } finally {
    worker.terminate();
  }
}
