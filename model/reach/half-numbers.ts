/**
 * Every half of a graph numbered, for the breadth-first walks that cover most of the graph (the
 * chain oracle's sweeps, the aimed searches' bounds): flat arrays of vertex numbers rather than the
 * half objects, which are scattered in memory and would make such walks wait on it.
 */
import type { DomainGraph, Half } from './graph';

/** Each vertex's halves numbered consecutively, in its own order, so that a walk keeps the half into a vertex as an integer. */
export interface HalfNumbers {
  readonly halves: Half[];
  /** Per vertex: the number of its first half; one more entry, the number of halves. */
  readonly firstHalf: Int32Array;
  /** Per half: the vertex it leaves and the vertex it leads to. */
  readonly from: Int32Array;
  readonly to: Int32Array;
}

const halfNumbers = new WeakMap<DomainGraph, HalfNumbers>();

/** The halves of `g` numbered (see `HalfNumbers`), made once per graph. */
export function numberHalves(g: DomainGraph): HalfNumbers {
  let numbers = halfNumbers.get(g);
  if (!numbers) {
    const firstHalf = new Int32Array(g.domains.length + 1);
    const halves: Half[] = [];
    for (const domain of g.domains) {
      firstHalf[domain.index] = halves.length;
      for (const h of domain.halves) halves.push(h);
    }
    firstHalf[g.domains.length] = halves.length;
    halfNumbers.set(g, (numbers = { halves, firstHalf, from: Int32Array.from(halves, (h) => h.from), to: Int32Array.from(halves, (h) => h.to) }));
  }
  return numbers;
}
