import { describe, expect, it } from 'vitest';
import { nextSliceSize, sliceFloor } from './use-reveal';

describe('reveal slices', () => {
  it('shrinks a slice whose frame took over the budget, in proportion', () => {
    expect(nextSliceSize(400, 160, 100)).toBe(200);
  });

  it('grows a quick slice, at most twice over', () => {
    expect(nextSliceSize(300, 20, 100)).toBe(600);
    expect(nextSliceSize(300, 60, 100)).toBe(400);
  });

  it('never goes under the floor, however slow the frame', () => {
    expect(nextSliceSize(400, 5_000, 250)).toBe(250);
  });

  it('sets the floor so that a reveal takes a bounded number of slices', () => {
    expect(sliceFloor(500)).toBe(100);
    expect(sliceFloor(5_000)).toBe(313);
    expect(Math.ceil(5_000 / sliceFloor(5_000))).toBeLessThanOrEqual(16);
  });
});
