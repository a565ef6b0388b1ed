import { describe, expect, it } from 'vitest';
import { routeTargetInvalid } from '../rules/route-target-invalid';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { vpcRouteTargets } from './route-targets';
import { indexOf } from './topology-index';

type Raw = Record<string, unknown>;
const nodes = (routes: Raw[] = []): Raw[] => [
  vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, routes }] } }),
  subnet('dev-a', 'dev', '10.1.0.0/24'),
  node('igw-dev', 'internet-gateway', 'dev'),
  node('eigw-dev', 'egress-only-internet-gateway', 'dev'),
  node('vgw-dev', 'vpn-gateway', 'dev'),
  node('nat-dev', 'nat-gateway', 'dev-a'),
  node('fw', 'instance', 'dev-a', { sourceDestCheck: false }),
  node('web', 'instance', 'dev-a'),
  vpc('shared', ['10.2.0.0/16']),
  subnet('shared-a', 'shared', '10.2.0.0/24'),
  node('igw-shared', 'internet-gateway', 'shared'),
  node('nat-shared', 'nat-gateway', 'shared-a'),
  vpc('other', ['10.3.0.0/16']),
  node('tgw', 'transit-gateway'),
  node('tgw-2', 'transit-gateway'),
];
const connections: Raw[] = [link('att-dev', 'tgw-attachment', 'tgw', 'dev'), link('att-shared', 'tgw-attachment', 'tgw-2', 'shared'), link('pcx', 'vpc-peering', 'dev', 'shared'), link('pcx-other', 'vpc-peering', 'shared', 'other')];

describe('vpcRouteTargets', () => {
  const index = indexOf(buildDocument(nodes(), connections));
  const options = vpcRouteTargets(index, index.node('dev')!);

  it("lists the VPC's own gateways, NAT gateways and instances in its subnets, attached transit gateways and its peerings, in that order", () => {
    expect(options.map((o) => o.id)).toEqual(['igw-dev', 'eigw-dev', 'vgw-dev', 'nat-dev', 'fw', 'web', 'tgw', 'pcx']);
    expect(options.find((o) => o.id === 'pcx')!.label).toBe('VPC peering pcx (to VPC shared)');
  });

  it('leaves out what belongs to other VPCs, unattached gateways and peerings of other VPCs', () => {
    for (const id of ['igw-shared', 'nat-shared', 'tgw-2', 'pcx-other']) expect(options.map((o) => o.id)).not.toContain(id);
  });

  it('warns about an instance whose source/destination check is on, not about an appliance', () => {
    expect(options.find((o) => o.id === 'web')!.caution).toMatch(/source\/destination check/);
    expect(options.find((o) => o.id === 'fw')!.caution).toBeUndefined();
  });

  it('offers only targets that route-target-invalid accepts', () => {
    const routes = options.map((o, i) => ({ destination: `172.16.${i}.0/24`, target: o.id }));
    expect(routeTargetInvalid.check(indexOf(buildDocument(nodes(routes), connections)))).toEqual([]);
    // And the rule does refuse what the list leaves out, so the check above can fail.
    const refused = ['igw-shared', 'nat-shared', 'tgw-2', 'pcx-other'].map((target, i) => ({ destination: `172.17.${i}.0/24`, target }));
    expect(routeTargetInvalid.check(indexOf(buildDocument(nodes(refused), connections)))).toHaveLength(4);
  });
});
