/**
 * Where a dropped node may sit without covering a sibling: the nearest free spot to where it was
 * dropped. Candidates are the drop point itself and the places flush against each sibling (beside,
 * above, below), and, for containers of ordinary size, the corners where two siblings meet; the
 * nearest that overlaps nothing wins. Drawing tools do the same rather than stacking shapes.
 */
import type { Position, Size } from '../document/types';
import type { Rect } from './geometry';

/** Space kept between a dropped node and its siblings. */
export const SIBLING_GAP = 16;

/** Above this many siblings, the pairwise corner candidates (quadratic) are skipped. */
const MAX_PAIRWISE = 60;

const overlaps = (a: Rect, b: Rect, gap: number): boolean =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * The free top-left corner nearest to `want` for a node of `size` among `siblings` (all in the
 * same coordinates), never left of or above `min` (a container's padding and title bar). The
 * drop point itself when it is free; below every sibling when nothing nearer is.
 */
export function nearestFreeSpot(want: Position, size: Size, siblings: readonly Rect[], min?: Position, gap = SIBLING_GAP): Position {
  const clamp = (p: Position): Position => (min ? { x: Math.max(p.x, min.x), y: Math.max(p.y, min.y) } : p);
  const isFree = (p: Position) => siblings.every((s) => !overlaps({ ...p, ...size }, s, gap));
  const start = clamp(want);
  if (isFree(start)) return start;
  const xs = [want.x];
  const ys = [want.y];
  for (const s of siblings) {
    xs.push(s.x - gap - size.width, s.x + s.width + gap);
    ys.push(s.y - gap - size.height, s.y + s.height + gap);
  }
  const candidates: Position[] = [];
  if (siblings.length <= MAX_PAIRWISE) {
    for (const x of xs) for (const y of ys) candidates.push(clamp({ x, y }));
  } else {
    for (const x of xs) candidates.push(clamp({ x, y: want.y }));
    for (const y of ys) candidates.push(clamp({ x: want.x, y }));
  }
  let best: Position | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = (c.x - want.x) ** 2 + (c.y - want.y) ** 2;
    if (d < bestDistance && isFree(c)) {
      best = c;
      bestDistance = d;
    }
  }
  return best ?? clamp({ x: want.x, y: Math.max(...siblings.map((s) => s.y + s.height)) + gap });
}
