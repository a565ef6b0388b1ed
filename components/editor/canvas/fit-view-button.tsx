'use client';
import { ControlButton, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { useEditorStore } from '../store/editor-context';
import { fitWholeDocument } from './fit-document';

/** The controls' Fit View, as the toolbar's (the document, not the nodes React Flow holds: fit-document.ts), at once as React Flow's own. */
export function FitViewButton() {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const store = useEditorStore();
  const fit = useCallback(() => void fitWholeDocument(flow, flowStore.getState(), store.getState().document.present, 0), [flow, flowStore, store]);
  return (
    <ControlButton className="react-flow__controls-fitview" onClick={fit} title="Fit View" aria-label="Fit View">
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>
    </ControlButton>
  );
}
