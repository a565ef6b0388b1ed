'use client';
/**
 * When the outline level draws a large network as one picture (picture-model.ts), and what React
 * Flow still holds then: the shape under the pointer and the selected shapes (with the containers
 * they are in, which React Flow places them by), as invisible nodes. Pressing, dragging, focusing
 * and Enter work on those as on any node. What the picture alone shows is picked here: a click
 * selects the line or shape under it, and the selection box takes the shapes inside it.
 */
import { useReactFlow, useStoreApi, type SelectionRect } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TopologyDocument } from '../../../../model';
import { nodesById } from '../../../../model/edit/geometry';
import type { OutlineView } from '../../../../model/edit/outline-view';
import type { EditorStore } from '../../store/operations';
import { select } from '../../store/operations';
import { pickAt, shapesInside } from './picture-hits';
import { PictureCache, type Picture, type PictureFacts } from './picture-model';

/**
 * From this many shapes at the outline level, the level is drawn as a picture. Below it React
 * Flow draws every shape as a node: a hundred or so cost it little, and each stays a node of its
 * own for the pointer and the keyboard. Above it, drawing them as nodes in slices had frames of
 * 130–170 ms at about 200 shapes (opening 2,063 nodes, bench:layout).
 */
export const PICTURE_FROM = 150;
/** Selected shapes beyond this many are drawn selected but not handed to React Flow (a select-all of thousands would cost what the picture saves). */
export const LIVE_SELECTED = 200;
/** How near a line the pointer must be to pick it, in screen pixels. */
const LINE_REACH_PX = 4;

const multi = (event: { shiftKey: boolean; metaKey: boolean; ctrlKey: boolean }) => event.shiftKey || event.metaKey || event.ctrlKey;

const toggled = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
};

export interface PictureMode {
  /** The picture, or null when React Flow draws the level itself. */
  picture: Picture | null;
  /** The nodes React Flow holds (null: all, as usual). */
  live: ReadonlySet<string> | null;
  /** The shape under the pointer, whose stand-in alone takes the pointer. */
  hovered: string | null;
  onPointerMove: (event: React.PointerEvent) => void;
  onPaneClick: (event: React.MouseEvent) => void;
  onNodeClick: (event: React.MouseEvent, node: { id: string }) => void;
  onSelectionEnd: () => void;
}

export function usePicture(store: EditorStore, doc: TopologyDocument | null, outline: OutlineView | null, facts: PictureFacts): PictureMode {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const cache = useRef(new PictureCache());
  const on = doc !== null && outline !== null && outline.shapes.length >= PICTURE_FROM;
  const { selectedNodes, selectedEdges, marks, edgeMarks, segments, dragged } = facts;
  const picture = useMemo(
    () => (on ? cache.current.build(doc, outline, { selectedNodes, selectedEdges, marks, edgeMarks, segments, dragged }) : null),
    [on, doc, outline, selectedNodes, selectedEdges, marks, edgeMarks, segments, dragged],
  );
  const current = useRef(picture);
  current.current = picture;

  const [hovered, setHovered] = useState<string | null>(null);
  const live = useMemo(() => {
    if (!picture || !doc) return null;
    const ids = new Set<string>();
    if (hovered && picture.shapeById.has(hovered)) ids.add(hovered);
    if (selectedNodes.size <= LIVE_SELECTED) for (const id of selectedNodes) if (picture.shapeById.has(id)) ids.add(id);
    // React Flow places a node from its parent: the containers around a live shape come with it.
    const byId = nodesById(doc);
    for (const id of [...ids]) {
      for (let parent = byId.get(id)?.parent; parent !== undefined && !ids.has(parent); parent = byId.get(parent)?.parent) ids.add(parent);
    }
    return ids;
  }, [picture, doc, hovered, selectedNodes]);

  const at = useCallback((event: { clientX: number; clientY: number }) => flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }), [flow]);
  const reach = useCallback(() => LINE_REACH_PX / flowStore.getState().transform[2], [flowStore]);

  // The shape under the pointer becomes a node; none while a line is picked there instead
  // (`pickAt`), so that a press reaches the pane and picks the line. Not while a button is down:
  // a drag keeps its node.
  const onPointerMove = useCallback(
    (event: React.PointerEvent) => {
      const shown = current.current;
      if (!shown || event.buttons !== 0) return;
      setHovered(pickAt(shown, at(event), reach()).shape?.id ?? null);
    },
    [at, reach],
  );

  // React Flow has already unselected the nodes it holds; what the picture alone shows is picked here.
  const onPaneClick = useCallback(
    (event: React.MouseEvent) => {
      const shown = current.current;
      if (!shown) return;
      const { selection } = store.getState().interaction;
      const { shape, line } = pickAt(shown, at(event), reach());
      if (multi(event)) {
        if (line) select(store, selection.nodes, toggled(selection.edges, line.id));
        else if (shape) select(store, toggled(selection.nodes, shape.id), selection.edges);
        return;
      }
      select(store, shape ? [shape.id] : [], line ? [line.id] : []);
      if (shape) setHovered(shape.id);
    },
    [at, reach, store],
  );

  // A plain click on a node selects it alone, including over selected shapes React Flow does not hold.
  const onNodeClick = useCallback(
    (event: React.MouseEvent, node: { id: string }) => {
      if (current.current && !multi(event)) select(store, [node.id]);
    },
    [store],
  );

  // React Flow's selection box sees only the nodes it holds: the shapes inside it are found here.
  // Its rectangle is gone by the time the box ends, so the last one drawn is kept.
  const lastBox = useRef<SelectionRect | null>(null);
  useEffect(
    () =>
      flowStore.subscribe((state) => {
        if (state.userSelectionRect) lastBox.current = state.userSelectionRect;
      }),
    [flowStore],
  );
  const onSelectionEnd = useCallback(() => {
    const shown = current.current;
    const box = lastBox.current;
    lastBox.current = null;
    if (!shown || !box) return;
    const [tx, ty, zoom] = flowStore.getState().transform;
    const rect = { x: (box.x - tx) / zoom, y: (box.y - ty) / zoom, width: box.width / zoom, height: box.height / zoom };
    select(store, shapesInside(shown, rect));
  }, [flowStore, store]);

  return { picture, live, hovered: picture ? hovered : null, onPointerMove, onPaneClick, onNodeClick, onSelectionEnd };
}
