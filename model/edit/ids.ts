/**
 * Fresh, readable ids for new elements: the AWS resource prefix and a number (`vpc-3`,
 * `pcx-2`), so that ids in a saved file say what they are. The prefixes live in the kind registries.
 */
import { CONNECTION_KINDS, type ConnectionKind } from '../kinds/connection-kinds';
import { NODE_KINDS, type NodeKind } from '../kinds/node-kinds';
import type { TopologyDocument } from '../document/types';

/** Every id a document uses, nodes and connections alike (they share one namespace). */
export function usedIds(doc: TopologyDocument): Set<string> {
  const ids = new Set<string>();
  for (const n of doc.nodes) ids.add(n.id);
  for (const c of doc.connections) ids.add(c.id);
  return ids;
}

/** `prefix-N` with the smallest N ≥ 1 not in `taken`; the id is added to `taken`. */
function freshId(prefix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** A fresh id for a node of `kind`. */
export function freshNodeId(kind: NodeKind, taken: Set<string>): string {
  return freshId(NODE_KINDS[kind].idPrefix, taken);
}

/** A fresh id for a connection of `kind`. */
export function freshConnectionId(kind: ConnectionKind, taken: Set<string>): string {
  return freshId(CONNECTION_KINDS[kind].idPrefix, taken);
}
