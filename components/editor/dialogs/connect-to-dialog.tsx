'use client';
/**
 * "Connect to…": joining the selected node to another without a mouse. Every other node is
 * listed with what `canConnect` says: the kinds of connection AWS would accept (one button each),
 * or, among the refused ones, the reason. Typing filters by name or kind.
 */
import { useMemo, useState } from 'react';
import { canConnect, indexOf, type ConnectAnswer, type TopologyDocument, type TopologyNode } from '../../../model';
import { connectShortcuts, type ConnectShortcut } from '../../../model/edit/connect-shortcuts';
import { buildShortcut, drawConnection } from '../canvas/use-connect';
import { useEditor, useEditorStore } from '../store/editor-context';
import { closeDialog } from '../store/operations';
import { Modal } from './modal';

/** The most rows shown at once; typing narrows a large document down. */
const MAX_ROWS = 60;

interface Candidate {
  node: TopologyNode;
  label: string;
  answer: ConnectAnswer;
  /** What a line AWS never draws directly may stand for (a VPN, Direct Connect). */
  shortcuts: ConnectShortcut[];
}

function candidatesOf(doc: TopologyDocument, source: string, flowMode: boolean): Candidate[] {
  const index = indexOf(doc);
  return doc.nodes
    .filter((n) => n.id !== source)
    .map((node) => {
      const answer = canConnect(doc, source, node.id, flowMode ? { kind: 'flow' } : {});
      return { node, label: index.describe(node), answer, shortcuts: answer.ok || flowMode ? [] : connectShortcuts(doc, source, node.id) };
    });
}

export function ConnectToDialog({ source, onClose }: { source: string; onClose(): void }) {
  const store = useEditorStore();
  const doc = useEditor((s) => s.document.present);
  const flowMode = useEditor((s) => s.interaction.connectMode === 'flow');
  const [filter, setFilter] = useState('');
  const all = useMemo(() => candidatesOf(doc, source, flowMode), [doc, source, flowMode]);
  const index = indexOf(doc);
  const wanted = filter.trim().toLowerCase();
  const shown = wanted ? all.filter((c) => c.label.toLowerCase().includes(wanted)) : all;
  const possible = shown.filter((c) => c.answer.ok || c.shortcuts.length > 0);
  const refused = shown.filter((c) => !c.answer.ok && c.shortcuts.length === 0);
  const from = index.label(index.node(source));
  return (
    <Modal title={`Connect ${from} to…`} onClose={onClose}>
      <div className="vc-connect-to">
        <label htmlFor="vc-connect-filter">Find a node</label>
        <input id="vc-connect-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-autofocus autoComplete="off" spellCheck={false} />
        <h3 id="vc-connect-possible">
          {flowMode ? 'Flows it may state' : 'Connections AWS allows'} ({possible.length})
        </h3>
        {possible.length === 0 ? (
          <p className="vc-muted">Nothing{wanted ? ' that matches' : ''} can be joined to {from}.</p>
        ) : (
          <ul aria-labelledby="vc-connect-possible">
            {possible.slice(0, MAX_ROWS).map((c) => (
              <li key={c.node.id}>
                <span>{c.label}</span>
                {c.shortcuts.map((shortcut) => (
                  <button
                    key={shortcut.id}
                    type="button"
                    className="vc-button"
                    aria-label={`${shortcut.label} to ${c.label}`}
                    onClick={() => {
                      closeDialog(store);
                      buildShortcut(store, source, c.node.id, shortcut);
                    }}
                  >
                    {shortcut.label}
                  </button>
                ))}
                {c.answer.options.map((option) => (
                  <button
                    key={option.label}
                    type="button"
                    className="vc-button"
                    aria-label={`${option.label} to ${c.label}`}
                    onClick={() => {
                      closeDialog(store);
                      drawConnection(store, source, c.node.id, option);
                    }}
                  >
                    {option.label}
                  </button>
                ))}
              </li>
            ))}
          </ul>
        )}
        {refused.length > 0 && (
          <details>
            <summary>Not possible ({refused.length})</summary>
            <ul>
              {refused.slice(0, MAX_ROWS).map((c) => (
                <li key={c.node.id}>
                  <span>{c.label}</span>
                  <span className="vc-muted">{c.answer.reason ?? 'AWS does not allow this connection.'}</span>
                </li>
              ))}
            </ul>
          </details>
        )}
        {Math.max(possible.length, refused.length) > MAX_ROWS && <p className="vc-muted">Showing {MAX_ROWS} of each; type to narrow the list.</p>}
      </div>
    </Modal>
  );
}
