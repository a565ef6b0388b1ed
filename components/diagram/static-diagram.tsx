'use client';
/**
 * A document drawn with the editor's own node and edge renderers, with nothing editable: no
 * dragging, connecting or selecting. The image export draws into it off screen; the review page
 * shows it as its read-only canvas. One renderer for all three keeps the pictures identical.
 */
import { ReactFlow, useNodesInitialized, type FitViewOptions, type ReactFlowProps, type Viewport } from '@xyflow/react';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { TopologyDocument } from '../../model';
import { ConnectionEdge } from '../editor/canvas/edges/connection-edge';
import type { ConnectionFlowEdge, TopologyFlowNode } from '../editor/canvas/flow-types';
import { GroupNode } from '../editor/canvas/nodes/group-node';
import { LeafNode } from '../editor/canvas/nodes/leaf-node';
import { FlowEdgeCache, FlowNodeCache, type ViewFacts } from '../editor/canvas/to-flow';
import { useBadges } from '../editor/findings/use-findings';
import type { Mark } from './diagram-types';
// The node and edge renderers' styles: a page that shows only a diagram (the review) needs them too.
import '../editor/editor.css';
import './static-diagram.css';

const nodeTypes = { leaf: LeafNode, container: GroupNode };
const edgeTypes = { connection: ConnectionEdge };
const NONE: ReadonlySet<string> = new Set();
const NO_MARKS: ReadonlyMap<string, Mark> = new Map();

export interface StaticDiagramProps {
  doc: TopologyDocument;
  /** Draw finding badges on nodes and edges. */
  badges: boolean;
  /** Elements to mark, as a reachability answer marks them (the review page's chosen finding). */
  marks?: ReadonlyMap<string, Mark>;
  /** A fixed view (the export draws at zoom 1 from the diagram's corner); without it the view fits the diagram. */
  viewport?: Viewport;
  fitViewOptions?: FitViewOptions;
  /** Let the reader pan and zoom (the review page); the export keeps the view still. */
  navigable?: boolean;
  /** Called once every node is measured and the edges between them are drawn. */
  onReady?(): void;
  /** Rendered inside <ReactFlow> (controls, panels). */
  children?: ReactNode;
  /** Extra props for special needs (the review page's culling of large diagrams). */
  flowProps?: Partial<ReactFlowProps<TopologyFlowNode, ConnectionFlowEdge>>;
}

/** Calls `onReady` on the second frame after React Flow has measured every node: edges need the measured handles. */
function ReadyProbe({ onReady }: { onReady(): void }) {
  const initialized = useNodesInitialized();
  const called = useRef(false);
  useEffect(() => {
    if (!initialized || called.current) return;
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        called.current = true;
        onReady();
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [initialized, onReady]);
  return null;
}

export function StaticDiagram({ doc, badges, marks = NO_MARKS, viewport, fitViewOptions, navigable = false, onReady, children, flowProps }: StaticDiagramProps) {
  const nodeCache = useRef(new FlowNodeCache());
  const edgeCache = useRef(new FlowEdgeCache());
  const shownBadges = useBadges(badges ? doc : null);
  const facts: ViewFacts = useMemo(() => ({ selectedNodes: NONE, selectedEdges: NONE, badges: shownBadges, marks, dragged: null }), [shownBadges, marks]);
  const nodes = useMemo(() => nodeCache.current.build(doc, facts), [doc, facts]);
  const edges = useMemo(() => edgeCache.current.build(doc, facts), [doc, facts]);
  return (
    <ReactFlow<TopologyFlowNode, ConnectionFlowEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      className="vc-static-diagram"
      colorMode="light"
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      disableKeyboardA11y
      panOnDrag={navigable}
      zoomOnScroll={navigable}
      zoomOnPinch={navigable}
      zoomOnDoubleClick={navigable}
      preventScrolling={navigable}
      minZoom={0.05}
      maxZoom={2.5}
      {...(viewport ? { defaultViewport: viewport } : { fitView: true, ...(fitViewOptions ? { fitViewOptions } : {}) })}
      {...flowProps}
    >
      {onReady && <ReadyProbe onReady={onReady} />}
      {children}
    </ReactFlow>
  );
}
