import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { routeLocalConflict } from './route-local-conflict';

type Raw = Record<string, unknown>;
const r = (destination: string, target: string): Raw => ({ destination, target });
const run = (routes: Raw[]) =>
  routeLocalConflict.check(
    indexOf(
      buildDocument(
        [
          vpc('dev', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2001:db8::/56'], routeTables: [{ id: 'rt-dev', name: 'private', main: true, routes }] } }),
          subnet('dev-a', 'dev', '10.1.0.0/24', { props: { ipv6Cidr: '2001:db8::/64' } }),
          subnet('dev-b', 'dev', '10.1.1.0/24'),
          node('nat', 'nat-gateway', 'dev-a'),
          node('fw', 'instance', 'dev-a', { sourceDestCheck: false }),
          node('tgw', 'transit-gateway'),
        ],
        [link('att', 'tgw-attachment', 'tgw', 'dev')],
      ),
    ),
  );

describe('route-local-conflict', () => {
  it('fires on a route inside the VPC block to a transit gateway', () => {
    const findings = run([r('10.1.1.0/24', 'tgw')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'route-local-conflict', severity: 'error', subjects: ['dev', 'tgw', 'rt-dev'] });
    expect(findings[0]!.message).toBe(
      "Route table private of VPC dev sends 10.1.1.0/24 to Transit gateway tgw, but 10.1.1.0/24 lies inside the VPC's own block 10.1.0.0/16, which the local route always carries; " +
        "AWS takes a route more specific than the local route only for exactly a subnet's block, sent to a NAT gateway or an appliance instance.",
    );
  });

  it("fires on the VPC's whole block, and on a part of a subnet's block even to an appliance", () => {
    const findings = run([r('10.1.0.0/16', 'fw'), r('10.1.1.0/25', 'fw'), r('2001:db8::/60', 'tgw')]);
    expect(findings).toHaveLength(3);
    expect(findings[0]!.message).toContain("but 10.1.0.0/16 is the VPC's own block");
  });

  it("near misses: exactly a subnet's block (IPv4 or IPv6) to an appliance or NAT gateway; a covering route; another network", () => {
    expect(run([r('10.1.1.0/24', 'fw'), r('10.1.0.0/24', 'nat'), r('2001:db8::/64', 'fw'), r('10.0.0.0/8', 'tgw'), r('10.2.0.0/16', 'tgw'), r('::/0', 'tgw')])).toEqual([]);
  });
});
