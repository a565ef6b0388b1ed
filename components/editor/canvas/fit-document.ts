/**
 * Fitting the view to the document's geometry rather than to the nodes React Flow has measured:
 * while a large network is revealed in slices (use-reveal.ts) React Flow knows only the part
 * drawn so far, and its own `fitView` would frame that part.
 */
import { getViewportForBounds, type FitViewOptions, type ReactFlowInstance, type ReactFlowState } from '@xyflow/react';
import type { TopologyDocument } from '../../../model';
import { BoundsBuilder } from '../../../model/edit/bounds';
import { absoluteRect, type Rect } from '../../../model/edit/geometry';
import { paddingBesidePanel } from '../compare/panel-room';

/** The rectangle around the nodes `ids` (every node when omitted), in canvas coordinates; undefined when none is in the document. */
export function documentBounds(doc: TopologyDocument, ids?: Iterable<string>): Rect | undefined {
  const bounds = new BoundsBuilder();
  for (const id of ids ?? doc.nodes.map((n) => n.id)) {
    const r = absoluteRect(doc, id);
    if (r) bounds.add(r);
  }
  return bounds.result();
}

export interface FitOptions {
  /** As React Flow's `fitView` takes it: a fraction, or per side. */
  padding: NonNullable<FitViewOptions['padding']>;
  maxZoom: number;
  duration?: number;
  /** Frame only these nodes. */
  ids?: Iterable<string>;
}

/** Sets the view so that the nodes (or the whole document) fill the canvas; false when there is nothing to frame or no canvas size yet. */
export function fitDocument(flow: ReactFlowInstance, state: Pick<ReactFlowState, 'width' | 'height' | 'minZoom' | 'maxZoom'>, doc: TopologyDocument, options: FitOptions): boolean {
  const bounds = documentBounds(doc, options.ids);
  if (!bounds || state.width === 0 || state.height === 0) return false;
  const viewport = getViewportForBounds(bounds, state.width, state.height, state.minZoom, Math.min(options.maxZoom, state.maxZoom), options.padding);
  void flow.setViewport(viewport, options.duration ? { duration: options.duration } : undefined);
  return true;
}

/**
 * Fit view (the toolbar's, the controls', Shift+1): the whole document, beside the compare panel
 * when it is open, up to the canvas's largest zoom. The document's bounds, not the nodes React
 * Flow holds: at the outline level of a large network it holds only a few stand-ins
 * (picture/use-picture.ts).
 */
export function fitWholeDocument(flow: ReactFlowInstance, state: Pick<ReactFlowState, 'width' | 'height' | 'minZoom' | 'maxZoom'>, doc: TopologyDocument, duration = 200): boolean {
  return fitDocument(flow, state, doc, { padding: paddingBesidePanel(0.08), maxZoom: state.maxZoom, ...(duration > 0 ? { duration } : {}) });
}
