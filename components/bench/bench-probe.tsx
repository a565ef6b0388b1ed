'use client';
import { useNodesInitialized } from '@xyflow/react';
import { useEffect } from 'react';

declare global {
  interface Window {
    /** performance.now() at the first frame painted after React Flow measured every node. */
    __benchFirstRender?: number;
  }
}

/** Records when the diagram is first drawn (both benchmark pages use it, inside <ReactFlow>). */
export function BenchProbe() {
  const initialized = useNodesInitialized();
  useEffect(() => {
    if (!initialized || window.__benchFirstRender !== undefined) return;
    requestAnimationFrame(() => {
      window.__benchFirstRender ??= performance.now();
    });
  }, [initialized]);
  return null;
}

/** The `n` query parameter: how many nodes to generate. */
export function benchSize(): number {
  const n = Number(new URLSearchParams(window.location.search).get('n'));
  return Number.isInteger(n) && n >= 12 && n <= 20_000 ? n : 500;
}
