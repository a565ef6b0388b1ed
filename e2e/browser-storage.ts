/**
 * The editor's IndexedDB record as a test sees it from outside: what another build, a damaged
 * disk or another tab could have left there. These helpers touch only the browser's storage,
 * never the app's code.
 */
import type { Page } from '@playwright/test';

const DB = 'vpc-canvas';
const STORE = 'documents';

/** Every key and value in the editor's store (values that are not strings are JSON-encoded). */
export function storedEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(
    ({ db, store }) =>
      new Promise<Record<string, string>>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readonly');
          const keys = tx.objectStore(store).getAllKeys();
          const values = tx.objectStore(store).getAll();
          tx.oncomplete = () => {
            const out: Record<string, string> = {};
            keys.result.forEach((key, i) => (out[String(key)] = typeof values.result[i] === 'string' ? values.result[i] : JSON.stringify(values.result[i])));
            open.result.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { db: DB, store: STORE },
  );
}

/** Writes `text` as the stored diagram, as another build of the app would (the store must exist: open the editor once first). */
export function storeDiagramText(page: Page, text: string): Promise<void> {
  return page.evaluate(
    ({ db, store, text }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(text, 'current');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { db: DB, store: STORE, text },
  );
}
