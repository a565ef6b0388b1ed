/**
 * The largest and smallest of many values. `Math.max(...values)` passes every value as an argument,
 * and a document-sized array (100,000 top-level nodes) overflows the call stack.
 */

/**
 * The largest `value(item)`, or `start` when it is larger or there are no items; NaN when any value
 * is NaN, as `Math.max(start, ...items.map(value))` would be.
 */
export function maxOf<T>(items: Iterable<T>, value: (item: T) => number, start = -Infinity): number {
  let max = start;
  for (const item of items) {
    const v = value(item);
    // Math.max ranks +0 above -0.
    if (v > max || Number.isNaN(v) || (v === 0 && max === 0 && Object.is(max, -0))) max = v;
    if (Number.isNaN(max)) return max;
  }
  return max;
}

/** The smallest `value(item)`, or `start` when it is smaller or there are no items; NaN as `Math.min` gives it. */
export function minOf<T>(items: Iterable<T>, value: (item: T) => number, start = Infinity): number {
  let min = start;
  for (const item of items) {
    const v = value(item);
    if (v < min || Number.isNaN(v) || (v === 0 && min === 0 && Object.is(v, -0))) min = v;
    if (Number.isNaN(min)) return min;
  }
  return min;
}
