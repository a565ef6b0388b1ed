'use client';
/**
 * Saves the document to the browser after every change (a burst of changes is one write), but
 * only a document that has been drawn: this component's effect runs after React has committed
 * the screen with that document, so a document that crashes drawing or validating never replaces
 * the stored one, and the next reload opens the last good diagram.
 */
import { useEffect, useRef } from 'react';
import type { TopologyDocument } from '../../../model';
import { useDocument, useEditorStore } from '../store/editor-context';
import type { SaveStatus } from '../store/editor-state';
import { notify, setSaveStatus, type EditorStore } from '../store/operations';
import type { DocumentStorage } from './document-storage';

const DELAY_MS = 150;

/**
 * What the toolbar says about saving, from the storage's state and what is on screen. `writing`:
 * a write is under way or waiting, which may store another document than the one on screen (an
 * undo right after an edit brings back the very document stored before it, while the edit's
 * write has yet to land): "saved" only once it has landed.
 */
function statusOf(store: EditorStore, storage: DocumentStorage, writing = false): SaveStatus {
  const { stale, failure } = storage.state.getState();
  if (stale) return 'conflict';
  if (failure) return 'error';
  return !writing && store.getState().document.present === storage.written() ? 'saved' : 'saving';
}

/**
 * True when closing the page would lose changes that are on screen and nowhere else: saving is
 * failing or refused, and the document is neither the stored one nor the one the page opened with
 * (a sample or an empty canvas is not worth a warning).
 */
function hasUnkeptChanges(store: EditorStore, storage: DocumentStorage, opened: TopologyDocument): boolean {
  const present = store.getState().document.present;
  return (['conflict', 'error'] as SaveStatus[]).includes(statusOf(store, storage)) && present !== (storage.written() ?? opened);
}

/** Renders nothing; `storage` false turns saving off (a shared diagram, the benchmarks). */
export function Autosave({ storage }: { storage: DocumentStorage | false }) {
  const store = useEditorStore();
  const doc = useDocument();
  const drawnRef = useRef<(doc: TopologyDocument) => void>(() => {});

  useEffect(() => {
    if (!storage) {
      setSaveStatus(store, 'off');
      return;
    }
    const opened = store.getState().document.present;
    let drawn: TopologyDocument | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let writing = Promise.resolve();
    // The document the last write asked for will store (landed or not), and how many writes have
    // not landed: a document is compared with what will be stored, not with what is stored now,
    // or an undo to the stored document during the edit's write would never be written.
    let queued = storage.written();
    let unlanded = 0;
    const refresh = () => setSaveStatus(store, statusOf(store, storage, unlanded > 0));
    const flush = () => {
      timer = undefined;
      const next = drawn;
      // With nothing under way, what is stored is what will be (a version adopted from another tab).
      if (!next || next === queued || (unlanded === 0 && next === storage.written())) return;
      queued = next;
      unlanded++;
      refresh();
      writing = writing
        .then(() => storage.write(next))
        .then((result) => {
          unlanded--;
          // Refused or failed: what will be stored is what is stored, so the next change writes again.
          if (result !== 'saved' && unlanded === 0) queued = storage.written();
          refresh();
        });
    };
    drawnRef.current = (doc) => {
      drawn = doc;
      refresh();
      if (!timer) timer = setTimeout(flush, DELAY_MS);
    };
    const stopStore = store.subscribe(refresh);
    const stopStorage = storage.state.subscribe(refresh);
    refresh();
    let toldOtherTab = false;
    const tellOtherTab = () => {
      if (toldOtherTab || !storage.state.getState().otherTab) return;
      toldOtherTab = true;
      notify(store, 'This diagram is also open in another tab. Both tabs save to the same place: if the other tab saves first, this one asks before replacing anything.', 'info');
    };
    const stopOtherTab = storage.state.subscribe(tellOtherTab);
    tellOtherTab();
    const onHide = () => {
      if (timer) {
        clearTimeout(timer);
        flush();
      }
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasUnkeptChanges(store, storage, opened)) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      drawnRef.current = () => {};
      stopStore();
      stopStorage();
      stopOtherTab();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      onHide();
    };
  }, [store, storage]);

  // After the commit that drew `doc` (never for a render that threw).
  useEffect(() => drawnRef.current(doc), [doc, storage]);
  return null;
}
