'use client';
import { useReactFlow, useStoreApi, type ReactFlowInstance, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { TopologyDocument } from '../../../model';
import { paddingBesidePanel } from '../compare/panel-room';
import { useEditor, useEditorStore } from '../store/editor-context';
import { fitDocument } from './fit-document';

/** The view a fit request asks for: the whole document, or 100% for an empty one (what is dropped first is drawn at its real size). */
function fitTo(flow: ReactFlowInstance, state: ReactFlowState, doc: TopologyDocument): boolean {
  if (state.width === 0 || state.height === 0) return false;
  if (doc.nodes.length > 0) return fitDocument(flow, state, doc, { padding: paddingBesidePanel(0.08), maxZoom: 1 });
  void flow.setViewport({ x: 40, y: 40, zoom: 1 });
  return true;
}

/** Fits the view when a document is opened, and frames the subjects of a clicked finding. */
export function ViewRequests() {
  const flow = useReactFlow();
  const store = useEditorStore();
  const flowStore = useStoreApi();
  const fitRequest = useEditor((s) => s.interaction.fitRequest);
  const frameRequest = useEditor((s) => s.interaction.frameRequest);

  // The fit that came with a new document is made in the same task as the document, before React
  // draws it: drawn first at the old zoom, a laid-out network of 5,000 nodes was mounted node by
  // node at full detail (2 s), only to be replaced by its outline when the fit came a frame later.
  // A document that has just been placed is drawn two tasks later (use-placed.ts), so its fit
  // waits for the frame below: in the placing task, working out its geometry (74 ms at 5,000
  // nodes) made that task one of the longest of the opening.
  const fitted = useRef(0);
  useEffect(() => {
    let placing = store.getState().interaction.placing;
    return store.subscribe(() => {
      const { interaction, document } = store.getState();
      const placed = placing && !interaction.placing;
      placing = interaction.placing;
      if (placed || interaction.fitRequest === fitted.current || interaction.fitRequest === 0) return;
      if (fitTo(flow, flowStore.getState(), document.present)) fitted.current = interaction.fitRequest;
    });
  }, [flow, flowStore, store]);
  // Otherwise (a request made before the canvas was measured, as when the editor opens, or a
  // document just placed), a frame later.
  useEffect(() => {
    if (fitRequest === 0 || fitRequest === fitted.current) return;
    const doc = store.getState().document.present;
    const id = requestAnimationFrame(() => {
      if (fitTo(flow, flowStore.getState(), doc)) fitted.current = fitRequest;
    });
    return () => cancelAnimationFrame(id);
  }, [fitRequest, flow, flowStore, store]);

  useEffect(() => {
    if (!frameRequest) return;
    const doc = store.getState().document.present;
    const nodeIds = new Set(doc.nodes.map((n) => n.id as string));
    const ids = new Set<string>();
    for (const id of frameRequest.ids) {
      if (nodeIds.has(id)) ids.add(id);
      const connection = doc.connections.find((c) => c.id === id);
      if (connection) {
        ids.add(connection.source);
        ids.add(connection.target);
      }
    }
    if (ids.size === 0) return;
    const id = requestAnimationFrame(() => void fitDocument(flow, flowStore.getState(), doc, { ids, padding: paddingBesidePanel(0.35), duration: 250, maxZoom: 1.25 }));
    return () => cancelAnimationFrame(id);
  }, [frameRequest, flow, flowStore, store]);

  return null;
}
