/**
 * Sizes and spacings of the auto-layout. Leaf sizes, the container header and padding come from
 * the editor's geometry (model/edit/geometry.ts), so a laid-out diagram is drawn exactly as it
 * was measured here; everything else is the layout's own choice.
 */
import type { Size } from '../document/types';
import { nodeKindSpec, type NodeKind } from '../kinds/node-kinds';
import { CONTAINER_HEADER, CONTAINER_PADDING, LEAF_ICON_CENTER_Y, LEAF_SIZE } from '../edit/geometry';

/** Height of a container's title bar when its title fits one line of name and one of details; nothing is placed in it (a longer title: `headerOf`). */
export const HEADER = CONTAINER_HEADER;
/** Space between a container's border and its children (left, right, bottom). */
export const PADDING = CONTAINER_PADDING;
/**
 * Size of a leaf node when the editor has not measured it: a 64 px icon with two lines of label
 * under it (name, then a detail such as the CIDR), as the editor draws every non-container node.
 */
export const DEFAULT_LEAF_SIZE: Size = LEAF_SIZE;
/** Distance from a leaf's top to its icon's centre: edges attach there, and edge-mounted gateways straddle the border there. */
export const ICON_CENTER_Y = LEAF_ICON_CENTER_Y;

/** Gap between leaves inside a subnet, an on-premises site or any other simple container. */
export const LEAF_GAP = 24;
/** Gap between subnets (AZ columns and rows) and between the subnets and the VPC-level resources. */
export const SUBNET_GAP = 40;
/** Gap between two gateways on the same edge of a VPC. */
export const GATEWAY_GAP = 20;
/** Width kept free at the left of a VPC's top edge for its title, before the gateways on that edge (more for a longer title, up to `MAX_TITLE_ROOM`). */
export const TITLE_ROOM = 200;
/** The most width a VPC's title may claim before the gateways on its top edge; a longer title wraps beneath them. */
export const MAX_TITLE_ROOM = 640;

/** Gap between boxes ELK places in the same column. */
export const NODE_SPACING = 40;
/** Gap between ELK's columns (layers); the edges between them run in it. */
export const LAYER_SPACING = 80;
/**
 * From this many nodes, the levels ELK would arrange are placed by the layout's own column placer
 * (column-level.ts) instead: the browser's first ELK run of a page (loading 1.5 MB of script, then
 * running it cold) took 3–4 s of a 2,000-node document's opening, the placer about 0.3 s.
 */
export const COLUMNS_FROM_NODES = 1_000;
/** Width ÷ height the whole diagram aims for when it wraps VPCs and regions into columns. */
export const TARGET_ASPECT = 1.6;

/** Smallest box of a node laid out as a container: its kind's `minSize`, or `MIN_OTHER_CONTAINER`. */
export function minContainerSize(kind: NodeKind | undefined): Size {
  return (kind && nodeKindSpec(kind).container?.minSize) || MIN_OTHER_CONTAINER;
}

/** Smallest box of a node that holds others without being a container kind. */
export const MIN_OTHER_CONTAINER: Size = { width: 200, height: 100 };
