import { describe, expect, it } from 'vitest';
import { countCrossings, segmentEntersRect, segmentsCross } from './quality';

const p = (x: number, y: number) => ({ x, y });

describe('countCrossings', () => {
  it('counts a horizontal and a vertical segment of two routes that cross', () => {
    const a = { points: [p(0, 50), p(100, 50)] };
    const b = { points: [p(50, 0), p(50, 100)] };
    expect(countCrossings([a, b])).toBe(1);
  });

  it('does not count parallel lines, touching ends, overlaps, or a route crossing itself', () => {
    const a = { points: [p(0, 50), p(100, 50)] };
    const parallel = { points: [p(0, 60), p(100, 60)] };
    const touching = { points: [p(100, 50), p(100, 0)] };
    const overlapping = { points: [p(20, 50), p(80, 50)] };
    const self = { points: [p(300, 0), p(300, 100), p(250, 100), p(250, 50), p(350, 50)] };
    expect(countCrossings([a, parallel, touching, overlapping, self])).toBe(0);
  });

  it('counts every crossing of long routes spanning many buckets once', () => {
    const horizontal = { points: [p(0, 500), p(5000, 500)] };
    const verticals = Array.from({ length: 10 }, (_, i) => ({ points: [p(250 + i * 400, 0), p(250 + i * 400, 1000)] }));
    expect(countCrossings([horizontal, ...verticals])).toBe(10);
  });
});

describe('segment helpers', () => {
  it('sees a segment through a box, not one along its border', () => {
    const box = { x: 10, y: 10, width: 100, height: 50 };
    expect(segmentEntersRect(p(0, 30), p(200, 30), box)).toBe(true);
    expect(segmentEntersRect(p(0, 10), p(200, 10), box)).toBe(false);
    expect(segmentEntersRect(p(0, 0), p(5, 100), box)).toBe(false);
    expect(segmentsCross(p(0, 0), p(10, 10), p(0, 10), p(10, 0))).toBe(true);
  });
});
