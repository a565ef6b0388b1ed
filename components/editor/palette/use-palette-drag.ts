'use client';
/**
 * Dragging a new node from the palette. Pointer events (not HTML drag and drop) so that the
 * target container and the reason for a refusal can follow the pointer, and Escape can cancel.
 * A click without a drag drops the node in the middle of the view.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { NODE_KINDS, canPlace, type NodeKind, type PlaceAnswer } from '../../../model';
import { addNode } from '../../../model/edit/commands';
import { dropParent } from '../../../model/edit/drop-target';
import { defaultSize } from '../../../model/edit/geometry';
import { onCancel } from '../canvas/cancel-registry';
import { showPointerHint } from '../canvas/pointer-hint';
import { kindIcon } from '../icons';
import { useEditorStore } from '../store/editor-context';
import { commitDocument, currentDocument, notify, type EditorStore } from '../store/editor-store';

const DRAG_THRESHOLD = 4;

function canvasRect(): DOMRect | undefined {
  return document.querySelector('.vc-canvas')?.getBoundingClientRect();
}

const within = (rect: DOMRect | undefined, x: number, y: number) =>
  !!rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** Adds a node of `kind` centred on `point` (canvas coordinates) if `canPlace` allows; says why not otherwise. */
export function placeNode(store: EditorStore, kind: NodeKind, point: { x: number; y: number }, screen?: { x: number; y: number }): boolean {
  const doc = currentDocument(store);
  const parentId = dropParent(doc, kind, point);
  const answer = canPlace(doc, kind, parentId);
  if (!answer.ok) {
    notify(store, answer.reason ?? 'AWS does not allow this placement.', 'error', screen);
    return false;
  }
  const size = defaultSize(kind);
  const { doc: next, ids } = addNode(doc, { kind, ...(parentId ? { parentId } : {}), at: { x: point.x - size.width / 2, y: point.y - size.height / 2 } });
  commitDocument(store, next, undefined, { nodes: new Set(ids), edges: new Set() });
  return true;
}

export function usePaletteDrag() {
  const store = useEditorStore();
  const flow = useReactFlow();

  return useCallback(
    (event: React.PointerEvent, kind: NodeKind) => {
      if (event.button !== 0) return;
      event.preventDefault();
      const start = { x: event.clientX, y: event.clientY };
      const label = NODE_KINDS[kind].label;
      const icon = kindIcon(kind);
      const answers = new Map<string, PlaceAnswer>();
      let moved = false;
      let lastMark = '';

      const judge = (x: number, y: number) => {
        const point = flow.screenToFlowPosition({ x, y });
        const doc = currentDocument(store);
        const parentId = dropParent(doc, kind, point);
        const key = parentId ?? '';
        let answer = answers.get(key);
        if (!answer) {
          answer = canPlace(doc, kind, parentId);
          answers.set(key, answer);
        }
        return { point, parentId, answer };
      };

      const finish = () => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        unregister();
        showPointerHint(null);
        store.setState({ dropMark: null });
      };

      const onMove = (e: PointerEvent) => {
        if (!moved && Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_THRESHOLD) return;
        moved = true;
        if (!within(canvasRect(), e.clientX, e.clientY)) {
          showPointerHint({ x: e.clientX, y: e.clientY, tone: 'neutral', icon, label });
          if (lastMark) store.setState({ dropMark: null });
          lastMark = '';
          return;
        }
        const { parentId, answer } = judge(e.clientX, e.clientY);
        showPointerHint({ x: e.clientX, y: e.clientY, tone: answer.ok ? 'ok' : 'bad', icon, label, ...(answer.ok ? {} : { text: answer.reason }) });
        const mark = `${parentId ?? ''}:${answer.ok}`;
        if (mark !== lastMark) {
          lastMark = mark;
          store.setState({ dropMark: parentId ? { id: parentId, ok: answer.ok } : null });
        }
      };

      const onUp = (e: PointerEvent) => {
        finish();
        if (!moved) {
          const rect = canvasRect();
          if (rect) placeNode(store, kind, flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }));
          return;
        }
        if (!within(canvasRect(), e.clientX, e.clientY)) return;
        placeNode(store, kind, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }), { x: e.clientX, y: e.clientY });
      };

      const unregister = onCancel(() => {
        finish();
        return true;
      });
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
    },
    [flow, store],
  );
}
