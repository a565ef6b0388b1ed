'use client';
/** Hands the editor store to the components below it, and reads slices of it. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { EditorState } from './editor-state';
import type { EditorStore } from './operations';

const EditorStoreContext = createContext<EditorStore | null>(null);

export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

export function useEditorStore(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStore outside EditorStoreProvider');
  return store;
}

/** A slice of the editor state; the component re-renders only when the slice changes (Object.is). */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(store.getState()),
  );
}

/** The current document. */
export function useDocument() {
  return useEditor((s) => s.document.present);
}
