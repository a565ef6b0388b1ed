import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, vpc } from '../testing/build';
import { peeringOverlappingSpokes } from './peering-overlapping-spokes';

const check = (spokeB: string, extra: Record<string, unknown>[] = []) =>
  peeringOverlappingSpokes.check(
    indexOf(
      buildDocument(
        [vpc('hub', ['10.0.0.0/16']), vpc('a', ['10.1.0.0/16']), vpc('b', ['192.168.0.0/16', spokeB])],
        [link('pcx-a', 'vpc-peering', 'hub', 'a'), link('pcx-b', 'vpc-peering', 'b', 'hub'), ...extra],
      ),
    ),
  );

describe('peering-overlapping-spokes', () => {
  it('warns when a VPC is peered with two VPCs whose blocks overlap', () => {
    const findings = check('10.1.4.0/24');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'peering-overlapping-spokes', severity: 'warning', subjects: ['hub', 'b', 'a'] });
    expect(findings[0]!.message).toContain('VPC hub is peered with both VPC b (10.1.4.0/24) and VPC a (10.1.0.0/16)');
  });

  it('reports the pair once, even when a duplicate peering repeats a spoke', () => {
    expect(check('10.1.4.0/24', [link('pcx-a2', 'vpc-peering', 'a', 'hub')])).toHaveLength(1);
  });

  it('says nothing when the spokes are disjoint', () => {
    expect(check('10.2.0.0/16')).toEqual([]);
  });

  it('says nothing about two overlapping VPCs that share no peer', () => {
    const findings = peeringOverlappingSpokes.check(
      indexOf(
        buildDocument(
          [vpc('hub', ['10.0.0.0/16']), vpc('a', ['10.1.0.0/16']), vpc('b', ['10.1.0.0/16']), vpc('other', ['10.9.0.0/16'])],
          [link('pcx-a', 'vpc-peering', 'hub', 'a'), link('pcx-b', 'vpc-peering', 'other', 'b')],
        ),
      ),
    );
    expect(findings).toEqual([]);
  });
});
