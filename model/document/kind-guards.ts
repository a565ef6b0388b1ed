/**
 * Type guards that narrow a node or a connection to its kind. A literal check (`node.kind ===
 * 'vpc'`) narrows by itself; these serve where the kind is a variable or a type parameter (`K`,
 * a union of kinds, a list), and where the element may be missing.
 */
import type { ConnectionKind } from '../kinds/connection-kinds';
import type { NodeKind } from '../kinds/node-kinds';
import type { Connection, TopologyNode } from './types';

// The predicates intersect with the full union: for a type parameter `K`, TypeScript cannot see
// that `TopologyNode<K>` is one of `TopologyNode`'s members, and the intersection says it is.

/** True when `node` exists and is of `kind` (or of one of the kinds of a union type `K`). */
export function isKind<K extends NodeKind>(node: TopologyNode | undefined, kind: K): node is TopologyNode & TopologyNode<K> {
  return node?.kind === kind;
}

/** True when `node` exists and its kind is one of `kinds`. */
export function isKindIn<K extends NodeKind>(node: TopologyNode | undefined, kinds: readonly K[]): node is TopologyNode & TopologyNode<K> {
  return node !== undefined && (kinds as readonly NodeKind[]).includes(node.kind);
}

/** True when `connection` exists and is of `kind`. */
export function isConnectionOfKind<K extends ConnectionKind>(
  connection: Connection | undefined,
  kind: K,
): connection is Connection & Connection<K> {
  return connection?.kind === kind;
}
