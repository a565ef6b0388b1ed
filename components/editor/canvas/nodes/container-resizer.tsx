'use client';
/**
 * Resize handles on a selected container: its right edge, its bottom edge and the corner between
 * them (its top-left corner stays, so its contents stay put). The model clamps the size to the
 * container's children (model/edit/resize.ts); one drag is one undo step.
 */
import { NodeResizeControl, ResizeControlVariant, type ResizeParams } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { minimumSize, resizeContainer } from '../../../../model/edit/resize';
import { useEditor, useEditorStore } from '../../store/editor-context';
import { commit, currentDocument } from '../../store/operations';

export function ContainerResizer({ id }: { id: string }) {
  const store = useEditorStore();
  const gesture = useRef(0);
  // The smallest size depends only on the children; it is read from the document each render.
  const min = useEditor((s) => {
    const size = minimumSize(s.document.present, id);
    return size ? `${size.width}x${size.height}` : '1x1';
  });
  const [minWidth, minHeight] = min.split('x').map(Number) as [number, number];
  // Stable callbacks: React Flow rebuilds its resizer whenever they change, which would end a drag.
  const onResizeStart = useCallback(() => void gesture.current++, []);
  const onResize = useCallback(
    (_event: unknown, params: ResizeParams) => {
      const doc = currentDocument(store);
      const next = resizeContainer(doc, id, { width: params.width, height: params.height });
      if (next !== doc) commit(store, { document: next }, { history: 'merge', mergeKey: `resize:${id}:${gesture.current}` });
    },
    [id, store],
  );
  const common = { minWidth, minHeight, onResizeStart, onResize };
  return (
    <>
      <NodeResizeControl {...common} position="right" variant={ResizeControlVariant.Line} className="vc-resize-line" />
      <NodeResizeControl {...common} position="bottom" variant={ResizeControlVariant.Line} className="vc-resize-line" />
      <NodeResizeControl {...common} position="bottom-right" className="vc-resize-handle" aria-label="Resize" />
    </>
  );
}
