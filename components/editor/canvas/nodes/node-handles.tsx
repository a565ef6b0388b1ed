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

/**
 * The outline level's stand-in for `NodeHandles`: the same two boxes, placed by the same classes,
 * without React Flow's handle components (each keeps a store subscription, thousands of them on a
 * large network) and without taking the pointer. React Flow measures a node's handles whenever its
 * size is observed, from what is in the DOM: with no handles there, its lines would lose their ends.
 */
export const HandlePlaces = memo(function HandlePlaces() {
  return (
    <>
      <div className="react-flow__handle react-flow__handle-top target vc-cover-handle" data-handleid={TARGET_HANDLE} data-handlepos={Position.Top} />
      <div className="react-flow__handle react-flow__handle-right source vc-source-handle vc-handle-place" data-handleid={SOURCE_HANDLE} data-handlepos={Position.Right} />
    </>
  );
});
