/** Connections that repeat an earlier one's pair of ends: found by key, never by comparing every pair. */
import type { Connection, TopologyNode } from '../document/types';
import type { ConnectionKind } from '../kinds/connection-kinds';
import type { TopologyIndex } from './topology-index';

/** A connection that joins the same two nodes as an earlier one of its kind. */
export interface DuplicateConnection {
  duplicate: Connection;
  first: Connection;
  /** The two ends, as the earlier connection orders them. */
  a: TopologyNode;
  b: TopologyNode;
}

/**
 * Connections of `kind` among `connections` that repeat an earlier one's pair of ends (either way
 * round), when one end is of `endKinds[0]` and the other of `endKinds[1]` (other ends are
 * connection-ends-invalid's). Linear: pairs are keyed, never compared two by two.
 */
export function findDuplicateConnections(
  index: TopologyIndex,
  connections: readonly Connection[],
  kind: ConnectionKind,
  endKinds: readonly [readonly string[], readonly string[]],
): DuplicateConnection[] {
  const firstByPair = new Map<string, Connection>();
  const duplicates: DuplicateConnection[] = [];
  for (const c of connections) {
    if (c.kind !== kind || c.source === c.target) continue;
    const a = index.node(c.source);
    const b = index.node(c.target);
    if (!a || !b) continue;
    const [x, y] = endKinds;
    if (!((x.includes(a.kind) && y.includes(b.kind)) || (x.includes(b.kind) && y.includes(a.kind)))) continue;
    const key = c.source < c.target ? `${c.source}\u0000${c.target}` : `${c.target}\u0000${c.source}`;
    const first = firstByPair.get(key);
    if (!first) {
      firstByPair.set(key, c);
      continue;
    }
    duplicates.push({ duplicate: c, first, a: index.node(first.source) ?? a, b: index.node(first.target) ?? b });
  }
  return duplicates;
}
