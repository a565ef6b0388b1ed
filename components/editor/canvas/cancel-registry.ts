/**
 * Escape cancels whatever drag is in progress. Each kind of drag (a node, a palette item, a
 * line) registers how to cancel itself; the Escape action tries them before clearing the selection.
 */
const cancelers = new Set<() => boolean>();

/** Registers a canceller that returns true when it cancelled something; returns the unregister function. */
export function onCancel(cancel: () => boolean): () => void {
  cancelers.add(cancel);
  return () => cancelers.delete(cancel);
}

/** Cancels the drag in progress, if any; true when something was cancelled. */
export function cancelInteraction(): boolean {
  for (const cancel of cancelers) if (cancel()) return true;
  return false;
}
