import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { publicSubnetWithoutIgw } from './public-subnet-without-igw';

const run = (nodes: Array<Record<string, unknown>>) => publicSubnetWithoutIgw.check(indexOf(buildDocument(nodes)));

describe('public-subnet-without-igw', () => {
  it('refuses a public subnet in a VPC without an internet gateway', () => {
    const findings = run([vpc('prod', ['10.0.0.0/16']), subnet('web', 'prod', '10.0.0.0/24', { props: { public: true } })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'public-subnet-without-igw', severity: 'error', subjects: ['web', 'prod'] });
    expect(findings[0]!.message).toBe('Subnet web is public, but VPC prod has no internet gateway attached, so its route to 0.0.0.0/0 leads nowhere.');
  });

  it('does not count a detached internet gateway or an egress-only one', () => {
    const findings = run([
      node('r', 'region', undefined, { code: 'us-east-1' }),
      vpc('prod', ['10.0.0.0/16'], { parent: 'r' }),
      node('igw', 'internet-gateway', 'r'),
      node('eigw', 'egress-only-internet-gateway', 'prod'),
      subnet('web', 'prod', '10.0.0.0/24', { props: { public: true } }),
    ]);
    expect(findings.map((f) => f.subjects)).toEqual([['web', 'prod']]);
  });

  it('accepts a public subnet with an attached internet gateway, and private subnets without one', () => {
    expect(
      run([
        vpc('prod', ['10.0.0.0/16']),
        node('igw', 'internet-gateway', 'prod'),
        subnet('web', 'prod', '10.0.0.0/24', { props: { public: true } }),
        vpc('dev', ['10.1.0.0/16']),
        subnet('app', 'dev', '10.1.0.0/24'),
      ]),
    ).toEqual([]);
  });
});
