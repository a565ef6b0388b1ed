'use client';
import type { ConnectionLineComponentProps } from '@xyflow/react';
import { borderPoint, endBox, shapeOf } from './edges/floating';
import type { TopologyFlowNode } from './flow-types';

/** The line being drawn: green over a target AWS accepts, red over one it refuses. */
export function ConnectionLine({ fromNode, toX, toY, connectionStatus }: ConnectionLineComponentProps<TopologyFlowNode>) {
  const start = borderPoint(shapeOf(endBox(fromNode)), toX, toY);
  const status = connectionStatus === 'valid' ? 'valid' : connectionStatus === 'invalid' ? 'invalid' : 'idle';
  return (
    <g className={`vc-connection-line vc-connection-${status}`}>
      <path d={`M ${start.x},${start.y} L ${toX},${toY}`} fill="none" />
      <circle cx={toX} cy={toY} r={4} />
    </g>
  );
}
