'use client';
/**
 * The editor as the home page shows it: restores the document saved in this browser (or opens
 * the first sample on a first visit), then renders the editor around it.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { parseDocument, type TopologyDocument } from '../../model';
import { arrange } from '../../model/edit/arrange';
import { autoLayout, hasNoPositions } from './layout/auto-layout';
import { EditorShell } from './editor-shell';
import { loadSaved } from './persistence/idb';
import { FIRST_SAMPLE } from './samples/samples';
import { EditorStoreProvider } from './store/editor-context';
import { createEditorStore, notify, type EditorStore } from './store/editor-store';
import { initialTheme } from './use-theme';

async function restore(): Promise<{ doc: TopologyDocument; problem?: string }> {
  let text: string | undefined;
  try {
    text = await loadSaved();
  } catch {
    return { doc: FIRST_SAMPLE.load(), problem: 'Browser storage is unavailable: changes will not be kept after a reload.' };
  }
  if (text === undefined) return { doc: FIRST_SAMPLE.load() };
  try {
    return { doc: parseDocument(text) };
  } catch (error) {
    return { doc: FIRST_SAMPLE.load(), problem: `The saved diagram could not be read (${error instanceof Error ? error.message : String(error)}); a sample was opened instead.` };
  }
}

export default function EditorApp() {
  const [store, setStore] = useState<EditorStore | null>(null);
  useEffect(() => {
    let live = true;
    void restore().then(({ doc, problem }) => {
      if (!live) return;
      const created = createEditorStore(arrange(doc), initialTheme());
      created.setState({ saveStatus: 'saved' });
      if (problem) notify(created, problem, 'error');
      setStore(created);
      if (hasNoPositions(doc)) void autoLayout(created, { kind: 'all' }, { record: false });
    });
    return () => {
      live = false;
    };
  }, []);
  if (!store) return <div className="vc-loading">Opening your diagram…</div>;
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <EditorShell />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
