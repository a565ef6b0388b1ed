import { describe, expect, it } from 'vitest';
import { findCycles, type ImportGraph } from './import-cycles';

const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('findCycles', () => {
  it('finds none in a layered graph, however many paths join two modules', () => {
    expect(findCycles(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }))).toEqual([]);
  });

  it('names a loop of two in import order, from the first module by name', () => {
    expect(findCycles(graph({ rules: ['reach'], reach: ['rules', 'graph'], graph: [] }))).toEqual([['reach', 'rules']]);
  });

  it('names one shortest loop per tangle, and each separate tangle', () => {
    const found = findCycles(graph({ a: ['b'], b: ['c', 'a'], c: ['a'], x: ['y'], y: ['x'], z: ['a'] }));
    expect(found).toEqual([
      ['a', 'b'],
      ['x', 'y'],
    ]);
  });

  it('follows a long loop through modules it only reaches on the way', () => {
    expect(findCycles(graph({ a: ['b'], b: ['c'], c: ['d'], d: ['a'] }))).toEqual([['a', 'b', 'c', 'd']]);
  });
});
