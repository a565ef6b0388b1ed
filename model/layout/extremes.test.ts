import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from './extremes';

describe('maxOf and minOf', () => {
  it('agree with Math.max and Math.min over small arrays, NaN and empty ones included', () => {
    const values = fc.array(fc.oneof(fc.double(), fc.constant(Number.NaN)), { maxLength: 20 });
    fc.assert(
      fc.property(values, fc.double(), (xs, start) => {
        expect(maxOf(xs, (x) => x, start)).toBe(Math.max(start, ...xs));
        expect(minOf(xs, (x) => x, start)).toBe(Math.min(start, ...xs));
      }),
    );
    expect(maxOf([-0, 0], (x) => x)).toBe(0);
    expect(minOf([0, -0], (x) => x)).toBe(-0);
    expect(maxOf([], (x: number) => x)).toBe(-Infinity);
    expect(minOf([], (x: number) => x)).toBe(Infinity);
  });

  it('take arrays too long to spread as arguments', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => ({ x: (i * 7919) % 500_000 }));
    expect(() => Math.max(...many.map((m) => m.x))).toThrow(RangeError);
    expect(maxOf(many, (m) => m.x)).toBe(499_999);
    expect(minOf(many, (m) => m.x, 10)).toBe(0);
  });
});
