/**
 * The current document in the browser's IndexedDB, as the text of a topology file: what is
 * restored on reload is exactly what the one parser reads.
 */
const DB_NAME = 'vpc-canvas';
const STORE = 'documents';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

let db: Promise<IDBDatabase> | null = null;
const database = () => (db ??= open());

/** The saved document text, if any. */
export async function loadSaved(): Promise<string | undefined> {
  const d = await database();
  return new Promise((resolve, reject) => {
    const request = d.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
    request.onsuccess = () => resolve(typeof request.result === 'string' ? request.result : undefined);
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  });
}

/** Saves the document text; resolves once the write is committed. */
export async function save(text: string): Promise<void> {
  const d = await database();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(text, KEY);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('write aborted'));
  });
}
