/** Rules of this group; each lives in model/rules/<rule-id>.ts with its test beside it. */
import { endpointServiceLoadBalancer } from '../endpoint-service-load-balancer';
import { gatewayEndpointService } from '../gateway-endpoint-service';
import { interfaceEndpointPrivateDns } from '../interface-endpoint-private-dns';
import { loadBalancerSubnets } from '../load-balancer-subnets';
import { privatelinkCrossRegion } from '../privatelink-cross-region';
import type { Rule } from '../rule';

/** Section G of rules.md: endpoints, PrivateLink and load balancers. */
export const endpointsQuotasRules: Rule[] = [
  gatewayEndpointService,
  interfaceEndpointPrivateDns,
  endpointServiceLoadBalancer,
  privatelinkCrossRegion,
  loadBalancerSubnets,
];
