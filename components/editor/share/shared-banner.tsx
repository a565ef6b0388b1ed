'use client';
/**
 * Shown above the canvas while the editor shows a diagram opened from a share link. The reader's
 * own diagram stays saved in the browser, untouched, until they choose to replace it.
 */
import type { TopologyDocument } from '../../../model';
import { useDocument } from '../store/editor-context';
import { commit, currentDocument, openDialog, type EditorStore } from '../store/operations';
import { forgetFragment, REVIEW_PATH } from './share-fragment';
import './share.css';
import { groupDigits } from '../../../model/text/group-digits';

export interface SharedBannerProps {
  store: EditorStore;
  /** The reader's own diagram (saved in this browser, or the first-visit sample). */
  own: TopologyDocument;
  /** True when `own` is saved in this browser (replacing it needs asking). */
  ownSaved: boolean;
  /** The share link's fragment, for the review page link. */
  fragment: string;
  /** The banner is done: the editor goes back to the reader's own work, saved as usual. */
  onSettled(): void;
}

const plural = (n: number, word: string) => `${groupDigits(n)} ${word}${n === 1 ? '' : 's'}`;

export function SharedBanner({ store, own, ownSaved, fragment, onSettled }: SharedBannerProps) {
  const doc = useDocument();
  const name = doc.name?.trim();

  const adopt = () => {
    const shared = currentDocument(store);
    // A history of its own, with one undo step back to the reader's own diagram when there is one
    // (its routes are saved in it: `connection.route`).
    const kept = { document: shared };
    if (ownSaved) {
      commit(store, { document: own }, { history: 'replace' });
      commit(store, kept, { history: 'new' });
    } else commit(store, kept, { history: 'replace' });
    forgetFragment();
    // Autosave comes back on and saves it, as it saves every drawn change.
    onSettled();
  };

  const askAdopt = () => {
    if (!ownSaved || own.nodes.length === 0) {
      adopt();
      return;
    }
    const ownName = own.name?.trim() ? `“${own.name.trim()}”` : 'your diagram';
    openDialog(store, {
      kind: 'confirm',
      title: 'Copy the shared diagram into your editor?',
      message: `It replaces ${ownName}, the diagram saved in this browser (${plural(own.nodes.length, 'node')}). Undo brings it back.`,
      confirmLabel: 'Replace my diagram',
      onConfirm: adopt,
    });
  };

  const leave = () => {
    commit(store, { document: own }, { history: 'replace' });
    forgetFragment();
    onSettled();
  };

  return (
    <div className="vc-shared-banner" role="region" aria-label="Shared diagram">
      <p>
        <strong>Shared diagram{name ? ` “${name}”` : ''}</strong>
        <span>
          {' '}
          · {plural(doc.nodes.length, 'node')}, {plural(doc.connections.length, 'connection')}. Not saved in this browser: your own diagram is kept as it was.
        </span>
      </p>
      <div className="vc-shared-actions">
        <a className="vc-button" href={`${REVIEW_PATH}#${fragment}`} target="_blank" rel="noopener noreferrer">
          Open review page
        </a>
        <button type="button" className="vc-button" onClick={leave}>
          Back to my diagram
        </button>
        <button type="button" className="vc-button vc-button-primary" onClick={askAdopt}>
          Copy into my editor
        </button>
      </div>
    </div>
  );
}
