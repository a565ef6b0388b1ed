import { describe, expect, it } from 'vitest';
import type { Half } from './graph';
import { SearchStates } from './search-states';

/** Stand-ins for halves: the table only keeps and returns them. */
const half = (n: number) => ({ n }) as unknown as Half;

describe('SearchStates', () => {
  it('finds each state by vertex and key, lists a vertex states in the order made, through growth', () => {
    const states = new SearchStates();
    // 3,000 states over 700 vertices, keys above 32 bits included, so that columns and table grow many times.
    const made: Array<[number, number]> = [];
    for (let i = 0; i < 3000; i++) {
      const v = (i * 7919) % 700;
      const key = i % 3 === 0 ? i * 2 ** 21 + (i % 5) : i;
      expect(states.find(v, key)).toBe(-1);
      expect(states.add(v, key, half(i), i % 17, i - 1)).toBe(i);
      made.push([v, key]);
    }
    expect(states.size).toBe(3000);
    made.forEach(([v, key], s) => {
      expect(states.find(v, key)).toBe(s);
      expect([states.vertex[s], states.key[s], states.dist[s], states.parent[s], states.arrival[s]]).toEqual([v, key, s % 17, s - 1, half(s)]);
    });
    for (let v = 0; v < 700; v++) {
      const listed: number[] = [];
      for (let s = states.firstAt(v); s >= 0; s = states.next(s)) listed.push(s);
      expect(listed).toEqual(made.flatMap(([u], s) => (u === v ? [s] : [])));
      expect(states.entered(v)).toBe(listed.length > 0);
    }
    expect(states.entered(700)).toBe(false);
    expect(states.find(1, 123_456_789)).toBe(-1);
  });

  it('lists predecessors with the parent first, then the others in the order added', () => {
    const states = new SearchStates();
    for (let s = 0; s < 600; s++) states.add(s, 0, half(s), 1, s - 1);
    states.addPredecessor(500, 7, half(1007));
    states.addPredecessor(3, 9, half(1009));
    states.addPredecessor(500, 8, half(1008));
    expect(states.predecessors(500)).toEqual([[499, half(500)], [7, half(1007)], [8, half(1008)]]);
    expect(states.predecessors(3)).toEqual([[2, half(3)], [9, half(1009)]]);
    expect(states.predecessors(4)).toEqual([[3, half(4)]]);
  });

  it('after clear, holds nothing of before and fills again as a fresh table does', () => {
    const states = new SearchStates();
    for (let s = 0; s < 2000; s++) states.add(s % 300, s, half(s), 1, s - 1);
    states.addPredecessor(1500, 3, half(9000));
    states.clear();
    expect(states.size).toBe(0);
    for (let v = 0; v < 300; v++) expect(states.entered(v)).toBe(false);
    expect(states.find(0, 0)).toBe(-1);
    const fresh = new SearchStates();
    for (const table of [states, fresh]) for (let s = 0; s < 1600; s++) table.add((s * 13) % 400, s % 7, half(s), 2, s - 1);
    for (let s = 0; s < 1600; s++) {
      expect(states.find((s * 13) % 400, s % 7)).toBe(fresh.find((s * 13) % 400, s % 7));
      expect(states.predecessors(s)).toEqual(fresh.predecessors(s));
      expect(states.next(s)).toBe(fresh.next(s));
    }
  });
});
