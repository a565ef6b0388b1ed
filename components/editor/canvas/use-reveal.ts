'use client';
/**
 * Drawing thousands of new nodes at once (opening or importing a large network) is one main-thread
 * task of seconds: React creates every node's DOM, then React Flow measures every node and draws
 * them all again. Nodes new to the canvas are therefore revealed in slices, one slice per frame,
 * parents before children, as map tools fill in tiles: between slices the page answers clicks,
 * pans and keys. The slice grows or shrinks toward `SLICE_BUDGET_MS` of work per frame, but never
 * under a sixty-fourth of the reveal: each slice has a fixed cost that grows with what is already
 * drawn.
 * A few new nodes at a time (an edit, a paste) are drawn at once, as before.
 */
import { useEffect, useMemo, useRef, useState } from 'react';

/** Fewer new nodes than this are drawn in the same render. */
export const REVEAL_AT_ONCE = 200;
/**
 * Each slice carries a fixed cost besides its nodes (React Flow runs every drawn node's store
 * selector on each update, and re-indexes every edge): slices smaller than this share of the whole
 * would make the reveal take many times longer without making its frames much shorter. Since the
 * outline level draws a VPC and its insides as one node (model/edit/outline-view.ts), a whole
 * large network is a few hundred nodes, each costing more (its picture, its lines): slices start
 * small and grow by what a frame shows they cost.
 */
const MAX_SLICES = 64;
const MIN_SLICE = 10;
/**
 * The work a frame may carry, in ms: a task under 100 ms still answers input without a felt delay,
 * and a frame's cost is only known after it (a collection of garbage, a slow moment of a shared
 * machine), so the budget leaves 40 ms of that to spare.
 */
export const SLICE_BUDGET_MS = 60;
const MAX_SLICE = 2_000;

export interface Revealed {
  /** The nodes to draw, or null for all of them. */
  shown: ReadonlySet<string> | null;
  /** The nodes whose lines to draw (those between two of them), or null for all: lags `shown` by up to `LINES_EVERY` slices. */
  linesShown: ReadonlySet<string> | null;
  /** Nodes still to be drawn (0 once everything is shown). */
  pending: number;
}

/**
 * Lines are added every this many slices, not with every slice. React Flow takes in a new list of
 * lines by indexing every line again and running every drawn node's and line's store selector, on
 * top of the same for the nodes: at the end of a 1,000-VPC reveal that was two thirds of a
 * slice's fixed cost (56 of 86 ms, profiled). A slice that adds no line hands React Flow the same
 * list, which it skips.
 */
export const LINES_EVERY = 4;

/** Whether the lines catch up with the nodes at this slice (counted from 1). */
export const linesDue = (slice: number): boolean => slice % LINES_EVERY === 0;

/**
 * The next slice's size from the last one's and the time its frame took; never under `floor`.
 * `mayGrow` is false after a frame that added no lines: it was lighter than the frame that will
 * (`LINES_EVERY`), and growing on it would make that frame the one over budget.
 */
export function nextSliceSize(size: number, frameMs: number, floor: number, mayGrow = true, budgetMs = SLICE_BUDGET_MS): number {
  const scaled = frameMs > 0 ? Math.round((size * budgetMs) / frameMs) : size * 2;
  // Grow gently (a frame can be quick by chance), shrink at once.
  return Math.max(floor, Math.min(MAX_SLICE, scaled, mayGrow ? Math.ceil(size * 1.5) : size));
}

/**
 * Whether the frame at hand gives its turn to the user: when a pointer, wheel or key event came
 * since the last slice, no slice is drawn in this frame, so that the events that follow (a press
 * after a move, a release after a press) and what they start (a selection) run at once instead of
 * each waiting behind a slice. Never two frames in a row: a pointer moving all the time halves
 * the drawing's pace and does not stop it.
 */
export function yieldsToInput(lastInputAt: number, lastSliceAt: number, yieldedLast: boolean): boolean {
  return !yieldedLast && lastInputAt > lastSliceAt;
}

/** The smallest slice for a reveal of `count` nodes. */
export const sliceFloor = (count: number): number => Math.max(MIN_SLICE, Math.ceil(count / MAX_SLICES));

/**
 * `nodes` must be in the order React Flow draws them (parents first): a slice is taken in that
 * order, so every node drawn has its parent drawn. Returns which nodes to draw; the canvas builds
 * flow elements for those only, and an edge once both its ends are among `linesShown`. A drawing
 * whose slices have less fixed cost (the outline picture) aims at a smaller `budgetMs`.
 */
