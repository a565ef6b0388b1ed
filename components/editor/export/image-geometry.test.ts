import { describe, expect, it } from 'vitest';
import { buildDocument, node, subnet, vpc } from '../../../model/testing/build';
import { diagramBounds, EXPORT_MARGIN, imageFrame, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE } from './image-geometry';

const pair = buildDocument([
  vpc('a', ['10.0.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 400, height: 260 } }),
  subnet('s', 'a', '10.0.1.0/24', { position: { x: 40, y: 60 }, size: { width: 240, height: 150 } }),
  vpc('b', ['10.1.0.0/16'], { position: { x: 600, y: 20.5 }, size: { width: 400, height: 260 } }),
  // A leaf is 112 × 84; this one sits left of and above everything else.
  node('net', 'internet', undefined, undefined, { position: { x: -150.25, y: -90 } }),
]);

describe('diagramBounds', () => {
  it('is the box around every node, children placed inside their parents', () => {
    expect(diagramBounds(pair)).toEqual({ x: -150.25, y: -90, width: 1150.25, height: 370.5 });
  });

  it('is undefined for an empty diagram', () => {
    expect(diagramBounds(buildDocument([]))).toBeUndefined();
    expect(imageFrame(buildDocument([]), 2)).toBeUndefined();
  });
});

describe('imageFrame', () => {
  it('adds the margin on every side, in whole pixels, and scales', () => {
    const frame = imageFrame(pair, 2)!;
    // floor(-150.25) - 40 = -191; ceil(1000) + 40 = 1040; floor(-90) - 40 = -130; ceil(280.5) + 40 = 321.
    expect(frame).toMatchObject({ x: -151 - EXPORT_MARGIN, y: -90 - EXPORT_MARGIN, width: 1040 + 191, height: 321 + 130, scale: 2, requestedScale: 2 });
    expect(frame.pixelWidth).toBe(frame.width * 2);
    expect(frame.pixelHeight).toBe(frame.height * 2);
  });

  it('lowers the scale when the picture would pass the canvas limits, and says so', () => {
    const tall = buildDocument([vpc('a', ['10.0.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 400, height: 9000 } })]);
    const frame = imageFrame(tall, 4)!;
    expect(frame.requestedScale).toBe(4);
    expect(frame.scale).toBeLessThan(4);
    expect(frame.pixelHeight).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(frame.pixelWidth * frame.pixelHeight).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    // Not lowered further than needed: one hundredth more would pass.
    expect(Math.round(frame.height * (frame.scale + 0.01))).toBeGreaterThan(MAX_IMAGE_SIDE);

    const wide = buildDocument([vpc('a', ['10.0.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 12_000, height: 12_000 } })]);
    const square = imageFrame(wide, 1)!;
    expect(square.pixelWidth * square.pixelHeight).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    expect(square.scale).toBeLessThan(1);
  });
});
