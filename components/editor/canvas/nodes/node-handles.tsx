'use client';
import { Handle, Position } from '@xyflow/react';
import { memo } from 'react';
import { SOURCE_HANDLE, TARGET_HANDLE } from '../flow-types';

/**
 * Every node has one small handle to start a connection from, and one target handle covering the
 * whole node that only takes the pointer while a connection is being drawn (see editor.css), so
 * a line can be dropped anywhere on a node.
 */
export const NodeHandles = memo(function NodeHandles() {
  return (
    <>
      <Handle type="target" id={TARGET_HANDLE} position={Position.Top} isConnectableStart={false} className="vc-cover-handle" />
      <Handle type="source" id={SOURCE_HANDLE} position={Position.Right} className="vc-source-handle" title="Drag to connect" />
    </>
  );
});
