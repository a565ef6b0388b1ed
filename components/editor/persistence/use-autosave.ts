'use client';
import { useEffect } from 'react';
import { serializeDocument, type TopologyDocument } from '../../../model';
import { setSaveStatus, type EditorStore } from '../store/operations';
import { save } from './idb';

const DELAY_MS = 150;

/** Saves the document to IndexedDB after every change (a burst of changes is one write). */
export function useAutosave(store: EditorStore, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) {
      setSaveStatus(store, 'off');
      return;
    }
    let saved: TopologyDocument = store.getState().document.present;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let writing = Promise.resolve();
    const flush = () => {
      timer = undefined;
      const doc = store.getState().document.present;
      if (doc === saved) return;
      saved = doc;
      const text = serializeDocument(doc);
      writing = writing
        .then(() => save(text))
        .then(
          () => {
            if (store.getState().document.present === doc) setSaveStatus(store, 'saved');
          },
          () => setSaveStatus(store, 'error'),
        );
    };
    const unsubscribe = store.subscribe(() => {
      if (store.getState().document.present === saved || timer) return;
      setSaveStatus(store, 'saving');
      timer = setTimeout(flush, DELAY_MS);
    });
    const onHide = () => {
      if (timer) {
        clearTimeout(timer);
        flush();
      }
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [store, enabled]);
}
