/**
 * The classes the segmentation view colours transit gateway attachments by. Each table of a
 * gateway gets one of a fixed set of colour slots (editor.css: `--vc-seg-0` … `--vc-seg-5`,
 * chosen to stay apart for common colour-vision deficiencies); an unassociated attachment gets
 * `vc-seg-none`. The classes sit on the edges whether or not the view is on: turning it on
 * changes one class on the canvas, not thousands of edges.
 */
import type { Segmentation, SegmentTable } from '../../../../model/graph/tgw-segments';

/** How many distinct colours the view has; a gateway with more tables reuses them in order. */
export const SEGMENT_COLOURS = 6;

/** The class of an attachment associated with `table`, or with none (null). */
export function segmentClass(table: SegmentTable | null): string {
  return table ? `vc-seg vc-seg-${table.slot % SEGMENT_COLOURS}` : 'vc-seg vc-seg-none';
}

/** Each attachment connection's class. */
export function segmentClasses(segmentation: Segmentation): Map<string, string> {
  const classes = new Map<string, string>();
  for (const [id, { table }] of segmentation.byConnection) classes.set(id, segmentClass(table));
  return classes;
}
