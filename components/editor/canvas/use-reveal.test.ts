import { describe, expect, it } from 'vitest';
import { LINES_EVERY, linesDue, nextSliceSize, SLICE_BUDGET_MS, sliceFloor, yieldsToInput } from './use-reveal';

describe('reveal slices', () => {
  it('shrinks a slice whose frame took over the budget, in proportion', () => {
    expect(nextSliceSize(400, 2 * SLICE_BUDGET_MS, 100)).toBe(200);
  });

  it('grows a quick slice, at most by half', () => {
    expect(nextSliceSize(300, SLICE_BUDGET_MS / 4, 100)).toBe(450);
    expect(nextSliceSize(300, (SLICE_BUDGET_MS * 3) / 4, 100)).toBe(400);
  });

  it('does not grow on a frame that added no lines, but shrinks on it', () => {
    expect(nextSliceSize(300, SLICE_BUDGET_MS / 4, 100, false)).toBe(300);
    expect(nextSliceSize(400, 2 * SLICE_BUDGET_MS, 100, false)).toBe(200);
  });

  it('sizes toward the budget it is given (the outline picture aims lower)', () => {
    expect(nextSliceSize(400, 70, 10, true, 35)).toBe(200);
    expect(nextSliceSize(400, 70, 10, true)).toBe(343);
  });

  it('never goes under the floor, however slow the frame', () => {
    expect(nextSliceSize(400, 5_000, 250)).toBe(250);
  });

  it('sets the floor so that a reveal takes a bounded number of slices', () => {
    // A few hundred shapes (a large network at the outline level) start in small slices.
    expect(sliceFloor(500)).toBe(10);
    expect(sliceFloor(5_000)).toBe(79);
    expect(Math.ceil(5_000 / sliceFloor(5_000))).toBeLessThanOrEqual(64);
  });

  it('gives a frame to the user after input, but never two in a row', () => {
    expect(yieldsToInput(1_050, 1_000, false)).toBe(true);
    expect(yieldsToInput(1_050, 1_000, true)).toBe(false);
    expect(yieldsToInput(950, 1_000, false)).toBe(false);
    expect(yieldsToInput(-Infinity, 1_000, false)).toBe(false);
  });

  it('adds lines every few slices, not with each one', () => {
    const due = Array.from({ length: 3 * LINES_EVERY }, (_, i) => linesDue(i + 1));
    expect(due.filter(Boolean)).toHaveLength(3);
    expect(due.slice(0, LINES_EVERY - 1).some(Boolean)).toBe(false);
    expect(due[LINES_EVERY - 1]).toBe(true);
  });
});
