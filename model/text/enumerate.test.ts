import { describe, expect, it } from 'vitest';
import { enumerate } from './enumerate';

describe('enumerate', () => {
  const id = (s: string) => s;
  it('joins a few items with commas and "and"', () => {
    expect(enumerate([], id)).toBe('');
    expect(enumerate(['a'], id)).toBe('a');
    expect(enumerate(['a', 'b'], id)).toBe('a and b');
    expect(enumerate(['a', 'b', 'c'], id)).toBe('a, b and c');
  });

  it('names the first few of many and counts the rest', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `v${i}`);
    expect(enumerate(many, id)).toBe('v0, v1, v2 and 997 more');
    expect(enumerate(many, id, 5)).toBe('v0, v1, v2, v3, v4 and 995 more');
  });

  it('writes only the items it shows', () => {
    let calls = 0;
    enumerate(Array.from({ length: 10_000 }, (_, i) => i), (i) => `${(calls++, i)}`);
    expect(calls).toBe(3);
  });
});
