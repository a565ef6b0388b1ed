/**
 * A walk over containment that never recurses: containment may be thousands of levels deep (a
 * hand-made or hostile file), deeper than the call stack.
 */
import type { TopologyNode } from '../document/types';

/**
 * Calls `visit` once for every node, each node's parent before the node. `parent` is the node's
 * parent, or undefined when it has none, names a missing node, or closes a cycle (the parser
 * refuses cycles; a hand-built document may still have one, and its walk must end).
 */
export function visitParentsFirst(
  nodes: readonly TopologyNode[],
  byId: ReadonlyMap<string, TopologyNode>,
  visit: (node: TopologyNode, parent: TopologyNode | undefined) => void,
): void {
  const visited = new Set<string>();
  // The ancestors of one node not visited yet, nearest first; reused to spare an array per node.
  const chain: TopologyNode[] = [];
  const onChain = new Set<string>();
  for (const start of nodes) {
    let cur: TopologyNode | undefined = start;
    while (cur && !visited.has(cur.id) && !onChain.has(cur.id)) {
      chain.push(cur);
      onChain.add(cur.id);
      cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i]!;
      const parent = node.parent === undefined ? undefined : byId.get(node.parent);
      visit(node, parent && visited.has(parent.id) ? parent : undefined);
      visited.add(node.id);
    }
    chain.length = 0;
    onChain.clear();
  }
}
