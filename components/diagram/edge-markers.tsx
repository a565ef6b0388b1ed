/**
 * The arrowheads of flow edges (`markerEnd: url(#vc-arrow)` in the edge renderer). SVG markers are
 * found by id in the page, so the editor, the review page and the image export each draw this once.
 */
export function EdgeMarkers() {
  return (
    <svg className="vc-edge-markers" aria-hidden="true" width="0" height="0">
      <defs>
        <marker id="vc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M 0 0 L 10 5 L 0 10 z" className="vc-arrow-head" />
        </marker>
        <marker id="vc-arrow-start" viewBox="0 0 10 10" refX="1" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M 10 0 L 0 5 L 10 10 z" className="vc-arrow-head" />
        </marker>
      </defs>
    </svg>
  );
}
