import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { tgwPeeringPropagation } from './tgw-peering-propagation';

const run = (propagations: string[]) =>
  tgwPeeringPropagation.check(
    indexOf(
      buildDocument(
        [
          vpc('dev', ['10.1.0.0/16']),
          node('eu', 'transit-gateway', undefined, { routeTables: [{ id: 'eu-rt', name: 'main', associations: ['att-dev', 'peer'], propagations }] }),
          node('us', 'transit-gateway'),
          node('ap', 'transit-gateway'),
        ],
        [link('att-dev', 'tgw-attachment', 'eu', 'dev'), link('peer', 'tgw-peering', 'eu', 'us'), link('peer-us-ap', 'tgw-peering', 'us', 'ap')],
      ),
    ),
  );

describe('tgw-peering-propagation', () => {
  it('fires on a peering attachment listed as a propagation', () => {
    const findings = run(['att-dev', 'peer']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tgw-peering-propagation', severity: 'error', subjects: ['peer', 'eu', 'eu-rt'] });
    expect(findings[0]!.message).toBe(
      "Route table main of Transit gateway eu propagates from Peering attachment peer (Transit gateway us), but a transit gateway peering propagates no routes: add static routes for the peer's blocks that target the peering instead.",
    );
  });

  it("near misses: VPC propagations only; another gateways' peering (route-table-ref's finding)", () => {
    expect(run(['att-dev'])).toEqual([]);
    expect(run(['peer-us-ap'])).toEqual([]);
  });
});
