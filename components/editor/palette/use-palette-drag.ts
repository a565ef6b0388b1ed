'use client';
/**
 * Dragging a new node from the palette. Pointer events (not HTML drag and drop) so that the
 * target container and the reason for a refusal can follow the pointer, and Escape can cancel.
 * A click without a drag drops the node in the middle of the view. Where it lands and whether it
 * may is the model's drop session (model/edit/drop-session.ts).
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { indexOf, NODE_KINDS, type NodeKind } from '../../../model';
import { startDropSession, type DropSession } from '../../../model/edit/drop-session';
import { keyboardDrop } from '../../../model/edit/keyboard-drop';
import { kindIcon } from '../icons';
import { useEditorStore } from '../store/editor-context';
import { commit, currentDocument, markDrop, onCancel, showPointerHint, type EditorStore } from '../store/operations';

const DRAG_THRESHOLD = 4;

function canvasRect(): DOMRect | undefined {
  return document.querySelector('.vc-canvas')?.getBoundingClientRect();
}

const within = (rect: DOMRect | undefined, x: number, y: number) =>
  !!rect && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * Adds a node centred on `point` (canvas coordinates) and selects it if `canPlace` allows; says
 * why not otherwise (next to `screen`, the pointer, when given).
 */
export function placeNode(store: EditorStore, session: DropSession, point: { x: number; y: number }, screen?: { x: number; y: number }): boolean {
  const drop = session.dropNew(point);
  if (drop.refusals.length > 0) {
    commit(store, { notice: { text: drop.refusals[0]!, tone: 'error', ...(screen ? { at: screen } : {}) } }, { history: 'none' });
    return false;
  }
  commit(store, { document: drop.doc, interaction: { selection: { nodes: new Set(drop.created), edges: new Set() } } }, { history: 'new' });
  return true;
}

/**
 * Adding from the keyboard (Enter or Space on a palette item): into the selected container, or
 * the nearest one above the selection that may hold the kind (model/edit/keyboard-drop.ts); with
 * nothing suitable selected, in the middle of the view as a click does. The new node is selected,
 * so adding a VPC and then a subnet builds one inside the other.
 */
export function useKeyboardAdd() {
  const store = useEditorStore();
  const flow = useReactFlow();
  return useCallback(
    (kind: NodeKind) => {
      const doc = currentDocument(store);
      const [selected] = store.getState().interaction.selection.nodes;
      const drop = keyboardDrop(doc, kind, selected);
      if (!drop) {
        const rect = canvasRect();
        if (rect) placeNode(store, startDropSession(doc, { kind }), flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }));
        return;
      }
      if (drop.refusals.length > 0) {
        commit(store, { notice: { text: drop.refusals[0]!, tone: 'error' } }, { history: 'none' });
        return;
      }
      const index = indexOf(drop.doc);
      const added = index.node(drop.created[0]!);
      commit(
        store,
        {
          document: drop.doc,
          interaction: { selection: { nodes: new Set(drop.created), edges: new Set() } },
          notice: { text: `Added ${index.label(added)} to ${index.label(added && index.parentOf(added))}.`, tone: 'info' },
        },
        { history: 'new' },
      );
    },
    [flow, store],
  );
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
      let session: DropSession | null = null;
      let moved = false;

      /** The drop session over the current document (a new one if the document changed mid-drag). */
      const live = () => {
        const doc = currentDocument(store);
        if (session?.doc !== doc) session = startDropSession(doc, { kind });
        return session;
      };

      const finish = () => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        unregister();
        showPointerHint(store, null);
        markDrop(store, null);
      };

      const onMove = (e: PointerEvent) => {
        if (!moved && Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_THRESHOLD) return;
        moved = true;
        if (!within(canvasRect(), e.clientX, e.clientY)) {
          showPointerHint(store, { x: e.clientX, y: e.clientY, tone: 'neutral', icon, label });
          markDrop(store, null);
          return;
        }
        const verdict = live().over(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }))!;
        showPointerHint(store, { x: e.clientX, y: e.clientY, tone: verdict.answer.ok ? 'ok' : 'bad', icon, label, ...(verdict.refusal ? { text: verdict.refusal } : {}) });
        markDrop(store, verdict.mark);
      };

      const onUp = (e: PointerEvent) => {
        finish();
        if (!moved) {
          const rect = canvasRect();
          if (rect) placeNode(store, live(), flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }));
          return;
        }
        if (!within(canvasRect(), e.clientX, e.clientY)) return;
        placeNode(store, live(), flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }), { x: e.clientX, y: e.clientY });
      };

      const unregister = onCancel(store, () => {
        finish();
        return true;
      });
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
    },
    [flow, store],
  );
}
