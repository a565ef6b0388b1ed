import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { subnetCapacity } from './subnet-capacity';

type Raw = Record<string, unknown>;
const run = (nodes: Raw[]) => subnetCapacity.check(indexOf(buildDocument(nodes)));
const instances = (n: number, parent: string, prefix = 'i') => Array.from({ length: n }, (_, i) => node(`${prefix}${i}`, 'instance', parent));

describe('subnet-capacity', () => {
  it('accepts 11 instances in a /28 (16 addresses less the 5 AWS reserves)', () => {
    expect(run([vpc('v', ['10.0.0.0/16']), subnet('s', 'v', '10.0.0.0/28'), ...instances(11, 's')])).toEqual([]);
  });

  it('warns at 12 instances in a /28', () => {
    const findings = run([vpc('v', ['10.0.0.0/16']), subnet('s', 'v', '10.0.0.0/28'), ...instances(12, 's')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'subnet-capacity', severity: 'warning', subjects: ['s'] });
    expect(findings[0]!.message).toBe(
      'Subnet s (10.0.0.0/28) has 11 usable addresses (AWS reserves the first four and the last), but holds 12 address-consuming resources: 12 instances.',
    );
  });

  it('counts NAT gateways, interface endpoints and load balancers listing the subnet, not gateway endpoints', () => {
    const nodes: Raw[] = [
      vpc('v', ['10.0.0.0/16']),
      subnet('s', 'v', '10.0.0.0/28'),
      subnet('other', 'v', '10.0.1.0/28'),
      ...instances(8, 's'),
      node('nat', 'nat-gateway', 's'),
      node('ep', 'vpc-endpoint', 's', { type: 'interface', service: 'ec2' }),
      node('gw-ep', 'vpc-endpoint', 's', { type: 'gateway', service: 's3' }),
      // One address per listed subnet, once even if listed twice.
      node('lb', 'load-balancer', 'v', { subnets: ['s', 'other', 's'] }),
    ];
    expect(run(nodes)).toEqual([]);
    nodes.push(node('lb2', 'load-balancer', 'v', { subnets: ['s'] }));
    const findings = run(nodes);
    expect(findings.map((f) => f.subjects)).toEqual([['s']]);
    expect(findings[0]!.message).toContain('holds 12 address-consuming resources: 8 instances, 1 NAT gateway, 1 interface endpoint and 2 load balancers');
  });

  it('does not count resources of other subnets, and ignores subnets whose block does not parse', () => {
    expect(
      run([vpc('v', ['10.0.0.0/16']), subnet('s', 'v', '10.0.0.0/28'), subnet('t', 'v', '10.0.0.16/28'), ...instances(11, 's'), ...instances(11, 't', 'j')]),
    ).toEqual([]);
    expect(run([vpc('v', ['10.0.0.0/16']), subnet('bad', 'v', '10.0.0.0/33'), node('none', 'subnet', 'v'), ...instances(3, 'bad')])).toEqual([]);
  });
});
