import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, vpc } from '../testing/build';
import { peeringDuplicate } from './peering-duplicate';

const nodes = [vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16']), vpc('c', ['10.2.0.0/16'])];
const check = (connections: Record<string, unknown>[]) => peeringDuplicate.check(indexOf(buildDocument(nodes, connections)));

describe('peering-duplicate', () => {
  it('reports a second peering of the same pair, drawn either way round', () => {
    const findings = check([
      { ...link('pcx-1', 'vpc-peering', 'a', 'b'), name: 'a-b' },
      link('pcx-2', 'vpc-peering', 'b', 'a'),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'peering-duplicate', severity: 'error', subjects: ['pcx-2', 'a', 'b', 'pcx-1'] });
    expect(findings[0]!.message).toBe(
      'VPC a (10.0.0.0/16) and VPC b (10.1.0.0/16) are already peered by peering connection a-b; AWS allows only one peering connection between two VPCs.',
    );
  });

  it('reports every repeat after the first', () => {
    const findings = check([link('p1', 'vpc-peering', 'a', 'b'), link('p2', 'vpc-peering', 'a', 'b'), link('p3', 'vpc-peering', 'b', 'a')]);
    expect(findings.map((f) => f.subjects[0])).toEqual(['p2', 'p3']);
  });

  it('accepts peerings of different pairs that share a VPC', () => {
    expect(check([link('pcx-1', 'vpc-peering', 'a', 'b'), link('pcx-2', 'vpc-peering', 'a', 'c'), link('pcx-3', 'vpc-peering', 'c', 'b')])).toEqual([]);
  });

  it('refuses drawing a second peering between two VPCs, and allows a new pair', () => {
    const doc = buildDocument(nodes, [link('pcx-1', 'vpc-peering', 'a', 'b')]);
    const answer = canConnect(doc, 'b', 'a');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toBe(
      'VPC a (10.0.0.0/16) and VPC b (10.1.0.0/16) are already peered by peering connection pcx-1; AWS allows only one peering connection between two VPCs.',
    );
    expect(canConnect(doc, 'a', 'c')).toMatchObject({ ok: true, kind: 'vpc-peering' });
  });
});
