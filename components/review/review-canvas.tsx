'use client';
/** The review's diagram: the editor's renderers, read-only, with pan and zoom. */
import { Controls, useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { TopologyDocument } from '../../model';
import type { Mark } from '../diagram/diagram-types';
import { EdgeMarkers } from '../diagram/edge-markers';
import { StaticDiagram } from '../diagram/static-diagram';

const FIT = { padding: 0.06, maxZoom: 1.2 };

/** Fits the diagram again when the page is printed: the print style sheet gives the canvas another size. */
function RefitForPrint() {
  const flow = useReactFlow();
  useEffect(() => {
    const refit = () => requestAnimationFrame(() => void flow.fitView(FIT));
    const print = window.matchMedia('print');
    print.addEventListener('change', refit);
    window.addEventListener('beforeprint', refit);
    window.addEventListener('afterprint', refit);
    return () => {
      print.removeEventListener('change', refit);
      window.removeEventListener('beforeprint', refit);
      window.removeEventListener('afterprint', refit);
    };
  }, [flow]);
  return null;
}

export function ReviewCanvas({ doc, marks }: { doc: TopologyDocument; marks?: ReadonlyMap<string, Mark> }) {
  return (
    <div className="vc-review-canvas" data-testid="review-canvas">
      <EdgeMarkers />
      <StaticDiagram doc={doc} badges navigable fitViewOptions={FIT} {...(marks ? { marks } : {})}>
        <Controls showInteractive={false} />
        <RefitForPrint />
      </StaticDiagram>
    </div>
  );
}
