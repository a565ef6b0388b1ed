/// <reference lib="webworker" />
/**
 * Importing AWS describe output, a Terraform plan or a CloudFormation template off the main
 * thread: a folder of a thousand VPCs takes seconds to read, and the page must not freeze while
 * it does (issue 11). The importers are the model's own; this only carries files in and the
 * document and report out.
 */
import { importSources } from '../../../model/import/import-sources';
import type { ImportRequestMessage, ImportResponseMessage } from './import-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ImportRequestMessage>) => {
  const { id, files } = event.data;
  let answer: ImportResponseMessage;
  try {
    answer = { id, ok: true, result: importSources(files) };
  } catch (error) {
    answer = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
});
