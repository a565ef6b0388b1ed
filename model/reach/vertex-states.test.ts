import { describe, expect, it } from 'vitest';
import { VertexStates } from './vertex-states';

describe('VertexStates', () => {
  it('keeps the first state of each vertex entered, through growth, and -1 for the others', () => {
    const states = new VertexStates();
    const vertices = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 100_003);
    vertices.forEach((v, i) => states.add(v, i));
    vertices.forEach((v, i) => {
      expect(states.has(v)).toBe(true);
      expect(states.get(v)).toBe(i);
    });
    expect(states.has(100_004)).toBe(false);
    expect(states.get(1)).toBe(-1);
    expect(states.get(0)).toBe(0);
  });
});
