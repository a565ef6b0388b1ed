import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** An endpoint service must be fronted by a Network or Gateway Load Balancer. */
function albProblem(index: TopologyIndex, service: TopologyNode<'endpoint-service'>): Finding | undefined {
  if (index.props(service).loadBalancer !== 'alb') return undefined;
  return {
    ...finding(
      'endpoint-service-load-balancer',
      `${index.label(service)} is fronted by an Application Load Balancer; PrivateLink needs a Network Load Balancer or a Gateway Load Balancer (an ALB can sit behind an NLB).`,
      [service.id],
    ),
    fix: { label: 'Front it with a Network Load Balancer', element: service.id, prop: 'loadBalancer', value: 'nlb' },
  };
}

/** `endpoint-service-load-balancer`: an endpoint service fronted by an ALB. */
export const endpointServiceLoadBalancer = defineRule('endpoint-service-load-balancer', {
  check: (index) => index.nodesOfKind('endpoint-service').flatMap((s) => albProblem(index, s) ?? []),
});
