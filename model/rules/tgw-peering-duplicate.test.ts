import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, region } from '../testing/build';
import { tgwPeeringDuplicate } from './tgw-peering-duplicate';

const nodes = [
  region('tokyo', 'ap-northeast-1'),
  region('osaka', 'ap-northeast-3'),
  node('tgw-tokyo', 'transit-gateway', 'tokyo'),
  node('tgw-osaka', 'transit-gateway', 'osaka'),
  node('tgw-tokyo-2', 'transit-gateway', 'tokyo'),
];
const check = (connections: Record<string, unknown>[]) => tgwPeeringDuplicate.check(indexOf(buildDocument(nodes, connections)));

describe('tgw-peering-duplicate', () => {
  it('reports a second peering between the same transit gateways', () => {
    const findings = check([
      { ...link('tgwp-1', 'tgw-peering', 'tgw-tokyo', 'tgw-osaka'), name: 'tokyo-osaka' },
      link('tgwp-2', 'tgw-peering', 'tgw-osaka', 'tgw-tokyo'),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'tgw-peering-duplicate',
      severity: 'error',
      subjects: ['tgwp-2', 'tgw-tokyo', 'tgw-osaka', 'tgwp-1'],
    });
    expect(findings[0]!.message).toBe(
      'Transit gateway tgw-tokyo and Transit gateway tgw-osaka are already peered by transit gateway peering tokyo-osaka; AWS allows only one peering attachment between two transit gateways.',
    );
  });

  it('accepts peerings of different pairs', () => {
    expect(check([link('p1', 'tgw-peering', 'tgw-tokyo', 'tgw-osaka'), link('p2', 'tgw-peering', 'tgw-tokyo-2', 'tgw-osaka')])).toEqual([]);
  });

  it('refuses drawing a second peering, and allows a new pair', () => {
    const doc = buildDocument(nodes, [link('p1', 'tgw-peering', 'tgw-tokyo', 'tgw-osaka')]);
    const answer = canConnect(doc, 'tgw-osaka', 'tgw-tokyo');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('are already peered by transit gateway peering p1');
    expect(canConnect(doc, 'tgw-osaka', 'tgw-tokyo-2')).toMatchObject({ ok: true, kind: 'tgw-peering' });
  });
});
