'use client';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import { paddingBesidePanel } from '../compare/panel-room';
import { useEditor, useEditorStore } from '../store/editor-context';
import { fitDocument } from './fit-document';

/** Fits the view when a document is opened, and frames the subjects of a clicked finding. */
export function ViewRequests() {
  const flow = useReactFlow();
  const store = useEditorStore();
  const flowStore = useStoreApi();
  const fitRequest = useEditor((s) => s.interaction.fitRequest);
  const frameRequest = useEditor((s) => s.interaction.frameRequest);

  useEffect(() => {
    if (fitRequest === 0) return;
    const doc = store.getState().document.present;
    // An empty diagram starts at 100%, so that what is dropped first is drawn at its real size.
    const id = requestAnimationFrame(() => {
      if (doc.nodes.length === 0) void flow.setViewport({ x: 40, y: 40, zoom: 1 });
      else fitDocument(flow, flowStore.getState(), doc, { padding: paddingBesidePanel(0.08), maxZoom: 1 });
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
