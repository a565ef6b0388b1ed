'use client';
/**
 * The other document's removed nodes, drawn as dashed ghosts where they were: on the editor's
 * canvas and on the review page's diagram alike. Lives inside <ReactFlow> (it draws in canvas units).
 */
import { ViewportPortal } from '@xyflow/react';
import type { Ghost } from './compare-overlay';
import './compare.css';

export function CompareGhosts({ ghosts }: { ghosts: readonly Ghost[] }) {
  return (
    <ViewportPortal>
      {ghosts.map((g) => (
        <div
          key={g.id}
          className="vc-ghost"
          data-ghost={g.id}
          style={{ transform: `translate(${g.x}px, ${g.y}px)`, width: g.width, height: g.height }}
          title={`Removed: ${g.kind} ${g.label}`}
        >
          <span>
            {g.kind} {g.label}
          </span>
        </div>
      ))}
    </ViewportPortal>
  );
}
