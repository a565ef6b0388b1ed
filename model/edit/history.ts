/**
 * Undo and redo as one bounded history of document states. Documents are immutable and share
 * unchanged nodes, so keeping whole states is cheap and no command needs an inverse.
 */

export interface History<T> {
  /** Older states, oldest first. */
  readonly past: readonly T[];
  readonly present: T;
  /** States undone, the next redo first. */
  readonly future: readonly T[];
  /** Key of the last commit, to merge a run of small edits (typing in one field) into one step. */
  readonly lastKey?: string;
  /** When the last commit happened (ms), for merging. */
  readonly lastAt?: number;
  /** Most states kept in `past`. */
  readonly limit: number;
}

/** How long a run of commits with the same key is merged into one undo step. */
export const MERGE_WINDOW_MS = 1500;

/** A history holding only `present`. */
export function createHistory<T>(present: T, limit = 200): History<T> {
  return { past: [], present, future: [], limit };
}

export interface CommitOptions {
  /** Commits with the same key in quick succession become one undo step. */
  mergeKey?: string;
  /** The time of the commit (defaults to now); tests pass their own. */
  now?: number;
}

/** Records `next` as the present state. A commit of the same state is ignored. */
export function commit<T>(history: History<T>, next: T, options: CommitOptions = {}): History<T> {
  if (next === history.present) return history;
  const now = options.now ?? Date.now();
  const merge =
    options.mergeKey !== undefined &&
    options.mergeKey === history.lastKey &&
    history.lastAt !== undefined &&
    now - history.lastAt <= MERGE_WINDOW_MS &&
    history.past.length > 0;
  const past = merge ? history.past : [...history.past, history.present].slice(-history.limit);
  return { past, present: next, future: [], limit: history.limit, ...(options.mergeKey !== undefined ? { lastKey: options.mergeKey, lastAt: now } : {}) };
}

/** Replaces the present state and forgets everything else (opening a file, "New"). */
export function reset<T>(history: History<T>, present: T): History<T> {
  return createHistory(present, history.limit);
}

/**
 * Replaces the present state in place: no new undo step, the past and future kept. For work that
 * completes the step just taken (laying out a document that was just opened).
 */
export function amend<T>(history: History<T>, present: T): History<T> {
  return present === history.present ? history : { ...history, present };
}

export const canUndo = (history: History<unknown>) => history.past.length > 0;
export const canRedo = (history: History<unknown>) => history.future.length > 0;

/** Steps back one state; unchanged when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history;
  const previous = history.past[history.past.length - 1]!;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], limit: history.limit };
}

/** Steps forward one state; unchanged when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return { past: [...history.past, history.present].slice(-history.limit), present: next!, future: rest, limit: history.limit };
}
