import { describe, expect, it } from 'vitest';
import { detailClassName, detailLevel, OUTLINE_BELOW, REDUCED_BELOW } from './zoom-detail';

describe('detailLevel', () => {
  it('draws everything from the reduced threshold up, and less below each threshold', () => {
    expect(detailLevel(1)).toBe('full');
    expect(detailLevel(REDUCED_BELOW)).toBe('full');
    expect(detailLevel(REDUCED_BELOW - 0.01)).toBe('reduced');
    expect(detailLevel(OUTLINE_BELOW)).toBe('reduced');
    expect(detailLevel(OUTLINE_BELOW - 0.01)).toBe('outline');
    expect(detailLevel(0.05)).toBe('outline');
  });

  it('marks the outline level with the reduced class too, so the reduced rules apply there as well', () => {
    expect(detailClassName('full')).toBe('');
    expect(detailClassName('reduced').trim().split(' ')).toEqual(['vc-detail-reduced']);
    expect(detailClassName('outline').trim().split(' ').sort()).toEqual(['vc-detail-outline', 'vc-detail-reduced']);
  });
});
