'use client';
/**
 * Bare React Flow rendering the same generated nodes and edges as /bench/editor, on a canvas of
 * the same size and at the same view: the reference the editor's frame times are compared with.
 * Built-in node and edge types, `applyNodeChanges`, nothing else.
 */
import { applyNodeChanges, ReactFlow, ReactFlowProvider, type Edge, type Node, type NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { benchDocument, BENCH_VIEWPORT, EDITOR_CHROME } from '../../bench/editor-fixture';
import { depthOf, sizeOf } from '../../model/edit/geometry';
import { BenchProbe, benchSize } from './bench-probe';

function initial(): { nodes: Node[]; edges: Edge[] } {
  const doc = benchDocument(benchSize());
  const nodes = [...doc.nodes]
    .sort((a, b) => depthOf(doc, a.id) - depthOf(doc, b.id))
    .map((n): Node => {
      const size = sizeOf(n);
      return {
        id: n.id,
        position: n.position ?? { x: 0, y: 0 },
        data: { label: n.name ?? n.id },
        width: size.width,
        height: size.height,
        ...(n.parent ? { parentId: n.parent } : {}),
      };
    });
  const edges = doc.connections.map((c): Edge => ({ id: c.id, source: c.source, target: c.target }));
  return { nodes, edges };
}

function Baseline() {
  const [{ nodes: startNodes, edges }] = useState(initial);
  const [nodes, setNodes] = useState(startNodes);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)), []);
  return (
    <div style={{ position: 'fixed', inset: 0, padding: `${EDITOR_CHROME.top}px ${EDITOR_CHROME.right}px ${EDITOR_CHROME.bottom}px ${EDITOR_CHROME.left}px` }}>
      <div className="vc-canvas" style={{ width: '100%', height: '100%' }}>
        <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} defaultViewport={BENCH_VIEWPORT} onlyRenderVisibleElements>
          <BenchProbe />
        </ReactFlow>
      </div>
    </div>
  );
}

export default function BenchBaseline() {
  return (
    <ReactFlowProvider>
      <Baseline />
    </ReactFlowProvider>
  );
}
