/** Which icon the editor shows for a kind or a node, read from the kinds' view record. */
import type { NodeKind, TopologyNode } from '../../model';
import { kindView } from './kind-views';

/** The icon of a kind, as the palette shows it. */
export function kindIcon(kind: NodeKind): string {
  return kindView(kind).icon;
}

/** The icon of a node: some props change it (public subnets and network load balancers have their own). */
export function nodeIcon(node: TopologyNode): string {
  const view = kindView(node.kind);
  return view.nodeIcon?.(node) ?? view.icon;
}

/** `vc-ink` for near-black icons, which the dark theme inverts; empty otherwise. */
export function inkClass(kind: NodeKind): string {
  return kindView(kind).ink ? 'vc-ink' : '';
}
