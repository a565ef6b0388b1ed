import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { subnetCidrOverlap } from './subnet-cidr-overlap';

const run = (nodes: Array<Record<string, unknown>>) => subnetCidrOverlap.check(indexOf(buildDocument(nodes)));

describe('subnet-cidr-overlap', () => {
  it('finds nested subnets of one VPC, naming the later one first', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16']), subnet('big', 'prod', '10.0.0.0/20'), subnet('small', 'prod', '10.0.4.0/24')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'subnet-cidr-overlap', severity: 'error', subjects: ['small', 'big', 'prod'] });
    expect(findings[0]!.message).toBe('Subnet small (10.0.4.0/24) overlaps Subnet big (10.0.0.0/20) in VPC prod; subnets of one VPC cannot share addresses.');
  });

  it('says "matches" for equal blocks', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16']), subnet('a', 'prod', '10.0.1.0/24'), subnet('b', 'prod', '10.0.1.0/24')]);
    expect(findings[0]!.message).toContain('matches');
  });

  it('finds overlapping IPv6 blocks even when the IPv4 blocks are apart', () => {
    const findings = run([
      vpc('prod', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2001:db8::/56'] } }),
      subnet('a', 'prod', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::/64' } }),
      subnet('b', 'prod', '10.0.2.0/24', { props: { ipv6Cidr: '2001:db8::/64' } }),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subjects: ['b', 'a', 'prod'] });
    expect(findings[0]!.message).toContain('2001:db8::/64');
  });

  it('accepts adjacent subnets, and overlapping subnets of different VPCs', () => {
    expect(
      run([
        vpc('a', ['10.0.0.0/16']),
        vpc('b', ['10.0.0.0/16']),
        subnet('a1', 'a', '10.0.0.0/25'),
        subnet('a2', 'a', '10.0.0.128/25'),
        subnet('b1', 'b', '10.0.0.0/24'),
      ]),
    ).toEqual([]);
  });

  it('ignores subnets without a block or with one that does not parse', () => {
    expect(run([vpc('a', ['10.0.0.0/16']), node('s1', 'subnet', 'a'), subnet('s2', 'a', 'bad'), subnet('s3', 'a', '10.0.0.0/24')])).toEqual([]);
  });

  it('finds exactly the overlapping pairs in a VPC with thousands of subnets', () => {
    const nodes: Array<Record<string, unknown>> = [vpc('big', ['10.0.0.0/16'])];
    for (let i = 0; i < 4096; i++) nodes.push(subnet(`s${i}`, 'big', `10.0.${i >> 4}.${(i & 15) * 16}/28`));
    nodes.push(subnet('dup', 'big', '10.0.255.240/28'));
    const doc = buildDocument(nodes);
    const findings = subnetCidrOverlap.check(indexOf(doc));
    expect(findings.map((f) => f.subjects)).toEqual([['dup', 's4095', 'big']]);
  });

  it('groups three or more subnets that share addresses into one finding, latest first', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16']), subnet('big', 'prod', '10.0.0.0/20'), subnet('x', 'prod', '10.0.4.0/24'), subnet('y', 'prod', '10.0.8.0/24')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', subjects: ['y', 'x', 'big', 'prod'] });
    expect(findings[0]!.message).toBe(
      '3 subnets of VPC prod share addresses: Subnet y (10.0.8.0/24), Subnet x (10.0.4.0/24) and Subnet big (10.0.0.0/20); subnets of one VPC cannot share addresses.',
    );
  });

  it('reports a thousand copies of one subnet once, naming a few and counting the rest', () => {
    const nodes: Array<Record<string, unknown>> = [vpc('prod', ['10.0.0.0/16'])];
    for (let i = 0; i < 1000; i++) nodes.push(subnet(`s${i}`, 'prod', '10.0.1.0/24'));
    const findings = run(nodes);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subjects).toHaveLength(1001);
    expect(findings[0]!.message).toContain('1,000 subnets of VPC prod share addresses: Subnet s999 (10.0.1.0/24), Subnet s998 (10.0.1.0/24), Subnet s997 (10.0.1.0/24) and 997 more;');
  });
});

