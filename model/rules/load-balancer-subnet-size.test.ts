import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { loadBalancerSubnetSize } from './load-balancer-subnet-size';

const run = (type: string, subnets: string[]) =>
  loadBalancerSubnetSize.check(
    indexOf(
      buildDocument([
        vpc('dev', ['10.1.0.0/16']),
        subnet('a', 'dev', '10.1.0.0/27'),
        subnet('b', 'dev', '10.1.0.32/28'),
        subnet('c', 'dev', '10.1.1.0/24'),
        node('lb', 'load-balancer', 'dev', { type, subnets }),
      ]),
    ),
  );

describe('load-balancer-subnet-size', () => {
  it('fires on an Application Load Balancer in a /28', () => {
    const findings = run('alb', ['a', 'b']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'load-balancer-subnet-size', severity: 'error', subjects: ['lb', 'b'] });
    expect(findings[0]!.message).toBe(
      'Load balancer lb is an Application Load Balancer in Subnet b (10.1.0.32/28), which is smaller than /27; AWS needs each subnet of an ALB to be at least /27 with at least 8 free addresses, so it can scale.',
    );
  });

  it('near misses: /27 and larger; a Network Load Balancer in a /28; an id that is not a subnet', () => {
    expect(run('alb', ['a', 'c'])).toEqual([]);
    expect(run('nlb', ['b'])).toEqual([]);
    expect(run('alb', ['nope'])).toEqual([]);
  });
});
