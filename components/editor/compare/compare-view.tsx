'use client';
/**
 * "Compare with…" on the canvas: the other document's removed nodes as ghosts where they were
 * drawn, and a panel listing the differences (components/diagram/compare/, which the review page
 * shows too). The canvas marks added and changed elements itself. Lives inside <ReactFlow>.
 *
 * The panel folds to its summary line, so that on a small screen it does not cover the diagram (it
 * starts folded on a narrow canvas); it stays as folded or open as it was for as long as the
 * comparison lasts. When a comparison
 * starts, the view fits the diagram and the ghosts beside the panel.
 */
import { getViewportForBounds, Panel, useReactFlow, useStore, useStoreApi, type Rect } from '@xyflow/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { DocumentDiff } from '../../../model/diff/diff-documents';
import { CompareGhosts } from '../../diagram/compare/compare-ghosts';
import { CompareList, CompareSummary } from '../../diagram/compare/compare-list';
import type { Ghost } from '../../diagram/compare/compare-overlay';
import { documentBounds } from '../canvas/fit-document';
import { FIT_OPTIONS, MIN_ZOOM } from '../canvas/view-limits';
import { useEditorStore } from '../store/editor-context';
import { selectAndFrame, setCompare } from '../store/operations';
import { COMPARE_PANEL_CLASS, paddingBesidePanel } from './panel-room';

function union(a: Rect | undefined, b: Rect): Rect {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

/** Fits the diagram and the ghosts beside the panel once per comparison (named `name`). */
function useFitOnCompare(name: string, ghosts: readonly Ghost[]) {
  const flow = useReactFlow();
  const store = useEditorStore();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const latest = useRef({ ghosts, width, height });
  latest.current = { ghosts, width, height };
  useEffect(() => {
    // After the panel is drawn, so that its size is known.
    const frame = requestAnimationFrame(() => {
      const { ghosts: shown, width: w, height: h } = latest.current;
      // The document's bounds, not the nodes React Flow holds (a large network at the outline level is a picture: canvas/picture/).
      let bounds: Rect | undefined = documentBounds(store.getState().document.present);
      for (const g of shown) bounds = union(bounds, g);
      if (!bounds || w === 0 || h === 0) return;
      const viewport = getViewportForBounds(bounds, w, h, MIN_ZOOM, FIT_OPTIONS.maxZoom, paddingBesidePanel(FIT_OPTIONS.padding));
      void flow.setViewport(viewport, { duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, name, store]);
}

/**
 * Below this canvas width the panel starts folded: open, its 340-pixel list would leave the
 * diagram less than half the canvas (at 1024×700, beside the palette and the inspector, the canvas
 * is about 490 pixels wide).
 */
const OPEN_PANEL_MIN_CANVAS_WIDTH = 720;

export function CompareView({ name, diff, ghosts }: { name: string; diff: DocumentDiff; ghosts: readonly Ghost[] }) {
  const store = useEditorStore();
  const flowStore = useStoreApi();
  const [open, setOpen] = useState(() => flowStore.getState().width >= OPEN_PANEL_MIN_CANVAS_WIDTH);
  const listId = useId();
  useFitOnCompare(name, ghosts);
  return (
    <>
      <CompareGhosts ghosts={ghosts} />
      <Panel
        position="top-left"
        className={`${COMPARE_PANEL_CLASS}${open ? '' : ` ${COMPARE_PANEL_CLASS}-folded`}`}
        data-testid="compare-panel"
        aria-label="Comparison"
      >
        <div className="vc-compare-head">
          <button type="button" className="vc-compare-toggle" aria-expanded={open} aria-controls={listId}
            title={open ? 'Fold the list to its summary' : 'Show the list of differences'}
            onClick={() => setOpen((o) => !o)}>
            <span className="vc-compare-chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            <strong>Compared with {name}</strong>
          </button>
          <button type="button" className="vc-icon-button" aria-label="End the comparison" onClick={() => setCompare(store, null)}>
            ×
          </button>
        </div>
        <div id={listId}>
          {open ? <CompareList name={name} diff={diff} onPick={(id) => selectAndFrame(store, [id])} /> : <CompareSummary diff={diff} />}
        </div>
      </Panel>
    </>
  );
}
