import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position } from '../document/types';
import type { Rect } from './geometry';
import { crossesBox, routeOrthogonal, simplifyPolyline, type Port } from './orthogonal-router';

const isOrthogonal = (points: readonly Position[]) => points.every((p, i) => i === 0 || p.x === points[i - 1]!.x || p.y === points[i - 1]!.y);

describe('routeOrthogonal', () => {
  const source: Port = { x: 100, y: 50, heading: 'right' };
  const target: Port = { x: 400, y: 50, heading: 'left' };

  it('runs straight when nothing is in the way', () => {
    expect(routeOrthogonal({ sourcePorts: [source], targetPorts: [target], obstacles: [] })).toEqual([
      { x: 100, y: 50 },
      { x: 400, y: 50 },
    ]);
  });

  it('goes round a box between the ends, keeping the margin, with two pairs of bends', () => {
    const wall: Rect = { x: 200, y: 0, width: 100, height: 120 };
    const points = routeOrthogonal({ sourcePorts: [source], targetPorts: [target], obstacles: [wall], margin: 10 })!;
    expect(points[0]).toEqual({ x: 100, y: 50 });
    expect(points[points.length - 1]).toEqual({ x: 400, y: 50 });
    expect(isOrthogonal(points)).toBe(true);
    expect(crossesBox(points, { x: 190, y: -10, width: 120, height: 140 })).toBe(false);
    expect(points).toHaveLength(6);
  });

  it('enters the target through the way its port faces', () => {
    // The target's port faces up: the route must come down onto it.
    const points = routeOrthogonal({ sourcePorts: [source], targetPorts: [{ x: 400, y: 200, heading: 'up' }], obstacles: [{ x: 350, y: 200, width: 100, height: 80 }] })!;
    const last = points[points.length - 1]!;
    const before = points[points.length - 2]!;
    expect(before.x).toBe(last.x);
    expect(before.y).toBeLessThan(last.y);
  });

  it('answers undefined when the target is walled in', () => {
    const walls: Rect[] = [
      { x: 350, y: 0, width: 100, height: 10 },
      { x: 350, y: 90, width: 100, height: 10 },
      { x: 350, y: 0, width: 10, height: 100 },
      { x: 440, y: 0, width: 10, height: 100 },
    ];
    expect(routeOrthogonal({ sourcePorts: [source], targetPorts: [target], obstacles: walls, margin: 0 })).toBeUndefined();
  });

  it('never crosses a box, among random boxes', () => {
    const box = fc.record({ x: fc.integer({ min: 120, max: 360 }), y: fc.integer({ min: -200, max: 200 }), width: fc.integer({ min: 5, max: 80 }), height: fc.integer({ min: 5, max: 80 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 12 }), (boxes) => {
        // Keep the ports outside every box, as real ends are.
        const free = boxes.filter((b) => !crossesBox([{ x: source.x, y: source.y }, { x: source.x + 1, y: source.y }], b) && !crossesBox([{ x: target.x - 1, y: target.y }, { x: target.x, y: target.y }], b));
        const points = routeOrthogonal({ sourcePorts: [source], targetPorts: [target], obstacles: free });
        if (!points) return;
        expect(isOrthogonal(points)).toBe(true);
        for (const b of free) expect(crossesBox(points, b)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('crossesBox and simplifyPolyline', () => {
  const box = { x: 0, y: 0, width: 10, height: 10 };
  it('count running along a border as touching, not crossing', () => {
    expect(crossesBox([{ x: -5, y: 0 }, { x: 15, y: 0 }], box)).toBe(false);
    expect(crossesBox([{ x: -5, y: 5 }, { x: 15, y: 5 }], box)).toBe(true);
    expect(crossesBox([{ x: 5, y: -5 }, { x: 5, y: 1 }], box)).toBe(true);
  });
  it('drop repeated points and points in the middle of a straight run', () => {
    expect(simplifyPolyline([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 5, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 5 }])).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 5 },
    ]);
  });
});
