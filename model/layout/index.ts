/**
 * Auto-layout of topology documents with ELK. The ELK runner is injected (`createNodeElk()` from
 * `./node-elk` in Node; a worker-backed `elkjs/lib/elk-api` instance in the browser), so this entry
 * point loads no layout engine itself.
 */
export { layoutDocument } from './layout-document';
export type { ElkRunner, EdgeRoute, LayoutRequest, LayoutResult, LayoutScope } from './types';
export { DEFAULT_LEAF_SIZE, ICON_CENTER_Y } from './constants';
export { applyGeometry, geometryChanges, type GeometryChanges, type NodeGeometry } from './geometry-changes';
