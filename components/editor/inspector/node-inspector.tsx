'use client';
import { indexOf, NODE_KINDS, type TopologyNode } from '../../../model';
import { updateNodeProps } from '../../../model/edit/commands';
import { displayName } from '../canvas/nodes/labels';
import { nodeIcon } from '../icons';
import { useDocument, useEditorStore } from '../store/editor-context';
import { commit, currentDocument, select } from '../store/operations';
import { ElementFindings } from './element-findings';
import { PropField } from './fields/prop-field';
import { NameField } from './name-field';

/** Name and every prop of one node, built from its kind's registry entry. */
export function NodeInspector({ node }: { node: TopologyNode }) {
  const store = useEditorStore();
  const doc = useDocument();
  const spec = NODE_KINDS[node.kind];
  const index = indexOf(doc);
  const parent = index.parentOf(node);
  const stored = (node.props ?? {}) as Record<string, unknown>;
  const setProp = (key: string, value: unknown) =>
    commit(store, { document: updateNodeProps(currentDocument(store), node.id, { [key]: value }) }, { history: 'merge', mergeKey: `${node.id}:${key}` });
  return (
    <div className="vc-inspector-body">
      <header className="vc-inspector-head">
        <img src={nodeIcon(node)} alt="" width={32} height={32} />
        <div>
          <h2>{displayName(node)}</h2>
          <p className="vc-muted">
            {spec.label} · <code>{node.id}</code>
          </p>
        </div>
      </header>
      {parent && (
        <p className="vc-muted vc-parent-line">
          Inside{' '}
          <button type="button" className="vc-link-button" onClick={() => select(store, [parent.id])}>
            {index.label(parent)}
          </button>
        </p>
      )}
      <NameField elementId={node.id} name={node.name} placeholder={node.id} />
      {Object.entries(spec.props).map(([key, propSpec]) => (
        <PropField key={`${node.id}:${key}`} id={`prop-${node.id}-${key}`} name={key} spec={propSpec} stored={stored} doc={doc} node={node} onChange={(v) => setProp(key, v)} />
      ))}
      <ElementFindings doc={doc} id={node.id} />
    </div>
  );
}
