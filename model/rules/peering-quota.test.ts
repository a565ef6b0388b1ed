import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, vpc } from '../testing/build';
import { peeringQuota } from './peering-quota';

/** A hub VPC peered with `count` spokes. */
function hub(count: number) {
  const spokes = Array.from({ length: count }, (_, i) => vpc(`spoke-${i}`, [`10.${i}.0.0/16`]));
  const peerings = spokes.map((_, i) => link(`pcx-${i}`, 'vpc-peering', i % 2 ? 'hub' : `spoke-${i}`, i % 2 ? `spoke-${i}` : 'hub'));
  return peeringQuota.check(indexOf(buildDocument([vpc('hub', ['172.16.0.0/16']), ...spokes], peerings)));
}

describe('peering-quota', () => {
  it('says nothing at the default quota of 50', () => {
    expect(hub(50)).toEqual([]);
  });

  it('warns past the default quota', () => {
    const findings = hub(51);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'peering-quota', severity: 'warning', subjects: ['hub'] });
    expect(findings[0]!.message).toMatch(/^VPC hub \(172\.16\.0\.0\/16\) has 51 peering connections, over the default quota of 50/);
  });

  it('says nothing beyond the warning at the hard limit of 125', () => {
    expect(hub(125).map((f) => f.severity)).toEqual(['warning']);
  });

  it('is an error past the hard limit', () => {
    const findings = hub(126);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'peering-quota', severity: 'error', subjects: ['hub'] });
    expect(findings[0]!.message).toContain('has 126 peering connections; AWS allows at most 125 per VPC');
  });
});
