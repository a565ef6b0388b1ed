'use client';
/**
 * The editor as the home page shows it: restores the document saved in this browser (or opens
 * the first sample on a first visit), then renders the editor around it. Opened from a share
 * link (`/#v1.…`), it shows the shared diagram instead, unsaved, with a banner offering to copy
 * it into the reader's own work.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { parseDocument, type TopologyDocument } from '../../model';
import { arrange } from '../../model/edit/arrange';
import { autoLayout, hasNoPositions } from './layout/auto-layout';
import { EditorShell } from './editor-shell';
import { loadSaved } from './persistence/idb';
import { FIRST_SAMPLE } from './samples/samples';
import { readSharedFragment } from '../../model/share/shared-fragment';
import { forgetFragment } from './share/share-fragment';
import { SharedBanner } from './share/shared-banner';
import { EditorStoreProvider } from './store/editor-context';
import { createEditorStore, notify, openDialog, setSaveStatus, type EditorStore } from './store/operations';
import { initialTheme } from './use-theme';

interface Restored {
  doc: TopologyDocument;
  /** True when `doc` is the one saved in this browser. */
  saved: boolean;
  problem?: string;
}

/** The reader's own work: the diagram saved in this browser, else the first sample; nodes without a position placed. */
async function restore(): Promise<Restored> {
  const own = await restoreAsWritten();
  return { ...own, doc: arrange(own.doc) };
}

async function restoreAsWritten(): Promise<Restored> {
  let text: string | undefined;
  try {
    text = await loadSaved();
  } catch {
    return { doc: FIRST_SAMPLE.load(), saved: false, problem: 'Browser storage is unavailable: changes will not be kept after a reload.' };
  }
  if (text === undefined) return { doc: FIRST_SAMPLE.load(), saved: false };
  try {
    return { doc: parseDocument(text), saved: true };
  } catch (error) {
    return {
      doc: FIRST_SAMPLE.load(),
      saved: false,
      problem: `The saved diagram could not be read (${error instanceof Error ? error.message : String(error)}); a sample was opened instead.`,
    };
  }
}

/** A shared diagram on screen, and the reader's own work kept aside. */
interface SharedSession {
  own: Restored;
  fragment: string;
}

export default function EditorApp() {
  const [store, setStore] = useState<EditorStore | null>(null);
  const [shared, setShared] = useState<SharedSession | null>(null);
  useEffect(() => {
    let live = true;
    const fragment = window.location.hash.slice(1);
    const link = readSharedFragment(fragment);
    void restore().then((own) => {
      if (!live) return;
      const opened = link.kind === 'document' ? link.doc : own.doc;
      const created = createEditorStore(link.kind === 'document' ? arrange(link.doc) : own.doc, initialTheme());
      setSaveStatus(created, link.kind === 'document' ? 'off' : 'saved');
      if (own.problem) notify(created, own.problem, 'error');
      if (link.kind === 'document') setShared({ own, fragment });
      if (link.kind === 'error') {
        forgetFragment();
        openDialog(created, { kind: 'message', tone: 'error', title: 'This link cannot be opened', message: `${link.message} Your own diagram is shown instead.` });
      }
      setStore(created);
      if (hasNoPositions(opened)) void autoLayout(created, { kind: 'all' }, { history: 'none' });
    });
    // A share link pasted into the address bar of an open editor changes only the fragment: open it as a fresh page would.
    const onHashChange = () => {
      if (readSharedFragment(window.location.hash).kind !== 'none') window.location.reload();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
  if (!store) return <div className="vc-loading">Opening your diagram…</div>;
  return (
    <EditorStoreProvider store={store}>
      <ReactFlowProvider>
        <EditorShell
          autosave={!shared}
          banner={shared && <SharedBanner store={store} own={shared.own.doc} ownSaved={shared.own.saved} fragment={shared.fragment} onSettled={() => setShared(null)} />}
        />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
