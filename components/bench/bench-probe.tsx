'use client';
import { useNodesInitialized } from '@xyflow/react';
import { useEffect } from 'react';

declare global {
  interface Window {
    /** performance.now() at the first frame painted after React Flow measured every node (and the editor drew its last slice). */
    __benchFirstRender?: number;
    /** A laid-out document handed in by the benchmark (`?fixture=fit`): both pages draw it at the fit view. */
    __benchDocumentText?: string;
  }
}

/** Records when the diagram is first drawn (both benchmark pages use it, inside <ReactFlow>). */
export function BenchProbe() {
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (window.__benchFirstRender !== undefined) return;
    // The editor draws a large network in slices, saying so on the canvas: its first render is
    // the first frame once the last slice is in (the bare page has no such status). At the
    // outline level a large network is a picture, and React Flow holds no node to measure.
    let frame = requestAnimationFrame(function check() {
      const drawn = initialized || document.querySelector('[data-testid="outline-picture"] .vc-picture-shape') !== null;
      if (!drawn || document.querySelector('.vc-canvas-placing')) frame = requestAnimationFrame(check);
      else window.__benchFirstRender ??= performance.now();
    });
    return () => cancelAnimationFrame(frame);
  }, [initialized]);
  return null;
}

/** The `n` query parameter: how many nodes to generate. */
export function benchSize(): number {
  const n = Number(new URLSearchParams(window.location.search).get('n'));
  return Number.isInteger(n) && n >= 12 && n <= 20_000 ? n : 500;
}

/** The document text the benchmark handed in for `?fixture=fit`, or null for the generated fixture. */
export function benchFitText(): string | null {
  if (new URLSearchParams(window.location.search).get('fixture') !== 'fit') return null;
  const text = window.__benchDocumentText;
  if (text === undefined) throw new Error('?fixture=fit: the benchmark did not hand in window.__benchDocumentText');
  return text;
}
