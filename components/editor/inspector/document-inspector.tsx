'use client';
import { renameDocument } from '../../../model/edit/commands';
import { useDocument, useEditorStore } from '../store/editor-context';
import { commit, currentDocument } from '../store/operations';

/** With nothing selected: the document's title, and how to get started. */
export function DocumentInspector() {
  const store = useEditorStore();
  const doc = useDocument();
  return (
    <div className="vc-inspector-body">
      <header className="vc-inspector-head">
        <div>
          <h2>Diagram</h2>
          <p className="vc-muted">
            {doc.nodes.length} nodes · {doc.connections.length} connections
          </p>
        </div>
      </header>
      <div className="vc-field">
        <label htmlFor="doc-name">Title</label>
        <input
          id="doc-name"
          type="text"
          value={doc.name ?? ''}
          placeholder="Untitled network"
          onChange={(e) => commit(store, { document: renameDocument(currentDocument(store), e.target.value) }, { history: 'merge', mergeKey: 'doc:name' })}
        />
      </div>
      <ul className="vc-tips">
        <li>Drag a VPC from the palette, then subnets into it: each gets the next free block.</li>
        <li>Drop gateways on a VPC&apos;s edge to attach them.</li>
        <li>Drag from the dot on a node&apos;s right side to another node to connect them.</li>
        <li>Select two networks to ask whether one can reach the other.</li>
        <li>
          Press <kbd>?</kbd> for every shortcut.
        </li>
      </ul>
    </div>
  );
}
