import { describe, expect, it } from 'vitest';
import { IdTable } from './id-table';

const source = (ids: readonly string[]) => ({ idOf: (code: number) => ids[code]! });

describe('IdTable', () => {
  it('answers with codes, and the first owner of an id claimed twice', () => {
    const ids = ['vpc-1', 'subnet-1', 'vpc-1'];
    const table = new IdTable(ids.length, source(ids));
    expect(ids.map((id, code) => table.claim(id, code))).toEqual([-1, -1, 0]);
    expect(table.get('subnet-1')).toBe(1);
    expect(table.get('missing')).toBe(-1);
  });

  it('forgets everything at a reset, and reads its ids from the new source', () => {
    const first = ['a', 'b'];
    const table = new IdTable(2, source(first));
    first.forEach((id, code) => table.claim(id, code));
    const second = ['b', 'c', 'd'];
    table.reset(second.length, source(second));
    expect(table.get('a')).toBe(-1);
    expect(second.map((id, code) => table.claim(id, code))).toEqual([-1, -1, -1]);
    expect(table.get('b')).toBe(0);
    expect(table.claim('d', 9)).toBe(2);
  });

  it('keeps its entries when it grows, and when colliding ids send it to its fallback', () => {
    const ids = Array.from({ length: 3_000 }, (_, i) => `subnet-${i}`);
    for (const hash of [undefined, () => 7]) {
      const table = new IdTable(1, source(ids), hash);
      ids.forEach((id, code) => expect(table.claim(id, code)).toBe(-1));
      expect(ids.every((id, code) => table.get(id) === code && table.claim(id, -5) === code)).toBe(true);
    }
  });
});
