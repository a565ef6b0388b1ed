'use client';
/**
 * The canvas: the document drawn with React Flow. React Flow reports changes; this component
 * turns them into edit commands (through the drag and connect hooks) or into selection.
 */
import {
  ConnectionMode,
  ControlButton,
  Controls,
  MiniMap,
  ReactFlow,
  type EdgeChange,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useBadges } from '../findings/use-findings';
import { minimapColor } from '../kind-views';
import { useDocument, useEditor, useEditorStore } from '../store/editor-context';
import { select, setMinimapOpen } from '../store/operations';
import { CanvasGrid } from './canvas-grid';
import { DetailLevelContext, useDetailLevel } from './zoom-detail';
import { outlineView } from '../../../model/edit/outline-view';
import { ConnectHint } from './connect-hint';
import { ConnectCheckerContext, createConnectChecker } from './connect-checker';
import { ConnectionLine } from './connection-line';
import type { Mark } from '../../diagram/diagram-types';
import { EdgeMarkers } from '../../diagram/edge-markers';
import { ConnectionEdge } from './edges/connection-edge';
import type { ConnectionFlowEdge, TopologyFlowNode } from './flow-types';
import type { TopologyNode } from '../../../model';
import { Legend } from './legend';
import { segmentationOf } from '../../../model/graph/tgw-segments';
import { segmentClasses } from './segmentation/segment-classes';
import { SegmentationLegend } from './segmentation/segmentation-legend';
import { compareMarks, ghostsOf } from '../../diagram/compare/compare-overlay';
import { CompareView } from '../compare/compare-view';
import { diffDocuments } from '../../../model/diff/diff-documents';
import { GroupNode } from './nodes/group-node';
import { LeafNode } from './nodes/leaf-node';
import { FlowEdgeCache, FlowNodeCache } from './to-flow';
import { revealOrder } from './reveal-order';
import { useConnect } from './use-connect';
import { useNodeDrag } from './use-node-drag';
import { useMeasureOnlyResized } from './measure-only-resized';
import { useReveal } from './use-reveal';
import { usePlaced } from './use-placed';
import { FitViewButton } from './fit-view-button';
import { OutlinePicture } from './picture/outline-picture';
import { usePicture } from './picture/use-picture';
import { ViewRequests } from './view-requests';
import { FIT_OPTIONS, MAX_ZOOM, MIN_ZOOM } from './view-limits';
import { groupDigits } from '../../../model/text/group-digits';
import { warmLayoutFor } from '../layout/layout-client';

const nodeTypes = { leaf: LeafNode, container: GroupNode };
const edgeTypes = { connection: ConnectionEdge };
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const MINIMAP_LIMIT = 400;
/** Diagrams under this many nodes have their segmentation worked out before the view is turned on. */
const SEGMENTATION_AHEAD_BELOW = 1_000;
/**
 * A slice of the picture costs little besides its shapes (no React Flow update), so its frames aim
 * lower than React Flow's: more of them, each further from the 100 ms a user would feel.
 */
const PICTURE_SLICE_BUDGET_MS = 35;
/** A placed document of this many nodes has its outline view worked out in a task of its own before it is drawn (use-placed.ts): opened whole, it is seen at the outline level. */
const PREPARE_OUTLINE_FROM = 1_000;
const NO_NODES: TopologyFlowNode[] = [];
const NO_EDGES: ConnectionFlowEdge[] = [];
const NO_NODES_IN_DOC: TopologyNode[] = [];
const NO_SEGMENTS: ReadonlyMap<string, string> = new Map();
const MINIMAP_STYLE = { width: 168, height: 112 };

const nodeMinimapColor = (node: TopologyFlowNode) => minimapColor(node.data.node);

export interface CanvasProps {
  minimap?: boolean;
  /** Open at this view instead of fitting the diagram (where the user left it; benchmarks). */
  viewport?: Viewport;
  /** Told where the view settles after each pan or zoom (the home editor remembers it). */
  onViewportSettled?: (viewport: Viewport) => void;
  /** Rendered inside <ReactFlow> (benchmark probes). */
  children?: ReactNode;
}

