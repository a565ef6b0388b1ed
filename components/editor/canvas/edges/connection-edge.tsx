'use client';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { FindingBadge } from '../nodes/finding-badge';
import type { ConnectionFlowEdge } from '../flow-types';
import { bothWays, edgeClassName } from './edge-class';
import { edgeEnds, endBox } from './floating';
import { liveRoute, midpoint, roundedPath } from './routed';
import { REDUCED_BELOW } from '../zoom-detail';

// Labels are not drawn below the reduced level (editor.css); leaving them out of the tree there also
// spares React Flow's label portal, which looks its container up in the DOM on every store change
// (every pan and drag step), once per label.
const labelsShown = (s: ReactFlowState) => s.transform[2] >= REDUCED_BELOW;

/** A connection drawn along its laid-out route, or else straight between the two shapes; styled by kind (see editor.css). */
export const ConnectionEdge = memo(function ConnectionEdge({ id, source, target, data, selected }: EdgeProps<ConnectionFlowEdge>) {
  const fromNode = useInternalNode(source);
  const toNode = useInternalNode(target);
  const labelsVisible = useStore(labelsShown);
  if (!fromNode || !toNode || !data) return null;
  const from = endBox(fromNode, data.sourceOffset);
  const to = endBox(toNode, data.targetOffset);
  const route = liveRoute(data.route, from, to);
  let path: string;
  let labelAt: { x: number; y: number };
  if (route) {
    path = roundedPath(route);
    labelAt = midpoint(route);
  } else {
    const { sx, sy, tx, ty } = edgeEnds(from, to);
    path = `M ${sx},${sy} L ${tx},${ty}`;
    labelAt = { x: (sx + tx) / 2, y: (sy + ty) / 2 };
  }
  const kind = data.connection.kind;
  const both = bothWays(data.connection);
  const label = data.connection.name?.trim();
  const showLabel = labelsVisible && Boolean(data.badge || label);
  const className = edgeClassName(data.connection, { segment: data.segment, mark: data.mark, selected: Boolean(selected) });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={className}
        interactionWidth={14}
        {...(kind === 'flow' ? { markerEnd: 'url(#vc-arrow)', ...(both ? { markerStart: 'url(#vc-arrow-start)' } : {}) } : {})}
      />
      {showLabel && (
        <EdgeLabelRenderer>
          <div className="vc-edge-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${labelAt.x}px, ${labelAt.y}px)` }}>
            {label && <span className="vc-edge-name">{label}</span>}
            {data.badge && <FindingBadge badge={data.badge} />}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

