'use client';
/** The review's diagram: the editor's renderers, read-only, with pan and zoom. */
import { Controls, useReactFlow } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { TopologyDocument } from '../../model';
import { CompareGhosts } from '../diagram/compare/compare-ghosts';
import type { Ghost } from '../diagram/compare/compare-overlay';
import type { Mark } from '../diagram/diagram-types';
import { EdgeMarkers } from '../diagram/edge-markers';
import { StaticDiagram } from '../diagram/static-diagram';
import { groupDigits } from '../../model/text/group-digits';

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

/**
 * Above this many nodes the diagram is drawn only when asked: at the zoom that fits thousands of
 * boxes nothing on it can be read, and mounting them all kept the review page from opening for
 * seconds, while the findings and the matrix above and below it are what such a review is read for.
 */
export const LARGE_DIAGRAM_NODES = 1_000;

/** `ghosts`: a comparison's removed nodes, drawn where they were in the other document. */
export function ReviewCanvas({ doc, marks, ghosts }: { doc: TopologyDocument; marks?: ReadonlyMap<string, Mark>; ghosts?: readonly Ghost[] }) {
  const [asked, setAsked] = useState(false);
  if (doc.nodes.length > LARGE_DIAGRAM_NODES && !asked) {
    return (
      <div className="vc-review-canvas vc-review-canvas-deferred" data-testid="review-canvas">
        <p className="vc-muted">
          The diagram has {groupDigits(doc.nodes.length)} nodes: too many to read at a size that fits the page.
        </p>
        <button type="button" className="vc-button" onClick={() => setAsked(true)}>
          Draw the diagram
        </button>
      </div>
    );
  }
  return (
    <div className="vc-review-canvas" data-testid="review-canvas">
      <EdgeMarkers />
      <StaticDiagram doc={doc} badges navigable fitViewOptions={FIT} {...(marks ? { marks } : {})}>
        <Controls showInteractive={false} />
        {ghosts && ghosts.length > 0 && <CompareGhosts ghosts={ghosts} />}
        <RefitForPrint />
      </StaticDiagram>
    </div>
  );
}
