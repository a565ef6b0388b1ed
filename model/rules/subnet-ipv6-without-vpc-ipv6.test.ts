import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, subnet, vpc } from '../testing/build';
import { subnetIpv6WithoutVpcIpv6 } from './subnet-ipv6-without-vpc-ipv6';

const run = (nodes: Array<Record<string, unknown>>) => subnetIpv6WithoutVpcIpv6.check(indexOf(buildDocument(nodes)));

describe('subnet-ipv6-without-vpc-ipv6', () => {
  it('refuses an IPv6 subnet in a VPC without IPv6', () => {
    const findings = run([vpc('v', ['10.0.0.0/16']), subnet('s', 'v', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::/64' } })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'subnet-ipv6-without-vpc-ipv6', severity: 'error', subjects: ['s', 'v'] });
    expect(findings[0]!.message).toBe('Subnet s has the IPv6 block 2001:db8::/64, but VPC v has no IPv6 block; associate one with the VPC first.');
  });

  it('accepts an IPv6 subnet in a VPC with IPv6, and IPv4-only subnets anywhere', () => {
    expect(
      run([
        vpc('v6', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2001:db8::/56'] } }),
        subnet('s', 'v6', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::/64' } }),
        vpc('v4', ['10.1.0.0/16']),
        subnet('t', 'v4', '10.1.1.0/24'),
      ]),
    ).toEqual([]);
  });

  it('leaves a VPC whose IPv6 blocks do not parse to cidr-invalid', () => {
    expect(
      run([vpc('v', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2001:db8::/999'] } }), subnet('s', 'v', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::/64' } })]),
    ).toEqual([]);
  });
});
