'use client';
/** How the routing inspector writes: every edit is a pure document change committed through the store. */
import type { TopologyDocument } from '../../../../model';
import { useEditorStore } from '../../store/editor-context';
import { commit, currentDocument } from '../../store/operations';

/**
 * `edit(change)`: one undo step. `type(key, change)`: typing, merged into one step per burst per
 * `key` (as the name and prop fields do).
 */
export function useRoutingEdit() {
  const store = useEditorStore();
  return {
    edit: (change: (doc: TopologyDocument) => TopologyDocument) => commit(store, { document: change(currentDocument(store)) }, { history: 'new' }),
    type: (key: string, change: (doc: TopologyDocument) => TopologyDocument) => commit(store, { document: change(currentDocument(store)) }, { history: 'merge', mergeKey: key }),
  };
}
