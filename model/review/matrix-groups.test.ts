import { describe, expect, it } from 'vitest';
import { buildDocument, node, onPrem, region, vpc } from '../testing/build';
import { groupMatrixIds, matrixGroups } from './matrix-groups';
import { reachMatrix } from './reach-matrix';

const many = (n: number, parent?: string) => Array.from({ length: n }, (_, i) => vpc(`vpc-${parent ?? 'x'}-${String(i).padStart(4, '0')}`, [`10.${i >> 8}.${i & 255}.0/24`], parent ? { parent } : {}));

describe('matrixGroups', () => {
  it('is null while every network fits in one matrix', () => {
    expect(matrixGroups(buildDocument([...many(39), onPrem('dc', [])]))).toBeNull();
    expect(matrixGroups(buildDocument([...many(41)]))).not.toBeNull();
  });

  it('groups by region, regionless VPCs and sites apart, each part at most the limit', () => {
    const doc = buildDocument([
      region('r-eu', 'eu-west-1'), region('r-us', 'us-east-1'),
      ...many(90, 'r-us'), ...many(10, 'r-eu'), ...many(5), onPrem('dc', []), node('internet', 'internet'),
    ]);
    const groups = matrixGroups(doc)!;
    expect(groups.map((g) => [g.label, g.ids.length])).toEqual([
      ['VPCs in eu-west-1', 10],
      ['VPCs in us-east-1 (1 of 3)', 40],
      ['VPCs in us-east-1 (2 of 3)', 40],
      ['VPCs in us-east-1 (3 of 3)', 10],
      ['VPCs without a region', 5],
      ['On-premises networks', 1],
    ]);
    expect(new Set(groups.flatMap((g) => g.ids)).size).toBe(106);
    const ids = groupMatrixIds(doc, groups[0]!);
    expect(ids).toContain('internet');
    const matrix = reachMatrix(doc, ids);
    expect(matrix.rows).toHaveLength(10);
    expect(matrix.columns).toHaveLength(11);
  });
});
