'use client';
import { memo } from 'react';
import type { InteriorItem } from '../../../../model/edit/outline-view';
import { isContainerKind } from '../../../../model/edit/geometry';
import { nodeClassName } from '../../kind-views';

/** A leaf's icon square at the outline level (editor.css `.vc-leaf-icon-wrap`: 40 px, 4 px down, centred). */
const ICON = 40;
const ICON_TOP = 4;

/** Where the outline level draws a leaf whose box is at x, y and `width` wide: its icon's square. */
export const leafSquare = (x: number, y: number, width: number) => ({ x: x + (width - ICON) / 2, y: y + ICON_TOP, width: ICON, height: ICON });

/** A VPC's insides as SVG rectangles, from the VPC's corner at `x`, `y`. */
export function InteriorRects({ items, x = 0, y = 0 }: { items: readonly InteriorItem[]; x?: number; y?: number }) {
  return items.map(({ node, rect }) =>
    isContainerKind(node.kind) ? (
      <rect key={node.id} className={`vc-interior-group ${nodeClassName(node)}`} x={x + rect.x} y={y + rect.y} width={rect.width} height={rect.height} />
    ) : (
      <rect key={node.id} className="vc-interior-leaf" {...leafSquare(x + rect.x, y + rect.y, rect.width)} rx={6} />
    ),
  );
}

/**
 * A VPC's insides at the outline level, as one flat picture inside its box: subnets as their
 * coloured boxes, everything else as the square the outline level draws for a leaf (see
 * model/edit/outline-view.ts for why they are not nodes of their own there).
 */
export const VpcInterior = memo(function VpcInterior({ items }: { items: readonly InteriorItem[] }) {
  return (
    <svg className="vc-interior" aria-hidden="true">
      <InteriorRects items={items} />
    </svg>
  );
});