export function useReveal(nodes: readonly { id: string }[], budgetMs = SLICE_BUDGET_MS): Revealed {
  // Ids drawn so far, and how many new ones the current slice may still add. Refs, not state: a
  // render that happens between slices for another reason (a selection) adds nothing more.
  const drawn = useRef(new Set<string>());
  const quota = useRef(0);
  const active = useRef(false);
  const slice = useRef(MIN_SLICE);
  const floor = useRef(MIN_SLICE);
  // The list the slices are sized for: another list (the level of detail changed) sizes them anew.
  const sizedFor = useRef<readonly { id: string }[] | null>(null);
  // Slices drawn in this reveal, and the nodes whose lines are drawn (see LINES_EVERY).
  const slices = useRef(0);
  const linesShown = useRef<ReadonlySet<string>>(new Set());
  // Whether the last slice added lines: only its frame may make the next slice larger.
  const carriedLines = useRef(true);
  // Bumped once per slice: what makes the canvas render the next one.
  const [tick, setTick] = useState(0);

  const revealed = useMemo((): Revealed => {
    void tick;
    const seen = drawn.current;
    let fresh = 0;
    for (const node of nodes) if (!seen.has(node.id)) fresh++;
    if (fresh === 0 || (fresh <= REVEAL_AT_ONCE && !active.current)) {
      active.current = false;
      // Forget what is gone, so that a document opened again is revealed again.
      if (seen.size > nodes.length) drawn.current = new Set(nodes.map((n) => n.id));
      else for (const node of nodes) seen.add(node.id);
      return ALL;
    }
    // Slices go in when the frame loop below grants them, the first one too: the render that
    // starts a reveal is the one that opens a document, whose view is fitted after it, and the
    // fit may change what is drawn (the outline level draws a VPC and its insides as one node).
    if (!active.current) {
      active.current = true;
      quota.current = 0;
      slices.current = 0;
      // What was drawn before and is gone is forgotten; what stays is kept (no need to redraw it).
      const present = new Set(nodes.map((n) => n.id));
      for (const id of seen) if (!present.has(id)) seen.delete(id);
      linesShown.current = new Set(seen);
    }
    if (sizedFor.current !== nodes) {
      sizedFor.current = nodes;
      floor.current = sliceFloor(fresh);
      slice.current = floor.current;
      quota.current = Math.min(quota.current, slice.current);
    }
    let added = 0;
    for (const node of nodes) {
      if (added >= quota.current) break;
      if (!seen.has(node.id)) {
        seen.add(node.id);
        added++;
      }
    }
    quota.current -= added;
    const pending = fresh - added;
    if (pending === 0) {
      active.current = false;
      quota.current = 0;
      // For the benchmarks: when a large network is drawn in full.
      performance.mark('vc-reveal-end');
      return ALL;
    }
    if (added > 0) {
      carriedLines.current = linesDue(++slices.current);
      if (carriedLines.current) linesShown.current = new Set(seen);
    }
    return { shown: new Set(seen), pending, linesShown: linesShown.current };
  }, [nodes, tick]);

  const revealing = revealed.pending > 0;
  useEffect(() => {
    if (!revealing) return;
    // One slice per frame: the time between frames is what the last slice cost (React's render
    // and commit, the browser's layout, React Flow's measuring), and sizes the next.
    let last = performance.now();
    let lastInput = -Infinity;
    let yielded = false;
    const onInput = (event: Event) => {
      lastInput = event.timeStamp;
    };
    const inputs = ['pointerdown', 'pointerup', 'pointermove', 'wheel', 'keydown'] as const;
    for (const type of inputs) window.addEventListener(type, onInput, { capture: true, passive: true });
    let frame = requestAnimationFrame(function grant(now) {
      frame = requestAnimationFrame(grant);
      const after = yielded;
      yielded = yieldsToInput(lastInput, last, yielded);
      if (yielded) return;
      // The time since a frame given to the user measures the user's work, not the last slice's.
      if (!after) slice.current = nextSliceSize(slice.current, now - last, floor.current, carriedLines.current, budgetMs);
      last = now;
      quota.current = slice.current;
      setTick((t) => t + 1);
    });
    return () => {
      cancelAnimationFrame(frame);
      for (const type of inputs) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [revealing, budgetMs]);

  return revealed;
}

const ALL: Revealed = { shown: null, pending: 0, linesShown: null };
