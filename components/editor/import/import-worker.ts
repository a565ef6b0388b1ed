/// <reference lib="webworker" />
/**
 * Importing AWS describe output, a Terraform plan or a CloudFormation template off the main
 * thread: a folder of a thousand VPCs takes seconds to read, and the page must not freeze while
 * it does (issue 11). The importers are the model's own (editor-import.ts); this only carries
 * files in and the document (in parts, import-protocol.ts) and report out.
 */
import { importForEditor, type EditorImportResult } from './editor-import';
import { answerMessages, type ImportRequestMessage } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ImportRequestMessage>) => {
  const { id, files } = event.data;
  let result: EditorImportResult;
  try {
    result = importForEditor(files);
  } catch (error) {
    self.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  for (const message of answerMessages(id, result)) self.postMessage(message);
});
