'use client';
/** Loads the editor in the browser only: it needs IndexedDB, the DOM and measured layout. */
import dynamic from 'next/dynamic';
import { loadInStages } from './load-in-stages';

const EditorApp = dynamic(() => loadInStages(() => import('./editor-app')), {
  ssr: false,
  loading: () => <div className="vc-loading">Loading the editor…</div>,
});

export function EditorLoader() {
  return <EditorApp />;
}
