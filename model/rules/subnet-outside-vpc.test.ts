import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { validate } from '../validate';
import { buildDocument, node, region, subnet, vpc } from '../testing/build';
import { subnetOutsideVpc } from './subnet-outside-vpc';

const run = (nodes: Array<Record<string, unknown>>) => subnetOutsideVpc.check(indexOf(buildDocument(nodes)));

describe('subnet-outside-vpc', () => {
  it('follows the notes: in VPC 10.0.0.0/24, the two /25 halves fit and 10.1.0.0/24 is outside', () => {
    const nodes = [
      vpc('notes', ['10.0.0.0/24']),
      subnet('public', 'notes', '10.0.0.0/25'),
      subnet('private', 'notes', '10.0.0.128/25'),
      subnet('stray', 'notes', '10.1.0.0/24'),
    ];
    const findings = run(nodes);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'subnet-outside-vpc', severity: 'error', subjects: ['stray', 'notes'] });
    expect(findings[0]!.message).toMatch(/Subnet stray \(10\.1\.0\.0\/24\) lies outside VPC notes \(10\.0\.0\.0\/24\)/);
    // The whole worked example raises nothing else about addressing but this.
    const addressing = validate(buildDocument(nodes)).filter((f) => f.rule.startsWith('subnet-') || f.rule.startsWith('vpc-cidr'));
    expect(addressing.map((f) => [f.rule, f.subjects[0]])).toEqual([['subnet-outside-vpc', 'stray']]);
  });

  it('calls 10.0.54.0/24 outside VPC 10.0.0.0/24 (the notes wrongly call it an overlap)', () => {
    const findings = run([vpc('notes', ['10.0.0.0/24']), subnet('s54', 'notes', '10.0.54.0/24')]);
    expect(findings.map((f) => f.subjects[0])).toEqual(['s54']);
  });

  it('accepts the notes\' other worked example: 172.30.0.0/24 and 172.30.1.0/24 in VPC 172.30.0.0/16', () => {
    const nodes = [
      region('tokyo', 'ap-northeast-1'),
      vpc('v', ['172.30.0.0/16'], { parent: 'tokyo' }),
      subnet('a', 'v', '172.30.0.0/24', { props: { az: 'ap-northeast-1a' } }),
      subnet('b', 'v', '172.30.1.0/24', { props: { az: 'ap-northeast-1a' } }),
    ];
    expect(run(nodes)).toEqual([]);
    expect(validate(buildDocument(nodes)).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('accepts a subnet inside a secondary block, refuses one spanning two adjacent blocks', () => {
    const nodes = [
      vpc('v', ['10.0.0.0/24', '10.0.1.0/24']),
      subnet('in-secondary', 'v', '10.0.1.0/25'),
      subnet('spanning', 'v', '10.0.0.0/23'),
    ];
    const findings = run(nodes);
    expect(findings.map((f) => f.subjects[0])).toEqual(['spanning']);
    expect(findings[0]!.message).toContain('not inside any single IPv4 block of VPC v (10.0.0.0/24, 10.0.1.0/24)');
  });

  it('checks IPv6 blocks against the VPC\'s IPv6 blocks', () => {
    const nodes = [
      vpc('v', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2001:db8:0:100::/56'] } }),
      subnet('inside', 'v', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8:0:1ff::/64' } }),
      subnet('outside', 'v', '10.0.2.0/24', { props: { ipv6Cidr: '2001:db8:0:200::/64' } }),
    ];
    const findings = run(nodes);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subjects: ['outside', 'v'] });
    expect(findings[0]!.message).toMatch(/2001:db8:0:200::\/64.*2001:db8:0:100::\/56/);
  });

  it('stays silent when the subnet block or every VPC block does not parse, or the VPC has no IPv6', () => {
    expect(
      run([
        vpc('bad', ['10.0.0.0/33']),
        subnet('s1', 'bad', '192.168.0.0/24'),
        node('empty', 'vpc'),
        subnet('s2', 'empty', '192.168.0.0/24'),
        vpc('good', ['10.0.0.0/16']),
        subnet('s3', 'good', '10.0.0.0/33'),
        subnet('s4', 'good', '10.0.1.0/24', { props: { ipv6Cidr: '2001:db8::/64' } }),
        node('s5', 'subnet', 'good'),
      ]),
    ).toEqual([]);
  });

  it('checks against the blocks that parse when only some do', () => {
    const findings = run([vpc('v', ['10.0.0.0/33', '10.1.0.0/16']), subnet('s', 'v', '10.0.0.0/24'), subnet('ok', 'v', '10.1.0.0/24')]);
    expect(findings.map((f) => f.subjects[0])).toEqual(['s']);
  });
});
