'use client';
/**
 * Dragging nodes that are already drawn. Positions during the drag stay out of the document (and
 * out of the history); when the drag ends they become one command: moves, and re-parenting into
 * the container under the pointer where `canPlace` allows it. A refused move snaps back and says
 * why next to the pointer. Escape cancels the drag. Where a drop lands and whether it may is the
 * model's drop session (model/edit/drop-session.ts); this hook only feeds it React Flow's events.
 */
import { useReactFlow, type NodeChange, type XYPosition } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { startDropSession, type DraggedNode, type DropSession } from '../../../model/edit/drop-session';
import { commit, currentDocument, markDrop, onCancel, showPointerHint, type EditorStore } from '../store/operations';
import type { TopologyFlowNode } from './flow-types';

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
  const session = useRef<DropSession | null>(null);
  /** Whether the pointer hint shows a refusal now. */
  const hinting = useRef(false);

  /** The drop session for these nodes over the current document (a new one if the document changed mid-drag). */
  const sessionFor = useCallback(
    (nodes: readonly TopologyFlowNode[]) => {
      const doc = currentDocument(store);
      if (session.current?.doc !== doc) session.current = startDropSession(doc, { nodeIds: nodes.map((n) => n.id) });
      return session.current;
    },
    [store],
  );

  useEffect(
    () =>
      onCancel(store, () => {
        if (!active.current) return false;
        cancelled.current = true;
        draggedRef.current = null;
        setDragged(null);
        markDrop(store, null);
        showPointerHint(store, null);
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
    hinting.current = false;
    cancelled.current = false;
    session.current = null;
  }, []);

  /** While one node is dragged, marks the container it would land in, red when refused. */
  const onDrag = useCallback(
    (event: DragEvent, _node: TopologyFlowNode, nodes: TopologyFlowNode[]) => {
      if (cancelled.current) return;
      const client = clientPoint(event);
      const verdict = sessionFor(nodes).over(flow.screenToFlowPosition(client));
      if (!verdict) return;
      markDrop(store, verdict.mark);
      // Most steps have no refusal to show: writing "none" again would still notify every reader of the store.
      if (verdict.refusal || hinting.current) showPointerHint(store, verdict.refusal ? { ...client, tone: 'bad', text: verdict.refusal } : null);
      hinting.current = Boolean(verdict.refusal);
    },
    [flow, sessionFor, store],
  );

  const onDragStop = useCallback(
    (event: DragEvent, nodes: TopologyFlowNode[]) => {
      active.current = false;
      markDrop(store, null);
      showPointerHint(store, null);
      const positions = draggedRef.current;
      draggedRef.current = null;
      setDragged(null);
      if (cancelled.current || !positions) return;
      const client = clientPoint(event);
      const drop = sessionFor(nodes).dropMoved(
        nodes.map((n): DraggedNode => {
          const position = positions.get(n.id) ?? n.position;
          const internal = flow.getInternalNode(n.id);
          const measured = internal?.measured;
          return {
            id: n.id,
            position,
            absolute: internal?.internals.positionAbsolute ?? position,
            ...(measured?.width !== undefined && measured.height !== undefined ? { size: { width: measured.width, height: measured.height } } : {}),
          };
        }),
        flow.screenToFlowPosition(client),
      );
      session.current = null;
      commit(store, { document: drop.doc, ...(drop.refusals.length > 0 ? { notice: { text: drop.refusals[0]!, tone: 'error', at: client } } : {}) }, { history: 'new' });
    },
    [flow, sessionFor, store],
  );

  return { dragged, onPositionChanges, onDragStart, onDrag, onDragStop };
}
