'use client';
/**
 * Levels of detail, as map and diagram tools draw them: below a zoom where dashes are sub-pixel
 * and labels unreadable, the canvas stops drawing them. Dash patterns are in canvas units, so at
 * zoom 0.05 every dash is a fraction of a pixel and software rasterisation redraws them by the
 * hundred thousand on each pan frame (about 6× the cost of solid lines at 2,000 nodes).
 *
 * The level is set as a class on the canvas element from a React Flow store selector, so a zoom
 * that stays within one level re-renders nothing, and crossing a level re-renders nothing either:
 * only the style sheet changes what is drawn.
 */
import { useStore } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';

/** `full`: everything; `reduced`: solid lines, no edge labels or subtitles; `outline`: boxes and icons only. */
export type DetailLevel = 'full' | 'reduced' | 'outline';

/** Zoom below which dashes and small text go (a 12 px label is under 4 px there). */
export const REDUCED_BELOW = 0.35;
/** Zoom below which names go too (whole-network views of thousands of nodes). */
export const OUTLINE_BELOW = 0.15;

export function detailLevel(zoom: number): DetailLevel {
  return zoom < OUTLINE_BELOW ? 'outline' : zoom < REDUCED_BELOW ? 'reduced' : 'full';
}

const CLASS_OF: Record<DetailLevel, string | null> = { full: null, reduced: 'vc-detail-reduced', outline: 'vc-detail-outline' };

/** Rendered inside <ReactFlow>: marks the enclosing `.vc-canvas` with the current level. */
export function ZoomDetail() {
  const level = useStore((s) => detailLevel(s.transform[2]));
  const marker = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const canvas = marker.current?.closest('.vc-canvas');
    if (!canvas) return;
    canvas.classList.remove('vc-detail-reduced', 'vc-detail-outline');
    // Outline implies reduced: both classes, so each rule is written once.
    if (level !== 'full') canvas.classList.add('vc-detail-reduced');
    const cls = CLASS_OF[level];
    if (cls) canvas.classList.add(cls);
    canvas.setAttribute('data-detail', level);
  }, [level]);
  return <span ref={marker} hidden />;
}
