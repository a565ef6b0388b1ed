/**
 * Fitting the diagram beside the compare panel: the panel sits over the canvas's top-left corner,
 * so a fit that ignores it hides what it covers (at 1024×700 the open list covers a third of the
 * canvas). The fit keeps clear of the panel on the side that leaves the diagram more room: to its
 * right while the list is open (tall and narrow), below it once folded (short and wide).
 */
import type { FitViewOptions } from '@xyflow/react';

type Padding = NonNullable<FitViewOptions['padding']>;

/** The compare panel's class: the one thing on the canvas that a fit keeps clear of. */
export const COMPARE_PANEL_CLASS = 'vc-compare-panel';

/** The padding, in pixels, xyflow gives a side for a fractional `padding` over `size` pixels. */
const sidePadding = (padding: number, size: number) => Math.floor((size - size / (1 + padding)) * 0.5);

/**
 * `padding` (xyflow's fraction), widened on one side by the compare panel when one is shown on
 * the canvas; `padding` unchanged otherwise. Measured when called: the panel's size changes as it
 * folds and as the window does.
 */
export function paddingBesidePanel(padding: number): Padding {
  const panel = document.querySelector<HTMLElement>(`.${COMPARE_PANEL_CLASS}`);
  const pane = panel?.closest<HTMLElement>('.react-flow');
  if (!panel || !pane) return padding;
  const p = panel.getBoundingClientRect();
  const r = pane.getBoundingClientRect();
  const x = sidePadding(padding, r.width);
  const y = sidePadding(padding, r.height);
  const besideWidth = r.width - (p.right - r.left) - 2 * x;
  const belowHeight = r.height - (p.bottom - r.top) - 2 * y;
  const beside = Math.max(0, besideWidth) * (r.height - 2 * y);
  const below = (r.width - 2 * x) * Math.max(0, belowHeight);
  const px = (n: number) => `${Math.max(0, Math.round(n))}px` as const;
  return beside >= below
    ? { top: px(y), bottom: px(y), right: px(x), left: px(p.right - r.left + x) }
    : { top: px(p.bottom - r.top + y), bottom: px(y), right: px(x), left: px(x) };
}
