'use client';
/**
 * Levels of detail, as map and diagram tools draw them: below a zoom where dashes are sub-pixel
 * and labels unreadable, the canvas stops drawing them. Dash patterns are in canvas units, so at
 * zoom 0.05 every dash is a fraction of a pixel and software rasterisation redraws them by the
 * hundred thousand on each pan frame (about 6× the cost of solid lines at 2,000 nodes).
 *
 * The level is a class on the canvas element, read from a React Flow store selector: a zoom that
 * stays within one level re-renders nothing, and crossing a level re-renders only the canvas's
 * element (its nodes and edges are memoised): the style sheet changes what is drawn. It is part of
 * the element's React class name, so the canvas's other classes changing cannot drop it.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext } from 'react';

/** `full`: everything; `reduced`: solid lines, no edge labels or subtitles; `outline`: plain boxes. */
export type DetailLevel = 'full' | 'reduced' | 'outline';

/** Zoom below which dashes and small text go (a 12 px label is under 4 px there). */
export const REDUCED_BELOW = 0.35;
/** Zoom below which names go too, and nodes are drawn as plain boxes (whole-network views of thousands of nodes). */
export const OUTLINE_BELOW = 0.15;

export function detailLevel(zoom: number): DetailLevel {
  return zoom < OUTLINE_BELOW ? 'outline' : zoom < REDUCED_BELOW ? 'reduced' : 'full';
}

// Outline implies reduced: both classes, so each rule is written once.
const CLASS_OF: Record<DetailLevel, string> = { full: '', reduced: ' vc-detail-reduced', outline: ' vc-detail-reduced vc-detail-outline' };

/** The classes that mark a level on the canvas element, with a leading space (empty at `full`). */
export const detailClassName = (level: DetailLevel): string => CLASS_OF[level];

const levelOf = (s: ReactFlowState) => detailLevel(s.transform[2]);

/** The current level and the classes that mark it (with a leading space, or empty), for the canvas element under <ReactFlowProvider>. */
export function useDetailLevel(): { level: DetailLevel; className: string } {
  const level = useStore(levelOf);
  return { level, className: detailClassName(level) };
}

/**
 * The level, for the node components: at `outline` they render only their box (and handles),
 * not the icon, name and details the style sheet would hide anyway. Thousands of nodes at the
 * fit view are then a third of the DOM to create, style and lay out. A context, so that only a
 * change of level re-renders them; without a provider (the review page's diagram), `full`.
 */
export const DetailLevelContext = createContext<DetailLevel>('full');

/** True when nodes are drawn as plain boxes. */
export const useOutline = (): boolean => useContext(DetailLevelContext) === 'outline';
