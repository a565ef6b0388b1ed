'use client';
/**
 * "Find a node…": a node chosen by name, kind, id or address block is selected and the view
 * frames it. At the fit view of a large network every node is a few pixels wide and the keyboard
 * reaches only what is selected; this is how a keyboard user (or anyone who knows a name) gets
 * to one. Enter in the field goes to the first match.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { findNodes, searchableNodes } from '../../../model/edit/find-nodes';
import { useEditor, useEditorStore } from '../store/editor-context';
import { closeDialog, selectAndFrame } from '../store/operations';
import { Modal } from './modal';

/** The most matches listed; typing narrows a large document down. */
const MAX_ROWS = 50;

export function FindDialog({ onClose }: { onClose(): void }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.document.present);
  const [query, setQuery] = useState('');
  // Thousands of nodes are filtered on each key: the field stays responsive while the list catches up.
  const deferred = useDeferredValue(query);
  const searchable = useMemo(() => searchableNodes(doc), [doc]);
  const matches = useMemo(() => findNodes(searchable, deferred), [searchable, deferred]);
  const go = (id: string) => {
    closeDialog(store);
    selectAndFrame(store, [id]);
  };
  return (
    <Modal title="Find a node" onClose={onClose}>
      <form
        className="vc-find"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const first = findNodes(searchable, query)[0];
          if (first) go(first.node.id);
        }}
      >
        <label htmlFor="vc-find-query">Name, kind, id or address block</label>
        <input id="vc-find-query" type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-autofocus autoComplete="off" spellCheck={false} />
        <p className="vc-muted" role="status">
          {matches.length === 0 ? 'No node matches.' : `${matches.length.toLocaleString('en')} ${matches.length === 1 ? 'node' : 'nodes'}${matches.length > MAX_ROWS ? `; the first ${MAX_ROWS} are listed` : ''}. Enter goes to the first.`}
        </p>
        <ul aria-label="Matching nodes">
          {matches.slice(0, MAX_ROWS).map(({ node, text }) => (
            <li key={node.id}>
              <button type="button" className="vc-find-result" onClick={() => go(node.id)}>
                {text}
              </button>
            </li>
          ))}
        </ul>
      </form>
    </Modal>
  );
}
