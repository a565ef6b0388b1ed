import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, rasterSize } from './image-geometry';

describe('rasterSize', () => {
  it('multiplies the picture by the scale when it fits', () => {
    expect(rasterSize(1231, 451, 2)).toEqual({ requestedScale: 2, scale: 2, pixelWidth: 2462, pixelHeight: 902 });
  });

  it('lowers the scale to stay within the longest side a browser can draw', () => {
    const size = rasterSize(6000, 500, 4);
    expect(size.scale).toBeLessThan(4);
    expect(size.pixelWidth).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(size.scale).toBe(Math.floor((MAX_IMAGE_SIDE / 6000) * 100) / 100);
  });

  it('lowers the scale to stay within the largest area', () => {
    const size = rasterSize(9000, 9000, 2);
    expect(size.pixelWidth * size.pixelHeight).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    expect(size.requestedScale).toBe(2);
  });
});
