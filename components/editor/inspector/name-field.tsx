'use client';
import { rename } from '../../../model/edit/commands';
import { useEditorStore } from '../store/editor-context';
import { commit, currentDocument } from '../store/operations';

/** The name of a node or connection; typed straight into the document (one undo step per burst of typing). */
export function NameField({ elementId, name, placeholder }: { elementId: string; name: string | undefined; placeholder: string }) {
  const store = useEditorStore();
  return (
    <div className="vc-field">
      <label htmlFor={`name-${elementId}`}>Name</label>
      <input
        id={`name-${elementId}`}
        type="text"
        value={name ?? ''}
        placeholder={placeholder}
        maxLength={256}
        onChange={(e) => commit(store, { document: rename(currentDocument(store), elementId, e.target.value) }, { history: 'merge', mergeKey: `${elementId}:name` })}
      />
    </div>
  );
}
