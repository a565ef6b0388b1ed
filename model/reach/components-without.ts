/** Connected parts of a domain graph with some of its vertices taken out, by union–find. */
import type { DomainGraph } from './graph';

/**
 * Per vertex, the number of its connected component once every vertex `cut` names is taken out
 * with its halves; -1 for the vertices taken out.
 */
export function componentsWithout(g: DomainGraph, cut: (v: number) => boolean): Int32Array {
  const n = g.domains.length;
  const parent = new Int32Array(n);
  for (let v = 0; v < n; v++) parent[v] = v;
  const root = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  for (const domain of g.domains) {
    if (cut(domain.index)) continue;
    for (const h of domain.halves) if (!cut(h.to)) parent[root(h.from)] = root(h.to);
  }
  const component = new Int32Array(n);
  for (let v = 0; v < n; v++) component[v] = cut(v) ? -1 : root(v);
  return component;
}
