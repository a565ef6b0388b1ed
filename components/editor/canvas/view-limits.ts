/** The canvas's zoom range and how it fits the diagram: the bare benchmark page copies them to draw at the same view. */
// Low enough that the fit view shows the whole of a 5,000-node diagram (about 0.02 on a laptop screen).
export const MIN_ZOOM = 0.01;
export const MAX_ZOOM = 2.5;
export const FIT_OPTIONS = { padding: 0.08, maxZoom: 1 } as const;
