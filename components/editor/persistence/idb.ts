/**
 * The diagram in the browser's IndexedDB: its text (exactly what the one parser reads) under
 * `current`, and beside it a revision number that every write raises, so that a tab can tell
 * whether someone else wrote since it last read or wrote ("compare and set"). The text stays a
 * plain string under the same key as before, so that older builds still find it.
 */
const DB_NAME = 'vpc-canvas';
const STORE = 'documents';
const DOCUMENT_KEY = 'current';
const REVISION_KEY = 'current-revision';
/** Documents this build could not read, kept under `kept-aside:<ISO time>`. */
export const KEPT_ASIDE_PREFIX = 'kept-aside:';

/** How long a write may take before it counts as failed (IndexedDB can stop answering). */
const WRITE_TIMEOUT_MS = 10_000;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('this browser has no IndexedDB'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

let db: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  if (!db) {
    const opening = open();
    db = opening;
    // A failed open is not remembered: "Try again" opens again.
    opening.catch(() => {
      if (db === opening) db = null;
    });
  }
  return db;
}

/** Rejects with a message naming what did not answer, when `promise` takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser storage did not answer within ${ms / 1000} s (${what})`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Runs `body` in one transaction on the store and resolves with what it set once the transaction
 * has committed (a quota failure shows up as the transaction aborting).
 */
async function transact<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore, done: (result: T) => void) => void): Promise<T> {
  const d = await database();
  return new Promise<T>((resolve, reject) => {
    const tx = d.transaction(STORE, mode);
    let result: { value: T } | undefined;
    body(tx.objectStore(STORE), (value) => (result = { value }));
    tx.oncomplete = () => (result ? resolve(result.value) : reject(new Error('the storage transaction ended without an answer')));
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('write aborted'));
  });
}

const revisionOf = (value: unknown): number => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0);

/** What is stored: the document's text (undefined on a first visit) and its revision. */
export interface StoredDocument {
  text: string | undefined;
  revision: number;
}

/** Reads the stored document and its revision in one transaction. */
export function loadStored(): Promise<StoredDocument> {
  return transact<StoredDocument>('readonly', (store, done) => {
    const text = store.get(DOCUMENT_KEY);
    const revision = store.get(REVISION_KEY);
    revision.onsuccess = () => done({ text: typeof text.result === 'string' ? text.result : undefined, revision: revisionOf(revision.result) });
  });
}

/** The answer to a write: written (with the new revision), or refused because another tab wrote first. */
export type WriteOutcome = { ok: true; revision: number } | { ok: false; revision: number };

/**
 * Writes the document text if the stored revision is still `expected` (or whatever it is, with
 * `force`), raising the revision; otherwise writes nothing and answers with the stored revision.
 * The check and the write are one transaction, so two tabs cannot both pass it.
 */
export function writeStored(text: string, expected: number, force = false): Promise<WriteOutcome> {
  const writing = transact<WriteOutcome>('readwrite', (store, done) => {
    const read = store.get(REVISION_KEY);
    read.onsuccess = () => {
      const stored = revisionOf(read.result);
      if (!force && stored !== expected) {
        done({ ok: false, revision: stored });
        return;
      }
      store.put(text, DOCUMENT_KEY);
      store.put(stored + 1, REVISION_KEY);
      done({ ok: true, revision: stored + 1 });
    };
  });
  return within(writing, WRITE_TIMEOUT_MS, 'saving the diagram');
}

/**
 * Moves the stored text to a key of its own (`kept-aside:<time>`), so that nothing this build
 * writes can replace it, and empties `current`. Resolves with the key and the new revision.
 */
export function keepAside(text: string, now = new Date()): Promise<{ key: string; revision: number }> {
  const key = `${KEPT_ASIDE_PREFIX}${now.toISOString()}`;
  const moving = transact<{ key: string; revision: number }>('readwrite', (store, done) => {
    const read = store.get(REVISION_KEY);
    read.onsuccess = () => {
      const revision = revisionOf(read.result) + 1;
      store.put(text, key);
      store.delete(DOCUMENT_KEY);
      store.put(revision, REVISION_KEY);
      done({ key, revision });
    };
  });
  return within(moving, WRITE_TIMEOUT_MS, 'keeping the unreadable diagram aside');
}
