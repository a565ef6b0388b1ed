/**
 * Finding a node by what a reader knows of it: its name, its kind, its id or one of its address
 * blocks. At the fit view of a large network every node is a few pixels wide, and the keyboard
 * reaches only what is selected; finding one by name is how a user gets to it.
 */
import type { TopologyDocument, TopologyNode } from '../document/types';
import { indexOf } from '../graph/topology-index';

/** A node found, with how a list shows it (`TopologyIndex.describe`: kind, name, address blocks). */
export interface FoundNode {
  node: TopologyNode;
  text: string;
}

/** A node with the text a search looks in: its description, then its id, in lower case. */
export type SearchableNode = FoundNode & { haystack: string };

/** Every node of `doc` made searchable, in document order. */
export function searchableNodes(doc: TopologyDocument): SearchableNode[] {
  const index = indexOf(doc);
  return doc.nodes.map((node) => {
    const text = index.describe(node);
    return { node, text, haystack: `${text} ${node.id}`.toLowerCase() };
  });
}

/**
 * The nodes whose searchable text holds every word of `query` (any case), best first: a name equal
 * to the query, then names that start with it, then the rest, each group in document order.
 * Every node for an empty query.
 */
export function findNodes(nodes: readonly SearchableNode[], query: string): FoundNode[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return nodes.map(({ node, text }) => ({ node, text }));
  const words = wanted.split(/\s+/);
  const rank = (node: TopologyNode) => {
    const name = node.name?.trim().toLowerCase() ?? '';
    return name === wanted || node.id.toLowerCase() === wanted ? 0 : name.startsWith(wanted) ? 1 : 2;
  };
  return nodes
    .filter(({ haystack }) => words.every((w) => haystack.includes(w)))
    .map(({ node, text }, order) => ({ node, text, rank: rank(node), order }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ node, text }) => ({ node, text }));
}
