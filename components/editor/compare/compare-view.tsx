'use client';
/**
 * "Compare with…" on the canvas: the other document's removed nodes as ghosts where they were
 * drawn, and a panel listing the differences (components/diagram/compare/, which the review page
 * shows too). The canvas marks added and changed elements itself. Lives inside <ReactFlow>.
 */
import { Panel } from '@xyflow/react';
import type { DocumentDiff } from '../../../model/diff/diff-documents';
import { CompareGhosts } from '../../diagram/compare/compare-ghosts';
import { CompareList } from '../../diagram/compare/compare-list';
import type { Ghost } from '../../diagram/compare/compare-overlay';
import { useEditorStore } from '../store/editor-context';
import { selectAndFrame, setCompare } from '../store/operations';

export function CompareView({ name, diff, ghosts }: { name: string; diff: DocumentDiff; ghosts: readonly Ghost[] }) {
  const store = useEditorStore();
  return (
    <>
      <CompareGhosts ghosts={ghosts} />
      <Panel position="top-left" className="vc-compare-panel" data-testid="compare-panel" aria-label="Comparison">
        <div className="vc-compare-head">
          <strong>Compared with {name}</strong>
          <button type="button" className="vc-icon-button" aria-label="End the comparison" onClick={() => setCompare(store, null)}>
            ×
          </button>
        </div>
        <CompareList name={name} diff={diff} onPick={(id) => selectAndFrame(store, [id])} />
      </Panel>
    </>
  );
}
