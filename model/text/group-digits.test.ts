import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupDigits } from './group-digits';

describe('groupDigits', () => {
  it('groups thousands as toLocaleString("en-US") does', () => {
    expect(groupDigits(0)).toBe('0');
    expect(groupDigits(999)).toBe('999');
    expect(groupDigits(5121)).toBe('5,121');
    expect(groupDigits(-1234567)).toBe('-1,234,567');
    expect(groupDigits(1234.5)).toBe('1,234.5');
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).filter((n) => !Object.is(n, -0)), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
      }),
      { seed: 20261206 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map((k) => k / 1000).filter((n) => !Object.is(n, -0)), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
      }),
      { seed: 20261206 },
    );
  });
});
