'use client';
/**
 * The dotted grid behind the diagram, drawn inside React Flow's viewport so that it moves and
 * scales with it. React Flow's own <Background> redraws an SVG pattern over the whole pane on every
 * pan and zoom step; this grid is painted once and then only moved with the viewport's transform,
 * which keeps panning as cheap as on a bare canvas.
 */
import { ViewportPortal } from '@xyflow/react';

export function CanvasGrid() {
  return (
    <ViewportPortal>
      <div className="vc-grid" aria-hidden="true" />
    </ViewportPortal>
  );
}
