import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { loadBalancerSubnets } from './load-balancer-subnets';

type Raw = Record<string, unknown>;
const az = (zone: string) => ({ props: { az: zone } });
const base: Raw[] = [
  vpc('prod', ['10.0.0.0/16']),
  subnet('a1', 'prod', '10.0.1.0/24', az('ap-northeast-1a')),
  subnet('a2', 'prod', '10.0.2.0/24', az('ap-northeast-1a')),
  subnet('c1', 'prod', '10.0.3.0/24', az('ap-northeast-1c')),
  subnet('x', 'prod', '10.0.4.0/24'),
  vpc('other', ['10.1.0.0/16']),
  subnet('o1', 'other', '10.1.1.0/24', az('ap-northeast-1d')),
];
const run = (props: Raw) => loadBalancerSubnets.check(indexOf(buildDocument([...base, node('lb', 'load-balancer', 'prod', props)])));

describe('load-balancer-subnets', () => {
  it('refuses an ALB with subnets in one AZ only', () => {
    const findings = run({ type: 'alb', subnets: ['a1'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'load-balancer-subnets', severity: 'error', subjects: ['lb', 'a1'] });
    expect(findings[0]!.message).toBe(
      'Load balancer lb is an Application Load Balancer with subnets in only ap-northeast-1a; an ALB needs subnets in at least two availability zones.',
    );
  });

  it('refuses two subnets in one AZ, for any load balancer', () => {
    const findings = run({ type: 'nlb', subnets: ['a1', 'c1', 'a2'] });
    expect(findings.map((f) => f.subjects)).toEqual([['lb', 'a2', 'a1']]);
    expect(findings[0]!.message).toBe(
      'Load balancer lb lists Subnet a1 and Subnet a2, both in ap-northeast-1a; a load balancer takes at most one subnet per availability zone.',
    );
  });

  it('refuses a subnet of another VPC, and an id that is no subnet', () => {
    const findings = run({ type: 'nlb', subnets: ['a1', 'o1', 'ghost'] });
    expect(findings.map((f) => f.subjects)).toEqual([['lb', 'o1', 'other', 'prod'], ['lb']]);
    expect(findings[0]!.message).toBe('Load balancer lb in VPC prod lists Subnet o1 of VPC other; a load balancer uses subnets of its own VPC only.');
    expect(findings[1]!.message).toBe('Load balancer lb lists "ghost", which is not a subnet in this document.');
  });

  it('refuses Elastic IPs on an ALB, on an internal NLB, and more of them than an NLB has subnets', () => {
    expect(run({ type: 'alb', subnets: ['a1', 'c1'], elasticIps: 1 }).map((f) => f.message)).toEqual([
      'Load balancer lb is an Application Load Balancer with 1 Elastic IP; only Network Load Balancers take Elastic IPs.',
    ]);
    expect(run({ type: 'nlb', scheme: 'internal', subnets: ['a1'], elasticIps: 1 }).map((f) => f.message)).toEqual([
      'Load balancer lb is an internal Network Load Balancer with 1 Elastic IP; Elastic IPs are only for internet-facing ones.',
    ]);
    expect(run({ type: 'nlb', scheme: 'internet-facing', subnets: ['a1', 'c1'], elasticIps: 3 }).map((f) => f.message)).toEqual([
      'Load balancer lb has 3 Elastic IPs but 2 subnets; a Network Load Balancer takes at most one Elastic IP per subnet.',
    ]);
  });

  it('near misses', () => {
    // An ALB over two AZs; one with a subnet whose AZ is not given (it may be another AZ).
    expect(run({ type: 'alb', subnets: ['a1', 'c1'] })).toEqual([]);
    expect(run({ type: 'alb', subnets: ['a1', 'x'] })).toEqual([]);
    // No subnets chosen yet; an internet-facing NLB with one Elastic IP per subnet; one subnet listed twice.
    expect(run({ type: 'alb' })).toEqual([]);
    expect(run({ type: 'nlb', scheme: 'internet-facing', subnets: ['a1', 'c1'], elasticIps: 2 })).toEqual([]);
    expect(run({ type: 'nlb', subnets: ['a1', 'a1'] })).toEqual([]);
  });
});
