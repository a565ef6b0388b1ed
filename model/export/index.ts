/** Exports drawn from the document: SVG (and so PNG) and draw.io. */
export { DEFAULT_NODE_TEXTS, edgeCaption, type NodeTexts } from './captions';
export { exportDrawio, type DrawioOptions } from './drawio-export';
export { EDGE_LOOKS, type EdgeLook } from './export-palette';
export { iconKeyOf, type IconMarkup } from './icon-symbols';
export type { BadgeHint } from './scene';
export { exportSvg, planPicture, renderSvg, PICTURE_MARGIN, type PictureOptions, type PicturePlan, type SvgPicture, type SvgRenderOptions } from './svg-export';
export { findingCounts, type TitleBlock } from './title-legend';
