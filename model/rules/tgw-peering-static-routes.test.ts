import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { tgwPeeringStaticRoutes } from './tgw-peering-static-routes';

const nodes = [node('tgw-a', 'transit-gateway', undefined, undefined, { name: 'tokyo' }), node('tgw-b', 'transit-gateway'), vpc('v', ['10.0.0.0/16'])];

describe('tgw-peering-static-routes', () => {
  it('reminds that a transit gateway peering carries static routes only', () => {
    const findings = tgwPeeringStaticRoutes.check(indexOf(buildDocument(nodes, [link('tgwp', 'tgw-peering', 'tgw-a', 'tgw-b')])));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tgw-peering-static-routes', severity: 'info', subjects: ['tgwp', 'tgw-a', 'tgw-b'] });
    expect(findings[0]!.message).toMatch(/^The peering between Transit gateway tokyo and Transit gateway tgw-b carries static routes only/);
  });

  it('says nothing without a transit gateway peering', () => {
    expect(tgwPeeringStaticRoutes.check(indexOf(buildDocument(nodes, [link('att', 'tgw-attachment', 'tgw-a', 'v')])))).toEqual([]);
  });
});
