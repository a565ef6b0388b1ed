'use client';
import { memo } from 'react';
import type { InteriorItem } from '../../../../model/edit/outline-view';
import { isContainerKind } from '../../../../model/edit/geometry';
import { nodeClassName } from '../../kind-views';

/** A leaf's icon square at the outline level (editor.css `.vc-leaf-icon-wrap`: 40 px, 4 px down, centred). */
const ICON = 40;
const ICON_TOP = 4;

/**
 * A VPC's insides at the outline level, as one flat picture inside its box: subnets as their
 * coloured boxes, everything else as the square the outline level draws for a leaf (see
 * model/edit/outline-view.ts for why they are not nodes of their own there).
 */
export const VpcInterior = memo(function VpcInterior({ items }: { items: readonly InteriorItem[] }) {
  return (
    <svg className="vc-interior" aria-hidden="true">
      {items.map(({ node, rect }) =>
        isContainerKind(node.kind) ? (
          <rect key={node.id} className={`vc-interior-group ${nodeClassName(node)}`} x={rect.x} y={rect.y} width={rect.width} height={rect.height} />
        ) : (
          <rect key={node.id} className="vc-interior-leaf" x={rect.x + (rect.width - ICON) / 2} y={rect.y + ICON_TOP} width={ICON} height={ICON} rx={6} />
        ),
      )}
    </svg>
  );
});
