'use client';
/**
 * The canvas: the document drawn with React Flow. React Flow reports changes; this component
 * turns them into edit commands (through the drag and connect hooks) or into selection.
 */
import {
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  type EdgeChange,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { badgesOf } from '../findings/badges';
import { minimapColor } from '../kind-views';
import { useDocument, useEditor, useEditorStore } from '../store/editor-context';
import { select } from '../store/operations';
import { CanvasGrid } from './canvas-grid';
import { ZoomDetail } from './zoom-detail';
import { ConnectHint } from './connect-hint';
import { ConnectCheckerContext, createConnectChecker } from './connect-checker';
import { ConnectionLine } from './connection-line';
import type { Mark } from '../../diagram/diagram-types';
import { EdgeMarkers } from '../../diagram/edge-markers';
import { ConnectionEdge } from './edges/connection-edge';
import type { ConnectionFlowEdge, TopologyFlowNode } from './flow-types';
import { Legend } from './legend';
import { segmentationOf } from '../../../model/graph/tgw-segments';
import { segmentClasses } from './segmentation/segment-classes';
import { SegmentationLegend } from './segmentation/segmentation-legend';
import { GroupNode } from './nodes/group-node';
import { LeafNode } from './nodes/leaf-node';
import { FlowEdgeCache, FlowNodeCache } from './to-flow';
import { useConnect } from './use-connect';
import { useNodeDrag } from './use-node-drag';
import { ViewRequests } from './view-requests';

const nodeTypes = { leaf: LeafNode, container: GroupNode };
const edgeTypes = { connection: ConnectionEdge };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const MINIMAP_LIMIT = 400;
const MINIMAP_STYLE = { width: 168, height: 112 };
const FIT_OPTIONS = { padding: 0.08, maxZoom: 1 };

const nodeMinimapColor = (node: TopologyFlowNode) => minimapColor(node.data.node);

export interface CanvasProps {
  minimap?: boolean;
  /** Open at this view instead of fitting the diagram (benchmarks). */
  viewport?: Viewport;
  /** Rendered inside <ReactFlow> (benchmark probes). */
  children?: ReactNode;
}

export function Canvas({ minimap = true, viewport, children }: CanvasProps) {
  const store = useEditorStore();
  const doc = useDocument();
  const gliding = useEditor((s) => s.interaction.gliding);
  const routes = useEditor((s) => s.interaction.routes);
  const selection = useEditor((s) => s.interaction.selection);
  const highlight = useEditor((s) => s.interaction.highlight);
  const dropMark = useEditor((s) => s.interaction.dropMark);
  const connectMode = useEditor((s) => s.interaction.connectMode);
  const theme = useEditor((s) => s.chrome.theme);
  const segmentationOn = useEditor((s) => s.chrome.segmentation);

  const drag = useNodeDrag(store);
  const checker = useMemo(() => createConnectChecker(doc, connectMode), [doc, connectMode]);
  const connect = useConnect(store, checker);

  const marks = useMemo(() => {
    const map = new Map<string, Mark>();
    if (highlight) for (const id of highlight.elements) map.set(id, highlight.tone);
    if (dropMark) map.set(dropMark.id, dropMark.ok ? 'drop-ok' : 'drop-bad');
    return map;
  }, [highlight, dropMark]);

  const nodeCache = useRef(new FlowNodeCache());
  const edgeCache = useRef(new FlowEdgeCache());
  const badges = badgesOf(doc);
  // Always worked out, so that turning the view on only changes the canvas's class.
  const segmentation = useMemo(() => segmentationOf(doc), [doc]);
  const segments = useMemo(() => segmentClasses(segmentation), [segmentation]);
  const nodes = useMemo(
    () => nodeCache.current.build(doc, { selectedNodes: selection.nodes, selectedEdges: selection.edges, badges, marks, dragged: drag.dragged }),
    [doc, selection, badges, marks, drag.dragged],
  );
  const edges = useMemo(
    () => edgeCache.current.build(doc, { selectedNodes: selection.nodes, selectedEdges: selection.edges, badges, marks, dragged: null, routes, segments }),
    [doc, selection, badges, marks, routes, segments],
  );

  const { onPositionChanges } = drag;
  const onNodesChange = useCallback(
    (changes: NodeChange<TopologyFlowNode>[]) => {
      onPositionChanges(changes);
      const current = store.getState().interaction.selection;
      let next: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        next ??= new Set(current.nodes);
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      if (next) select(store, next, current.edges);
    },
    [onPositionChanges, store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ConnectionFlowEdge>[]) => {
      const current = store.getState().interaction.selection;
      let next: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        next ??= new Set(current.edges);
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      if (next) select(store, current.nodes, next);
    },
    [store],
  );

  const { onDragStop } = drag;
  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, _node: TopologyFlowNode, dragged: TopologyFlowNode[]) => onDragStop(event, dragged),
    [onDragStop],
  );
  const onSelectionDragStop = useCallback((event: React.MouseEvent, dragged: TopologyFlowNode[]) => onDragStop(event, dragged), [onDragStop]);

  return (
    <ConnectCheckerContext.Provider value={checker}>
      <div className={`vc-canvas${connectMode === 'flow' ? ' vc-flow-mode' : ''}${gliding ? ' vc-gliding' : ''}${segmentationOn ? ' vc-segmentation' : ''}`} data-testid="canvas">
        <EdgeMarkers />
        <ReactFlow<TopologyFlowNode, ConnectionFlowEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={drag.onDragStart}
          onSelectionDragStart={drag.onDragStart}
          onNodeDrag={drag.onDrag}
          onNodeDragStop={onNodeDragStop}
          onSelectionDragStop={onSelectionDragStop}
          isValidConnection={connect.isValidConnection}
          onConnectStart={connect.onConnectStart}
          onConnect={connect.onConnect}
          onConnectEnd={connect.onConnectEnd}
          connectionMode={ConnectionMode.Loose}
          connectionLineComponent={ConnectionLine}
          connectionRadius={24}
          colorMode={theme}
          onlyRenderVisibleElements
          deleteKeyCode={null}
          disableKeyboardA11y
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          selectionKeyCode="Shift"
          elevateNodesOnSelect={false}
          nodeDragThreshold={2}
          minZoom={0.05}
          maxZoom={2.5}
          {...(viewport ? { defaultViewport: viewport } : { fitView: true, fitViewOptions: FIT_OPTIONS })}
        >
          <CanvasGrid />
          <ZoomDetail />
          {minimap && doc.nodes.length <= MINIMAP_LIMIT && <MiniMap pannable zoomable nodeColor={nodeMinimapColor} nodeStrokeWidth={2} ariaLabel="Overview" style={MINIMAP_STYLE} />}
          <Controls showInteractive={false} />
          <Legend />
          {segmentationOn && <SegmentationLegend segmentation={segmentation} />}
          <ConnectHint />
          <ViewRequests />
          {children}
        </ReactFlow>
      </div>
    </ConnectCheckerContext.Provider>
  );
}
