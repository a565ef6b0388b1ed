import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, vpc } from '../testing/build';
import { endpointServiceLoadBalancer } from './endpoint-service-load-balancer';

const run = (props?: Record<string, unknown>) =>
  endpointServiceLoadBalancer.check(indexOf(buildDocument([vpc('prod', ['10.0.0.0/16']), node('svc', 'endpoint-service', 'prod', props)])));

describe('endpoint-service-load-balancer', () => {
  it('refuses an endpoint service fronted by an ALB, offering an NLB', () => {
    const findings = run({ loadBalancer: 'alb' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'endpoint-service-load-balancer',
      severity: 'error',
      subjects: ['svc'],
      fix: { element: 'svc', prop: 'loadBalancer', value: 'nlb' },
    });
    expect(findings[0]!.message).toBe(
      'Endpoint service (PrivateLink) svc is fronted by an Application Load Balancer; PrivateLink needs a Network Load Balancer or a Gateway Load Balancer (an ALB can sit behind an NLB).',
    );
  });

  it('near misses: NLB (the default) and GWLB', () => {
    expect(run()).toEqual([]);
    expect(run({ loadBalancer: 'gwlb' })).toEqual([]);
  });
});
