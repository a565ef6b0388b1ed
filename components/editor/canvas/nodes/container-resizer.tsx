'use client';
/**
 * Resize handles on a selected container: its right edge, its bottom edge and the corner between
 * them (its top-left corner stays, so its contents stay put). The model clamps the size to the
 * container's children (model/edit/resize.ts); one drag is one undo step.
 */
import { NodeResizeControl, ResizeControlVariant, type ResizeParams } from '@xyflow/react';
import { useRef } from 'react';
import { minimumSize, resizeContainer } from '../../../../model/edit/resize';
import { useEditorStore } from '../../store/editor-context';
import { commit, currentDocument } from '../../store/operations';

export function ContainerResizer({ id }: { id: string }) {
  const store = useEditorStore();
  const gesture = useRef(0);
  const min = minimumSize(currentDocument(store), id) ?? { width: 1, height: 1 };
  const onResize = (_event: unknown, params: ResizeParams) => {
    const doc = currentDocument(store);
    const next = resizeContainer(doc, id, { width: params.width, height: params.height });
    if (next !== doc) commit(store, { document: next }, { history: 'merge', mergeKey: `resize:${id}:${gesture.current}` });
  };
  const common = {
    minWidth: min.width,
    minHeight: min.height,
    onResizeStart: () => void gesture.current++,
    onResize,
  };
  return (
    <>
      <NodeResizeControl {...common} position="right" variant={ResizeControlVariant.Line} className="vc-resize-line" />
      <NodeResizeControl {...common} position="bottom" variant={ResizeControlVariant.Line} className="vc-resize-line" />
      <NodeResizeControl {...common} position="bottom-right" className="vc-resize-handle" aria-label="Resize" />
    </>
  );
}
