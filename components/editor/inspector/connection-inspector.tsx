'use client';
import { CONNECTION_KINDS, indexOf, type Connection } from '../../../model';
import { updateConnectionProps } from '../../../model/edit/commands';
import { useDocument, useEditorStore } from '../store/editor-context';
import { commit, currentDocument, select } from '../store/operations';
import { ElementFindings } from './element-findings';
import { PropField } from './fields/prop-field';
import { NameField } from './name-field';

/** Name, ends and props of one connection. */
export function ConnectionInspector({ connection }: { connection: Connection }) {
  const store = useEditorStore();
  const doc = useDocument();
  const spec = CONNECTION_KINDS[connection.kind];
  const index = indexOf(doc);
  const source = index.node(connection.source);
  const target = index.node(connection.target);
  const stored = (connection.props ?? {}) as Record<string, unknown>;
  const setProp = (key: string, value: unknown) =>
    commit(store, { document: updateConnectionProps(currentDocument(store), connection.id, { [key]: value }) }, { history: 'merge', mergeKey: `${connection.id}:${key}` });
  return (
    <div className="vc-inspector-body">
      <header className="vc-inspector-head">
        <div>
          <h2>{connection.name?.trim() || spec.label}</h2>
          <p className="vc-muted">
            {spec.label} · <code>{connection.id}</code>
          </p>
        </div>
      </header>
      <p className="vc-ends">
        <button type="button" className="vc-link-button" onClick={() => source && select(store, [source.id])}>
          {index.label(source)}
        </button>
        <span aria-hidden="true">{spec.directed ? ' → ' : ' ↔ '}</span>
        <button type="button" className="vc-link-button" onClick={() => target && select(store, [target.id])}>
          {index.label(target)}
        </button>
      </p>
      <NameField elementId={connection.id} name={connection.name} placeholder={spec.label} />
      {Object.entries(spec.props).map(([key, propSpec]) => (
        <PropField key={`${connection.id}:${key}`} id={`prop-${connection.id}-${key}`} name={key} spec={propSpec} stored={stored} doc={doc} onChange={(v) => setProp(key, v)} />
      ))}
      <ElementFindings doc={doc} id={connection.id} />
    </div>
  );
}
