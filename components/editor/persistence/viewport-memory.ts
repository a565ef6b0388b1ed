/**
 * The canvas's zoom and pan, remembered in this browser so that a reload shows the diagram where
 * the user left it, as map and drawing tools do. A view is small and per browser, so it lives in
 * localStorage beside the document's IndexedDB record; a missing or unreadable one means "fit".
 */
import type { Viewport } from '@xyflow/react';

const KEY = 'vpc-canvas:viewport';

const isViewport = (v: unknown): v is Viewport =>
  typeof v === 'object' && v !== null && ['x', 'y', 'zoom'].every((k) => Number.isFinite((v as Record<string, unknown>)[k])) && (v as Viewport).zoom > 0;

/** The view last left, or undefined (never stored, unreadable, or storage off). */
export function readViewport(): Viewport | undefined {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return isViewport(stored) ? { x: stored.x, y: stored.y, zoom: stored.zoom } : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers where the view settled after a pan or zoom. */
export function rememberViewport(viewport: Viewport): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ x: viewport.x, y: viewport.y, zoom: viewport.zoom }));
  } catch {
    // Storage full or off: the next reload fits the diagram instead, which loses nothing drawn.
  }
}
