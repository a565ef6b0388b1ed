/**
 * Where a node's two handles are (node-handles.tsx, placed by editor.css), as React Flow would
 * measure them: handed to React Flow with each flow node (`handles`), so that a node's lines can be
 * drawn from the moment it is, before React Flow has measured it (it measures a node from the DOM
 * whenever its size is observed; the outline level leaves boxes in the DOM for that,
 * `HandlePlaces`).
 *
 * The numbers are editor.css's: the target handle covers the node inside its border (2 px on
 * containers other than subnets), the 16 px source handle sits at the title bar's right end on a
 * container and right of the icon on a leaf. `e2e/static-handles.spec.ts` compares them with the
 * handles the browser draws.
 */
import { Position, type NodeHandle } from '@xyflow/react';
import type { NodeKind, Size } from '../../../model';
import { isContainerKind } from '../../../model/edit/geometry';
import { SOURCE_HANDLE, TARGET_HANDLE } from './flow-types';

const SOURCE_SIZE = 16;

/** The width of a container's border (editor.css `.vc-group`; subnets draw none). */
const borderOf = (kind: NodeKind): number => (kind === 'subnet' ? 0 : 2);

export function staticHandles(kind: NodeKind, size: Size): NodeHandle[] {
  const container = isContainerKind(kind);
  const border = container ? borderOf(kind) : 0;
  const source = container
    ? { x: size.width - border - SOURCE_SIZE / 2, y: border + 10 }
    : { x: size.width / 2 + 38, y: 16 };
  return [
    { id: TARGET_HANDLE, type: 'target', position: Position.Top, x: border, y: border, width: size.width - 2 * border, height: size.height - 2 * border },
    { id: SOURCE_HANDLE, type: 'source', position: Position.Right, ...source, width: SOURCE_SIZE, height: SOURCE_SIZE },
  ];
}
