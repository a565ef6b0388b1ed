/**
 * Where a node's two handles are (node-handles.tsx, placed by editor.css), as React Flow would
 * measure them: handed to React Flow with each flow node (`handles`), so that it never measures
 * them. Measuring is a DOM read per node and a store update per frame while thousands of nodes
 * are drawn, and with the bounds known the outline level (zoom-detail.tsx) need not render the
 * handles at all: at that zoom a node is a few pixels wide and nothing is connected by hand.
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
