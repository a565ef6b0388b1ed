'use client';
/** The screen shown when the editor broke: download what was on screen, go back to the saved diagram, or start again. */
import { useState } from 'react';
import { CURRENT_VERSION, DOCUMENT_FORMAT, serializeDocument, type TopologyDocument } from '../../../model';
import { downloadBlob, fileSlug } from '../../diagram/download';
import type { DocumentStorage } from '../persistence/document-storage';
import { currentDocument, commit, type EditorStore } from '../store/operations';
import './recovery.css';
import { groupDigits } from '../../../model/text/group-digits';

const emptyDocument = (): TopologyDocument => ({ format: DOCUMENT_FORMAT, version: CURRENT_VERSION, name: 'Untitled network', nodes: [], connections: [] });

const count = (n: number, word: string) => `${groupDigits(n)} ${word}${n === 1 ? '' : 's'}`;

/** The document as a file, even when serializing it is what fails (then as plain JSON). */
function documentFile(doc: TopologyDocument): Blob {
  let text: string;
  try {
    text = serializeDocument(doc);
  } catch {
    text = JSON.stringify(doc, null, 2);
  }
  return new Blob([text], { type: 'application/json' });
}

export interface RecoveryScreenProps {
  store: EditorStore;
  error: Error;
  /** Where the reader's own diagram is saved; null while a shared diagram is shown. */
  storage: DocumentStorage | null;
  /** Called after the store holds an empty document: draw the editor again. */
  onStartFresh(): void;
}

/** Where the last good diagram is, in words, and whether reloading brings it back. */
function whereSaved(doc: TopologyDocument, storage: DocumentStorage | null): { text: string; canReload: boolean } {
  if (!storage || storage.state.getState().failure) return { text: '', canReload: false };
  // Saved by an older build, or opened from storage: reloading would draw it again.
  if (storage.written() === doc) return { text: 'This diagram is the one saved in this browser, so reloading would open it again: download it, then start fresh. ', canReload: false };
  return { text: 'The diagram saved in this browser is the last one the editor drew, not this one. ', canReload: true };
}

export function RecoveryScreen({ store, error, storage, onStartFresh }: RecoveryScreenProps) {
  const [doc] = useState(() => currentDocument(store));
  const saved = whereSaved(doc, storage);
  return (
    <div className="vc-recovery" role="alert" aria-labelledby="vc-recovery-title">
      <div className="vc-recovery-card">
        <h1 id="vc-recovery-title">The editor stopped while drawing this diagram</h1>
        <p>
          Your work is not lost. {saved.text}
          Download what you had to keep it as a file (the command line <code>vpc-canvas validate</code> reads it too), then go on.
        </p>
        <p className="vc-recovery-detail">
          {count(doc.nodes.length, 'node')}, {count(doc.connections.length, 'connection')}. What went wrong: <span>{error.message}</span>
        </p>
        <div className="vc-recovery-actions">
          <button type="button" className="vc-button vc-button-primary" onClick={() => downloadBlob(documentFile(doc), `${fileSlug(doc.name)}.json`)} autoFocus>
            Download what I had
          </button>
          {saved.canReload && (
            <button type="button" className="vc-button" onClick={() => window.location.reload()}>
              Open the last saved diagram
            </button>
          )}
          <button
            type="button"
            className="vc-button"
            onClick={() => {
              commit(store, { document: emptyDocument() }, { history: 'replace' });
              onStartFresh();
            }}
          >
            Start fresh
          </button>
        </div>
      </div>
    </div>
  );
}