export function Canvas({ minimap = true, viewport, onViewportSettled, children }: CanvasProps) {
  const store = useEditorStore();
  const doc = useDocument();
  const gliding = useEditor((s) => s.interaction.gliding);
  const selection = useEditor((s) => s.interaction.selection);
  const highlight = useEditor((s) => s.interaction.highlight);
  const dropMark = useEditor((s) => s.interaction.dropMark);
  const connectMode = useEditor((s) => s.interaction.connectMode);
  const theme = useEditor((s) => s.chrome.theme);
  const minimapOpen = useEditor((s) => s.chrome.minimapOpen);
  const segmentationOn = useEditor((s) => s.chrome.segmentation);
  const compare = useEditor((s) => s.interaction.compare);

  const detail = useDetailLevel();
  useMeasureOnlyResized();
  const drag = useNodeDrag(store);
  const checker = useMemo(() => createConnectChecker(doc, connectMode), [doc, connectMode]);
  const connect = useConnect(store, checker);

  // "Compare with…": the differences from the other document, worked out again as the design changes.
  const comparison = useMemo(() => {
    if (!compare) return null;
    const diff = diffDocuments(compare.other, doc);
    return { diff, marks: compareMarks(diff), ghosts: ghostsOf(compare.other, diff) };
  }, [compare, doc]);

  // Edges are marked by comparisons and highlights only; the drop mark, which changes as a drag
  // crosses containers, goes on nodes, so a drag step never hands React Flow a new edge list.
  const edgeMarks = useMemo(() => {
    const map = new Map<string, Mark>(comparison?.marks);
    if (highlight) for (const id of highlight.elements) map.set(id, highlight.tone);
    return map;
  }, [highlight, comparison]);
  const marks = useMemo(() => {
    if (!dropMark) return edgeMarks;
    const map = new Map(edgeMarks);
    map.set(dropMark.id, dropMark.ok ? 'drop-ok' : 'drop-bad');
    return map;
  }, [edgeMarks, dropMark]);

  const nodeCache = useRef(new FlowNodeCache());
  const edgeCache = useRef(new FlowEdgeCache());
  // While the layout that opens a document runs (one without positions, or an import placed only by
  // the quick arrangement), every node would be drawn where it is only to be drawn again where the
  // layout puts it: on thousands of nodes, seconds of main-thread work. Nothing is drawn until then,
  // and nothing is worked out for drawing (the placed document is a new one).
  const unplaced = !usePlaced(
    useEditor((s) => s.interaction.placing),
    useCallback(() => {
      const placed = store.getState().document.present;
      if (placed.nodes.length >= PREPARE_OUTLINE_FROM) outlineView(placed);
    }, [store]),
  );
  const drawn = unplaced ? null : doc;
  // A small diagram is laid out by ELK: the worker loads it now rather than on the first Auto-layout.
  useEffect(() => {
    if (!unplaced) warmLayoutFor(doc.nodes.length);
  }, [unplaced, doc.nodes.length]);
  const badges = useBadges(drawn);
  // Worked out ahead for a small diagram, so that turning the view on only changes the canvas's
  // class; for a large one only while the view is on: it would cost the first drawing of every
  // large document about 40 ms (4,000 nodes), and turning the view on costs that once instead.
  const segmented = drawn && (segmentationOn || drawn.nodes.length < SEGMENTATION_AHEAD_BELOW) ? drawn : null;
  const segmentation = useMemo(() => (segmented ? segmentationOf(segmented) : null), [segmented]);
  const segments = useMemo(() => (segmentation ? segmentClasses(segmentation) : NO_SEGMENTS), [segmentation]);
  // Zoomed out to the outline level, a VPC is drawn with its insides as one shape (outline-view.ts).
  const outline = useMemo(() => (drawn && detail.level === 'outline' ? outlineView(drawn) : null), [detail.level, drawn]);
  // Thousands of new nodes (opening, importing) are drawn in slices, a frame each.
  // At the outline level only the shapes drawn are counted: zooming in past it draws the VPCs'
  // insides, in slices too, though only those in view cost much (React Flow draws only those).
  // A large network at that level is one picture, and React Flow holds only stand-ins for the
  // shapes under the pointer or selected (picture/use-picture.ts).
  const pictureMode = usePicture(store, drawn, outline, {
    selectedNodes: selection.nodes,
    selectedEdges: selection.edges,
    marks,
    edgeMarks,
    segments,
    dragged: drag.dragged,
  });
  const { picture, live, hovered } = pictureMode;
  const pictured = picture !== null;
  // The picture is drawn in slices too, containers first; it has no per-line cost to order by.
  const order = useMemo(() => (unplaced || pictured ? NO_NODES_IN_DOC : revealOrder(doc, outline)), [unplaced, pictured, doc, outline]);
  const { shown, linesShown, pending } = useReveal(order);
  const drawing = useReveal(pictured && outline ? outline.shapes : NO_NODES_IN_DOC, PICTURE_SLICE_BUDGET_MS);
  const nodes = useMemo(
    () =>
      unplaced
        ? NO_NODES
        : nodeCache.current.build(doc, {
            selectedNodes: selection.nodes,
            selectedEdges: selection.edges,
            badges,
            marks,
            dragged: drag.dragged,
            resizable: true,
            shown: live ?? shown,
            outline,
            proxies: pictured ? { target: hovered } : null,
          }),
    [unplaced, doc, selection, badges, marks, drag.dragged, shown, live, outline, pictured, hovered],
  );
  const edges = useMemo(
    () =>
      unplaced || pictured
        ? NO_EDGES
        : edgeCache.current.build(doc, { selectedNodes: selection.nodes, selectedEdges: selection.edges, badges, marks: edgeMarks, dragged: null, segments, shown: linesShown, outline }),
    [unplaced, pictured, doc, selection, badges, edgeMarks, segments, linesShown, outline],
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

  // A pan (a press on the pane, not a wheel zoom) marks the canvas for its duration: the style sheet
  // then gives the viewport a layer of its own (editor.css, `.vc-panning`). Set on the element, not
  // through React state, so that starting a pan does not render the canvas again.
  const canvasRef = useRef<HTMLDivElement>(null);
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event && (event.type === 'mousedown' || event.type === 'pointerdown' || event.type === 'touchstart')) canvasRef.current?.classList.add('vc-panning');
  }, []);
  const onMoveEnd = useCallback(
    (_event: MouseEvent | TouchEvent | null, v: Viewport) => {
      canvasRef.current?.classList.remove('vc-panning');
      onViewportSettled?.(v);
    },
    [onViewportSettled],
  );

  const { onDragStop } = drag;
  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, _node: TopologyFlowNode, dragged: TopologyFlowNode[]) => onDragStop(event, dragged),
    [onDragStop],
  );
  const onSelectionDragStop = useCallback((event: React.MouseEvent, dragged: TopologyFlowNode[]) => onDragStop(event, dragged), [onDragStop]);

  // React Flow's own keyboard handling is off (the store's actions move and delete), so picking
  // the focused node or line with Enter or Space (Shift adds it to the selection) is done here.
  const onElementKey = useCallback(
    (event: React.KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const element = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node, .react-flow__edge');
      const id = element?.dataset.id ?? element?.getAttribute('data-id');
      if (!element || !id || element !== event.target) return;
      event.preventDefault();
      const isNode = element.classList.contains('react-flow__node');
      const { selection } = store.getState().interaction;
      const nodes = event.shiftKey ? new Set(selection.nodes) : new Set<string>();
      const edges = event.shiftKey ? new Set(selection.edges) : new Set<string>();
      (isNode ? nodes : edges).add(id);
      select(store, nodes, edges);
    },
    [store],
  );

  return (
    <ConnectCheckerContext.Provider value={checker}>
      <DetailLevelContext.Provider value={detail.level}>
        <div
          className={`vc-canvas${connectMode === 'flow' ? ' vc-flow-mode' : ''}${gliding ? ' vc-gliding' : ''}${segmentationOn ? ' vc-segmentation' : ''}${detail.className}`}
          data-testid="canvas"
          data-detail={detail.level}
          ref={canvasRef}
          onKeyDown={onElementKey}
          onPointerMove={pictureMode.onPointerMove}
        >
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
            onPaneClick={pictureMode.onPaneClick}
            onNodeClick={pictureMode.onNodeClick}
            onSelectionEnd={pictureMode.onSelectionEnd}
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
            onMoveStart={onMoveStart}
            onMoveEnd={onMoveEnd}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            {...(viewport ? { defaultViewport: viewport } : { fitView: true, fitViewOptions: FIT_OPTIONS })}
          >
            <CanvasGrid />
            {picture && <OutlinePicture picture={picture} shown={drawing.shown} linesShown={drawing.linesShown} />}
            {/* Not over the picture: React Flow's map draws the nodes it holds, there only a few stand-ins. */}
            {minimap && minimapOpen && doc.nodes.length <= MINIMAP_LIMIT && !pictured && (
              <MiniMap pannable zoomable nodeColor={nodeMinimapColor} nodeStrokeWidth={2} ariaLabel="Overview" style={MINIMAP_STYLE} />
            )}
            <Controls showInteractive={false} showFitView={false}>
              <FitViewButton />
              {minimap && doc.nodes.length <= MINIMAP_LIMIT && (
                <ControlButton
                  onClick={() => setMinimapOpen(store, !minimapOpen)}
                  title={minimapOpen ? 'Hide the overview map (Shift+M)' : 'Show the overview map (Shift+M)'}
                  aria-label={minimapOpen ? 'Hide the overview map' : 'Show the overview map'}
                  aria-pressed={minimapOpen}
                >
                  <svg viewBox="0 0 16 16" aria-hidden="true">
                    <rect x="2" y="3" width="12" height="10" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
                    <rect x="8" y="8" width="5" height="4" fill="currentColor" />
                  </svg>
                </ControlButton>
              )}
            </Controls>
            <Legend />
            {segmentationOn && segmentation && <SegmentationLegend segmentation={segmentation} />}
            {compare && comparison && <CompareView name={compare.name} diff={comparison.diff} ghosts={comparison.ghosts} />}
            <ConnectHint />
            <ViewRequests />
            {children}
          </ReactFlow>
          {unplaced && (
            <p className="vc-canvas-placing" role="status">
              Placing {groupDigits(doc.nodes.length)} elements…
            </p>
          )}
          {!unplaced && pending + drawing.pending > 0 && (
            <p className="vc-canvas-placing" role="status">
              {/* The total, not what is left: a live region whose text changed each frame would be read out each frame. */}
              Drawing {groupDigits(doc.nodes.length)} elements…
            </p>
          )}
        </div>
      </DetailLevelContext.Provider>
    </ConnectCheckerContext.Provider>
  );
}
