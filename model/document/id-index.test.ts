import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdIndex } from './id-index';

describe('IdIndex', () => {
  it('agrees with a Map on any sequence of claims and lookups (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (claims, lookups) => {
        // Sized too small on purpose, so that the table grows while it fills.
        const index = new IdIndex<number>(2);
        const map = new Map<string, number>();
        claims.forEach((id, i) => {
          expect(index.claim(id, i)).toBe(map.get(id));
          if (!map.has(id)) map.set(id, i);
        });
        for (const id of [...claims, ...lookups]) expect(index.get(id)).toBe(map.get(id));
      }),
    );
  });

  it('keeps the first owner of an id claimed twice', () => {
    const index = new IdIndex<string>(4);
    expect(index.claim('vpc-1', 'nodes[0]')).toBeUndefined();
    expect(index.claim('vpc-1', 'nodes[7]')).toBe('nodes[0]');
    expect(index.get('vpc-1')).toBe('nodes[0]');
  });

  it('stays correct when every id collides (it falls back to a Map instead of probing on)', () => {
    const index = new IdIndex<number>(1_000, () => 7);
    const ids = Array.from({ length: 1_000 }, (_, i) => `subnet-${i}`);
    ids.forEach((id, i) => expect(index.claim(id, i)).toBeUndefined());
    expect(index.claim('subnet-0', -1)).toBe(0);
    expect(ids.every((id, i) => index.get(id) === i)).toBe(true);
    expect(index.get('subnet-missing')).toBeUndefined();
  });

  it('grows past its expected size', () => {
    const index = new IdIndex<number>(1);
    const ids = Array.from({ length: 50_000 }, (_, i) => `subnet-${i.toString(36)}`);
    ids.forEach((id, i) => expect(index.claim(id, i)).toBeUndefined());
    expect(ids.every((id, i) => index.get(id) === i)).toBe(true);
  });
});
