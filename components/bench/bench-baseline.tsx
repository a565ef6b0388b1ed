'use client';
/**
 * Bare React Flow rendering the same nodes and edges as /bench/editor, on a canvas of the same size
 * and at the same view: the reference the editor's frame times are compared with. Built-in node
 * and edge types (a `default` node: a bordered box with its name and two handles; a `default`
 * bezier edge), `applyNodeChanges`, nothing else. With `?fixture=fit` it draws the laid-out
 * document the benchmark hands in, with the same positions and sizes, fitted as the editor fits it.
 */
import { applyNodeChanges, ReactFlow, ReactFlowProvider, type Edge, type Node, type NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { parseDocument, type TopologyDocument } from '../../model';
import { benchDocument, BENCH_VIEWPORT, EDITOR_CHROME } from '../../bench/editor-fixture';
import { depthOf, sizeOf } from '../../model/edit/geometry';
import { FIT_OPTIONS, MAX_ZOOM, MIN_ZOOM } from '../editor/canvas/view-limits';
import { BenchProbe, benchFitText, benchSize } from './bench-probe';

function initial(): { nodes: Node[]; edges: Edge[]; fit: boolean } {
  const text = benchFitText();
  const doc: TopologyDocument = text === null ? benchDocument(benchSize()) : parseDocument(text);
  const nodes = doc.nodes
    .map((node, i) => ({ node, i, depth: depthOf(doc, node.id) }))
    .sort((a, b) => a.depth - b.depth || a.i - b.i)
    .map(({ node: n }): Node => {
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
  return { nodes, edges, fit: text !== null };
}

function Baseline() {
  const [{ nodes: startNodes, edges, fit }] = useState(initial);
  const [nodes, setNodes] = useState(startNodes);
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)), []);
  const view = fit ? { fitView: true, fitViewOptions: FIT_OPTIONS } : { defaultViewport: BENCH_VIEWPORT };
  return (
    <div style={{ position: 'fixed', inset: 0, padding: `${EDITOR_CHROME.top}px ${EDITOR_CHROME.right}px ${EDITOR_CHROME.bottom}px ${EDITOR_CHROME.left}px` }}>
      <div className="vc-canvas" style={{ width: '100%', height: '100%' }}>
        <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} minZoom={MIN_ZOOM} maxZoom={MAX_ZOOM} {...view} onlyRenderVisibleElements>
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
