import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { routeDestinationInvalid } from './route-destination-invalid';

type Raw = Record<string, unknown>;
const r = (destination: string, target: string): Raw => ({ destination, target });
const run = (devRoutes: Raw[], tgwRoutes: Raw[] = []) =>
  routeDestinationInvalid.check(
    indexOf(
      buildDocument(
        [
          vpc('dev', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2001:db8::/56'], routeTables: [{ id: 'rt-dev', main: true, routes: devRoutes }] } }),
          subnet('dev-a', 'dev', '10.1.0.0/24'),
          node('nat', 'nat-gateway', 'dev-a'),
          node('eigw', 'egress-only-internet-gateway', 'dev'),
          node('igw', 'internet-gateway', 'dev'),
          node('tgw', 'transit-gateway', undefined, { routeTables: [{ id: 'tgw-rt', associations: ['att'], routes: tgwRoutes }] }),
        ],
        [link('att', 'tgw-attachment', 'tgw', 'dev')],
      ),
    ),
  );

describe('route-destination-invalid', () => {
  it('fires on a destination that is not a CIDR, saying why', () => {
    const findings = run([r('10.0.0.0', 'igw')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'route-destination-invalid', severity: 'error', subjects: ['dev', 'igw', 'rt-dev'] });
    expect(findings[0]!.message).toBe(
      'The route to Internet gateway igw in route table rt-dev of VPC dev is wrong: "10.0.0.0" has no prefix length (write it as address/length, e.g. 10.0.0.0/16), so it is not a CIDR block.',
    );
  });

  it('fires on IPv6 to a NAT gateway other than NAT64, and on IPv4 to an egress-only internet gateway', () => {
    const findings = run([r('::/0', 'nat'), r('0.0.0.0/0', 'eigw')]);
    expect(findings.map((f) => f.subjects)).toEqual([
      ['dev', 'nat', 'rt-dev'],
      ['dev', 'eigw', 'rt-dev'],
    ]);
    expect(findings[0]!.message).toContain('a NAT gateway translates IPv4 traffic, and IPv6 traffic only to the NAT64 prefix 64:ff9b::/96, so it cannot take ::/0');
    expect(findings[1]!.message).toContain('an egress-only internet gateway carries IPv6 traffic only, so it cannot take 0.0.0.0/0');
  });

  it('fires on a malformed destination in a transit gateway table', () => {
    expect(run([], [r('10.0.0.0/40', 'att')]).map((f) => f.subjects)).toEqual([['tgw', 'att', 'tgw-rt']]);
  });

  it('near misses: NAT64 to a NAT gateway, IPv4 to a NAT gateway, IPv6 to an egress-only gateway, both families to an internet gateway', () => {
    expect(run([r('64:ff9b::/96', 'nat'), r('0.0.0.0/0', 'nat'), r('::/0', 'eigw'), r('8.8.8.0/24', 'igw'), r('2600::/16', 'igw')], [r('0.0.0.0/0', 'att')])).toEqual([]);
  });
});
