import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, subnet, vpc } from '../testing/build';
import { ipv6CidrSize } from './ipv6-cidr-size';

const run = (nodes: Array<Record<string, unknown>>) => ipv6CidrSize.check(indexOf(buildDocument(nodes)));

describe('ipv6-cidr-size', () => {
  it('warns about a VPC IPv6 block that is not a /56', () => {
    const findings = run([vpc('v', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2001:db8::/48'] } })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'ipv6-cidr-size', severity: 'warning', subjects: ['v'] });
    expect(findings[0]!.message).toMatch(/VPC v: IPv6 block 2001:db8::\/48 is not a \/56.*IPAM/);
  });

  it('warns about a subnet IPv6 block that is not a /64', () => {
    const findings = run([
      vpc('v', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2001:db8::/56'] } }),
      subnet('s', 'v', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::/60' } }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subjects: ['s'] });
    expect(findings[0]!.message).toMatch(/Subnet s: IPv6 block 2001:db8::\/60 is not a \/64/);
  });

  it('accepts a /56 VPC with /64 subnets, and ignores blocks that do not parse', () => {
    expect(
      run([
        vpc('v', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2001:db8::/56', 'bad'] } }),
        subnet('s', 'v', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::/64' } }),
        subnet('t', 'v', '10.0.2.0/24', { props: { ipv6Cidr: '10.0.0.0/64' } }),
      ]),
    ).toEqual([]);
  });
});
