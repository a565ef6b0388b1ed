'use client';
/**
 * The editor as the home page shows it: restores the document saved in this browser (or opens
 * the first sample on a first visit), then renders the editor around it. Opened from a share
 * link (`/#v1.…`), it shows the shared diagram instead, unsaved, with a banner offering to copy
 * it into the reader's own work. A crash while drawing shows the recovery screen, and storage
 * problems (another tab, a failed write, an unreadable saved diagram) a dialog.
 */
import { ReactFlowProvider, type Viewport } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { CURRENT_VERSION, DOCUMENT_FORMAT, type TopologyDocument } from '../../model';
import { arrange } from '../../model/edit/arrange';
import { autoLayout, hasNoPositions } from './layout/auto-layout';
import { startLayoutWorker } from './layout/layout-client';
import { EditorShell } from './editor-shell';
import { createDocumentStorage, type DocumentStorage } from './persistence/document-storage';
import { restoreDocument, type Restored } from './persistence/restore-document';
import { StorageDialog } from './persistence/storage-dialog';
import { readViewport } from './persistence/viewport-memory';
import { SlowOpening } from './recovery/slow-opening';
import { EditorErrorBoundary } from './recovery/editor-error-boundary';
import { readSharedFragment } from '../../model/share/shared-fragment';
import { forgetFragment } from './share/share-fragment';
import { SharedBanner } from './share/shared-banner';
import { EditorStoreProvider } from './store/editor-context';
import { createEditorStore, openDialog, type EditorStore } from './store/operations';
import { initialTheme } from './use-theme';

/** How long opening may take before the page offers a way out (IndexedDB can hang without an error). */
const OPEN_PATIENCE_MS = 5000;

/** A shared diagram on screen, and the reader's own work kept aside. */
interface SharedSession {
  own: Restored;
  fragment: string;
}

interface Opened {
  store: EditorStore;
  storage: DocumentStorage;
  /** Where the view was left, for the user's own saved diagram (a shared one is fitted). */
  viewport?: Viewport;
}

const emptyDocument = (): TopologyDocument => ({ format: DOCUMENT_FORMAT, version: CURRENT_VERSION, name: 'Untitled network', nodes: [], connections: [] });

/** Puts `own` (or the shared diagram of the link) on the canvas, with this tab's storage. */
function openEditor(own: Restored, fragment: string, setShared: (session: SharedSession) => void): Opened {
  const link = readSharedFragment(fragment);
  const opened = link.kind === 'document' ? link.doc : own.doc;
  const store = createEditorStore(link.kind === 'document' ? arrange(link.doc) : own.doc, initialTheme());
  // A sample shown because nothing could be read is not stored yet: autosave writes it once drawn.
  const storage = createDocumentStorage({ ...own.storage, opened: own.saved ? own.doc : null });
  if (link.kind === 'document') setShared({ own, fragment });
  if (link.kind === 'error') {
    forgetFragment();
    openDialog(store, { kind: 'message', tone: 'error', title: 'This link cannot be opened', message: `${link.message} Your own diagram is shown instead.` });
  }
  if (hasNoPositions(opened)) void autoLayout(store, { kind: 'all' }, { history: 'none' });
  const viewport = link.kind === 'none' && own.saved && !hasNoPositions(opened) ? readViewport() : undefined;
  return { store, storage, ...(viewport ? { viewport } : {}) };
}

export default function EditorApp() {
  const [editor, setEditor] = useState<Opened | null>(null);
  const [shared, setShared] = useState<SharedSession | null>(null);
  const [slow, setSlow] = useState(false);
  // "Start with an empty canvas" was chosen while storage did not answer: a late answer is ignored.
  const startedEmpty = useRef(false);
  useEffect(() => {
    let live = true;
    startLayoutWorker();
    const slowTimer = setTimeout(() => setSlow(true), OPEN_PATIENCE_MS);
    void restoreDocument(() => clearTimeout(slowTimer)).then((own) => {
      if (!live || startedEmpty.current) return;
      setEditor(openEditor(own, window.location.hash.slice(1), setShared));
    });
    // A share link pasted into the address bar of an open editor changes only the fragment: open it as a fresh page would.
    const onHashChange = () => {
      if (readSharedFragment(window.location.hash).kind !== 'none') window.location.reload();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      live = false;
      clearTimeout(slowTimer);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
  useEffect(() => editor?.storage.connect(), [editor]);

  if (!editor) {
    if (!slow) return <div className="vc-loading">Opening your diagram…</div>;
    const startEmpty = () => {
      const doc = emptyDocument();
      // Storage never answered, so what it holds is unknown: this tab must not write over it.
      const storage = createDocumentStorage({ revision: 0, opened: null, readOnly: 'browser storage did not answer when the page opened' });
      startedEmpty.current = true;
      setEditor({ store: createEditorStore(doc, initialTheme()), storage });
    };
    return <SlowOpening onRetry={() => window.location.reload()} onStartEmpty={startEmpty} />;
  }
  const { store, storage, viewport } = editor;
  return (
    <EditorStoreProvider store={store}>
      <EditorErrorBoundary store={store} storage={shared ? null : storage}>
        <ReactFlowProvider>
          <EditorShell
            autosave={!shared && storage}
            {...(viewport && !shared ? { viewport } : {})}
            banner={shared && <SharedBanner store={store} own={shared.own.doc} ownSaved={shared.own.saved} fragment={shared.fragment} onSettled={() => setShared(null)} />}
          />
        </ReactFlowProvider>
      </EditorErrorBoundary>
      <StorageDialog storage={storage} />
    </EditorStoreProvider>
  );
}
