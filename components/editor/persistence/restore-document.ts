/**
 * Opening the reader's own work: the diagram stored in this browser, else the first sample. A
 * stored diagram this build cannot read (a newer version, a damaged record) is moved aside
 * before anything can be saved over it, and the user is told.
 */
import { parseDocument, type TopologyDocument } from '../../../model';
import { arrange } from '../../../model/edit/arrange';
import { FIRST_SAMPLE } from '../samples/samples';
import type { StorageStart } from './document-storage';
import { keepAside, loadStored } from './idb';

export interface Restored {
  /** Nodes without a position are placed. */
  doc: TopologyDocument;
  /** True when `doc` is the one saved in this browser. */
  saved: boolean;
  /** How storage starts for this tab (its revision, and whether it may write). */
  storage: Omit<StorageStart, 'opened'>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `onStorageAnswered` runs once storage has answered (reading and placing a large document takes a while longer). */
export async function restoreDocument(onStorageAnswered: () => void = () => {}): Promise<Restored> {
  const own = await restoreAsWritten(onStorageAnswered);
  return { ...own, doc: arrange(own.doc) };
}

async function restoreAsWritten(onStorageAnswered: () => void): Promise<Restored> {
  let stored;
  try {
    stored = await loadStored();
    onStorageAnswered();
  } catch (error) {
    onStorageAnswered();
    const message = `browser storage is unavailable: ${messageOf(error)}`;
    return { doc: FIRST_SAMPLE.load(), saved: false, storage: { revision: 0, readOnly: message, problem: { kind: 'failed', message } } };
  }
  if (stored.text === undefined) return { doc: FIRST_SAMPLE.load(), saved: false, storage: { revision: stored.revision } };
  try {
    return { doc: parseDocument(stored.text), saved: true, storage: { revision: stored.revision } };
  } catch (error) {
    const reason = messageOf(error);
    try {
      const kept = await keepAside(stored.text);
      return { doc: FIRST_SAMPLE.load(), saved: false, storage: { revision: kept.revision, problem: { kind: 'unreadable', text: stored.text, reason, keptAs: kept.key } } };
    } catch (keeping) {
      return {
        doc: FIRST_SAMPLE.load(),
        saved: false,
        storage: {
          revision: stored.revision,
          readOnly: `the saved diagram could not be read nor kept aside (${messageOf(keeping)})`,
          problem: { kind: 'unreadable', text: stored.text, reason, keptAs: null },
        },
      };
    }
  }
}
