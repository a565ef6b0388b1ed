/** The texts drawn on a node: its name, and what the kinds' view record says under or beside it. */
import { NODE_KINDS, type TopologyNode } from '../../../../model';
import { kindView } from '../../kind-views';

/** The text shown for a node: its name, or its id when it has none. */
export const displayName = (node: TopologyNode): string => node.name?.trim() || node.id;

/** One line under a leaf node's name, e.g. "NAT gateway · private" or "ALB · internet-facing". */
export function leafSubtitle(node: TopologyNode): string {
  return kindView(node.kind).subtitle?.(node) ?? NODE_KINDS[node.kind].short;
}

/** The details in a container's title bar: address blocks, region code, zone. */
export function containerDetails(node: TopologyNode): string {
  return kindView(node.kind).details?.(node) ?? '';
}

/** The group label AWS diagrams use above the name, e.g. "Public subnet". */
export function containerKindLabel(node: TopologyNode): string {
  return kindView(node.kind).heading?.(node) ?? NODE_KINDS[node.kind].label;
}
