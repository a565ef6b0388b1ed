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

  it('groups the spokes of a hub: one finding naming a few, counting the rest, with every spoke as a subject', () => {
    const spokes = Array.from({ length: 1000 }, (_, i) => vpc(`s${i}`, ['10.1.0.0/16']));
    const doc = buildDocument(
      [vpc('hub', ['10.0.0.0/16']), ...spokes, vpc('apart', ['10.2.0.0/16'])],
      [...spokes.map((s, i) => link(`pcx-${i}`, 'vpc-peering', 'hub', s.id as string)), link('pcx-apart', 'vpc-peering', 'hub', 'apart')],
    );
    const findings = peeringOverlappingSpokes.check(indexOf(doc));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subjects).toEqual(['hub', ...spokes.map((s) => s.id)]);
    expect(findings[0]!.message).toBe(
      'VPC hub is peered with 1,000 VPCs whose blocks overlap one another: VPC s0 (10.1.0.0/16), VPC s1 (10.1.0.0/16), VPC s2 (10.1.0.0/16) and 997 more; ' +
        'traffic from VPC hub to the shared addresses can go to the wrong VPC unless its route tables use specific routes.',
    );
  });

  it('names three overlapping spokes without a count, and leaves a disjoint one out', () => {
    const findings = peeringOverlappingSpokes.check(
      indexOf(
        buildDocument(
          [vpc('hub', ['10.0.0.0/16']), vpc('a', ['10.1.0.0/16']), vpc('b', ['10.1.4.0/24']), vpc('c', ['10.2.0.0/16']), vpc('d', ['10.2.0.0/16'])],
          ['a', 'b', 'c', 'd'].map((v) => link(`pcx-${v}`, 'vpc-peering', 'hub', v)),
        ),
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subjects).toEqual(['hub', 'a', 'b', 'c', 'd']);
    expect(findings[0]!.message).toContain('peered with 4 VPCs whose blocks overlap one another: VPC a (10.1.0.0/16), VPC b (10.1.4.0/24), VPC c (10.2.0.0/16) and 1 more;');
  });
});
