import { describe, expect, it } from 'vitest';
import { nearestFreeSpot, SIBLING_GAP } from './free-spot';

const size = { width: 100, height: 50 };
const apart = (a: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x >= b.x + b.width + SIBLING_GAP || b.x >= a.x + size.width + SIBLING_GAP || a.y >= b.y + b.height + SIBLING_GAP || b.y >= a.y + size.height + SIBLING_GAP;

describe('nearestFreeSpot', () => {
  it('keeps the drop point when nothing is there', () => {
    expect(nearestFreeSpot({ x: 10, y: 20 }, size, [{ x: 300, y: 300, width: 100, height: 100 }])).toEqual({ x: 10, y: 20 });
  });

  it('moves beside the sibling it would cover, on the nearer side', () => {
    const sibling = { x: 0, y: 0, width: 100, height: 100 };
    expect(nearestFreeSpot({ x: 80, y: 10 }, size, [sibling])).toEqual({ x: 100 + SIBLING_GAP, y: 10 });
  });

  it('finds the corner between two siblings when both sides are taken', () => {
    const siblings = [
      { x: 0, y: 0, width: 100, height: 100 },
      { x: 200, y: 0, width: 100, height: 300 },
    ];
    const spot = nearestFreeSpot({ x: 90, y: 20 }, size, siblings);
    for (const s of siblings) expect(apart(spot, s)).toBe(true);
  });

  it('stays off every sibling in a crowded container, also above the pairwise limit', () => {
    const siblings = Array.from({ length: 80 }, (_, i) => ({ x: (i % 10) * 120, y: Math.floor(i / 10) * 70, width: 100, height: 50 }));
    const spot = nearestFreeSpot({ x: 300, y: 200 }, size, siblings);
    for (const s of siblings) expect(apart(spot, s)).toBe(true);
  });

  it('never goes left of or above the bounds it is given', () => {
    const spot = nearestFreeSpot({ x: 5, y: 5 }, size, [{ x: 0, y: 0, width: 60, height: 60 }], { x: 20, y: 40 });
    expect(spot.x).toBeGreaterThanOrEqual(20);
    expect(spot.y).toBeGreaterThanOrEqual(40);
  });
});
