'use client';
/**
 * Dragging nodes that are already drawn. Positions during the drag stay out of the document (and
 * out of the history); when the drag ends they become one command: moves, and re-parenting into
 * the container under the pointer where `canPlace` allows it. A refused move snaps back and says
 * why next to the pointer. Escape cancels the drag.
 */
import { useReactFlow, type NodeChange, type XYPosition } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { canPlace, type TopologyDocument } from '../../../model';
import { moveNodes, reparentNode, type NodeMove } from '../../../model/edit/commands';
import { dropParent } from '../../../model/edit/drop-target';
import { commitDocument, currentDocument, notify, type EditorStore } from '../store/editor-store';
import { onCancel } from './cancel-registry';
import type { TopologyFlowNode } from './flow-types';
import { showPointerHint } from './pointer-hint';

type Dragged = ReadonlyMap<string, XYPosition>;
type DragEvent = MouseEvent | TouchEvent | React.MouseEvent;

const clientPoint = (event: DragEvent) => {
  const p = 'changedTouches' in event ? event.changedTouches[0] : event;
  return { x: p?.clientX ?? 0, y: p?.clientY ?? 0 };
};

export function useNodeDrag(store: EditorStore) {
  const flow = useReactFlow<TopologyFlowNode>();
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const draggedRef = useRef<Dragged | null>(null);
  const cancelled = useRef(false);
  const active = useRef(false);
  const lastTarget = useRef<string | null>(null);
  const placeCache = useRef(new Map<string, ReturnType<typeof canPlace>>());

  useEffect(
    () =>
      onCancel(() => {
        if (!active.current) return false;
        cancelled.current = true;
        draggedRef.current = null;
        setDragged(null);
        store.setState({ dropMark: null });
        showPointerHint(null);
        return true;
      }),
    [store],
  );

  /** Applies React Flow's position changes to the transient positions. */
  const onPositionChanges = useCallback((changes: NodeChange<TopologyFlowNode>[]) => {
    if (cancelled.current) return;
    let next: Map<string, XYPosition> | null = null;
    for (const change of changes) {
      if (change.type !== 'position' || !change.position) continue;
      next ??= new Map(draggedRef.current ?? []);
      next.set(change.id, change.position);
    }
    if (next) {
      draggedRef.current = next;
      setDragged(next);
    }
  }, []);

  const onDragStart = useCallback(() => {
    active.current = true;
    cancelled.current = false;
    lastTarget.current = null;
    placeCache.current = new Map();
  }, []);

  /** While one node is dragged, marks the container it would land in, red when refused. */
  const onDrag = useCallback(
    (event: DragEvent, node: TopologyFlowNode, nodes: TopologyFlowNode[]) => {
      if (cancelled.current || nodes.length !== 1) return;
      const doc = currentDocument(store);
      const client = clientPoint(event);
      const point = flow.screenToFlowPosition(client);
      const kind = node.data.node.kind;
      const parent = dropParent(doc, kind, point, node.id);
      const key = parent ?? '';
      const moved = parent !== node.data.node.parent;
      let answer = placeCache.current.get(key);
      if (moved && !answer) {
        answer = canPlace(doc, kind, parent, node.id);
        placeCache.current.set(key, answer);
      }
      const targetKey = moved ? `${key}:${answer?.ok}` : '';
      if (targetKey !== lastTarget.current) {
        lastTarget.current = targetKey;
        store.setState({ dropMark: moved && parent !== undefined ? { id: parent, ok: Boolean(answer?.ok) } : null });
      }
      showPointerHint(moved && answer && !answer.ok ? { ...client, tone: 'bad', text: answer.reason } : null);
    },
    [flow, store],
  );

  const onDragStop = useCallback(
    (event: DragEvent, nodes: TopologyFlowNode[]) => {
      active.current = false;
      store.setState({ dropMark: null });
      showPointerHint(null);
      const positions = draggedRef.current;
      draggedRef.current = null;
      setDragged(null);
      if (cancelled.current || !positions) return;
      const doc0 = currentDocument(store);
      let doc: TopologyDocument = doc0;
      const ids = new Set(nodes.map((n) => n.id));
      const moves: NodeMove[] = [];
      const refusals: string[] = [];
      const client = clientPoint(event);
      const pointer = flow.screenToFlowPosition(client);
      for (const n of nodes) {
        const model = n.data.node;
        const position = positions.get(n.id) ?? n.position;
        // Nodes dragged along with their container keep their place in it.
        if (model.parent !== undefined && ids.has(model.parent)) continue;
        const internal = flow.getInternalNode(n.id);
        const abs = internal?.internals.positionAbsolute ?? position;
        const probe =
          nodes.length === 1 ? pointer : { x: abs.x + (internal?.measured.width ?? 0) / 2, y: abs.y + (internal?.measured.height ?? 0) / 2 };
        const parent = dropParent(doc, model.kind, probe, n.id);
        if (parent === model.parent) {
          moves.push({ id: n.id, position });
          continue;
        }
        const answer = canPlace(doc, model.kind, parent, n.id);
        if (answer.ok) doc = reparentNode(doc, n.id, parent, abs);
        else refusals.push(answer.reason ?? 'AWS does not allow this placement.');
      }
      doc = moveNodes(doc, moves);
      commitDocument(store, doc);
      if (refusals.length > 0) notify(store, refusals[0]!, 'error', client);
    },
    [flow, store],
  );

  return { dragged, onPositionChanges, onDragStart, onDrag, onDragStop };
}
