'use client';
/**
 * React Flow watches every node it draws with a ResizeObserver, and the observer reports each node
 * once as soon as it is drawn. React Flow then measures that node again from the DOM, handles
 * included, even when its size has not changed (it marks every report `force`), replaces the
 * node's internals and updates its store: every drawn node's and line's selector runs again and
 * the new node's lines are drawn again. While a large network is drawn in slices (use-reveal.ts)
 * that is one such update per frame, measured at 75–260 ms of each frame's work on 1,000 VPCs.
 *
 * The canvas hands React Flow each node's size (`measured`) and handles (`handles`,
 * static-handles.ts, held to what the browser draws by e2e/static-handles.spec.ts), so a node
 * whose drawn size is the one given has nothing to measure. The reports therefore reach React
 * Flow without `force`: a node is measured again only when its drawn size differs from the one
 * given (a label the browser wraps otherwise, a container being resized), as before.
 *
 * The store's action is replaced once, before React Flow's node renderer first reads it (it keeps
 * the action it read for the observer's life), so this hook must run in a component that renders
 * before <ReactFlow>, under the same <ReactFlowProvider>.
 */
import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useState } from 'react';

type UpdateNodeInternals = ReactFlowState['updateNodeInternals'];

const unforced = new WeakSet<UpdateNodeInternals>();

/**
 * The action, with every update's `force` dropped while `fitQueued()` is false. A fit asked for
 * before the first nodes were drawn (the `fitView` prop) is carried out by the update that
 * follows the observer's first report, so those reports go through as React Flow sends them.
 * So does an update asked for with options: `useUpdateNodeInternals`, for handles that moved
 * inside a node of the same size, is meant to measure again.
 */
export function withoutForce(update: UpdateNodeInternals, fitQueued: () => boolean): UpdateNodeInternals {
  const wrapped: UpdateNodeInternals = (updates, params) => {
    if (params !== undefined || fitQueued()) {
      update(updates, params);
      return;
    }
    const plain: Parameters<UpdateNodeInternals>[0] = new Map();
    for (const [id, entry] of updates) plain.set(id, entry.force ? { ...entry, force: false } : entry);
    update(plain, params);
  };
  unforced.add(wrapped);
  return wrapped;
}

/** Makes React Flow measure a node only when its drawn size differs from the size it was given. */
export function useMeasureOnlyResized(): void {
  const store = useStoreApi();
  useState(() => {
    const { updateNodeInternals } = store.getState();
    if (!unforced.has(updateNodeInternals)) store.setState({ updateNodeInternals: withoutForce(updateNodeInternals, () => store.getState().fitViewQueued) });
    return null;
  });
}
