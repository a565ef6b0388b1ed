/**
 * The editor's side of the import worker: a worker per import (imports are rare and the worker
 * holds the importers' code only while it works), and the same importers in this thread where
 * there is no `Worker` (unit tests, prerendering).
 */
import type { EditorImportResult } from './editor-import';
import { answerGatherer, type ImportResponseMessage } from './import-protocol';
import type { SourceFile } from './source-files';

/** Imports `files` without blocking the page. */
export async function importOffThread(files: readonly SourceFile[]): Promise<EditorImportResult> {
  if (typeof Worker === 'undefined') {
    const { importForEditor } = await import('./editor-import');
    return importForEditor(files);
  }
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'vpc-canvas-import' });
  try {
    return await new Promise<EditorImportResult>((resolve, reject) => {
      const gatherer = answerGatherer();
      worker.addEventListener('message', (event: MessageEvent<ImportResponseMessage>) => {
        const answer = gatherer.take(event.data);
        if (answer instanceof Error) reject(answer);
        else if (answer) resolve(answer);
      });
      worker.addEventListener('error', (event) => reject(new Error(event.message || 'the import worker stopped')));
      worker.addEventListener('messageerror', () => reject(new Error('the import worker sent an answer that could not be read')));
      worker.postMessage({ id: 1, files });
    });
  } finally {
    worker.terminate();
  }
}
