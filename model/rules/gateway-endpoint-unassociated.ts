import type { TopologyNode } from '../document/types';
import { routingOf } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

function unassociated(index: TopologyIndex, endpoint: TopologyNode<'vpc-endpoint'>): Finding | undefined {
  const props = index.props(endpoint);
  if (props.type !== 'gateway') return undefined;
  const vpc = index.vpcOf(endpoint);
  const routing = routingOf(index);
  if (!vpc || !routing.routedVpc(vpc)) return undefined;
  // Ids that name no table of this VPC are route-table-ref's; the endpoint is unassociated when none names one.
  const associated = props.routeTables.some((id) => {
    const entry = routing.tables.get(id);
    return entry?.owner === 'vpc' && entry.node === vpc;
  });
  if (associated) return undefined;
  return finding(
    'gateway-endpoint-unassociated',
    `${index.label(endpoint)} (a gateway endpoint for ${props.service}) in ${index.label(vpc)} is associated with no route table, so AWS adds its route nowhere and no subnet's traffic uses it; ` +
      'associate it with the tables of the subnets that use the service.',
    [endpoint.id, vpc.id],
  );
}

/** `gateway-endpoint-unassociated`: a gateway endpoint of an explicitly routed VPC associated with no route table of that VPC. */
export const gatewayEndpointUnassociated = defineRule('gateway-endpoint-unassociated', {
  check: (index) => {
    const findings: Finding[] = [];
    if (routingOf(index).vpcs.length === 0) return findings;
    for (const endpoint of index.nodesOfKind('vpc-endpoint')) {
      const problem = unassociated(index, endpoint);
      if (problem) findings.push(problem);
    }
    return findings;
  },
});
