import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The services AWS offers gateway endpoints for. */
const GATEWAY_SERVICES = ['s3', 'dynamodb'] as const;

/**
 * Whether a service name is S3 or DynamoDB: the short name (`s3`), or AWS's full service name
 * (`com.amazonaws.ap-northeast-1.s3`), case-insensitive.
 */
export function isGatewayService(service: string): boolean {
  const name = service.trim().toLowerCase();
  return GATEWAY_SERVICES.some((s) => name === s || name.endsWith(`.${s}`));
}

/** The gateway endpoint, when the node is one. */
function asGatewayEndpoint(index: TopologyIndex, node: TopologyNode): TopologyNode<'vpc-endpoint'> | undefined {
  if (node.kind !== 'vpc-endpoint') return undefined;
  return index.props(node).type === 'gateway' ? node : undefined;
}

/** A gateway endpoint for a service that has none. */
function serviceProblem(index: TopologyIndex, node: TopologyNode): Finding | undefined {
  const endpoint = asGatewayEndpoint(index, node);
  if (!endpoint) return undefined;
  const service = index.props(endpoint).service;
  if (isGatewayService(service)) return undefined;
  return {
    ...finding(
      'gateway-endpoint-service',
      `${index.label(endpoint)} is a gateway endpoint for ${JSON.stringify(service)}; gateway endpoints exist only for S3 and DynamoDB, other services need an interface endpoint.`,
      [endpoint.id],
    ),
    fix: { label: 'Make it an interface endpoint', element: endpoint.id, prop: 'type', value: 'interface' },
  };
}

/** A gateway endpoint inside a subnet: it belongs to the VPC and its route tables. */
function gatewayEndpointPlacementProblem(index: TopologyIndex, node: TopologyNode): Finding | undefined {
  const endpoint = asGatewayEndpoint(index, node);
  const parent = endpoint && index.parentOf(endpoint);
  if (!endpoint || parent?.kind !== 'subnet') return undefined;
  return finding(
    'gateway-endpoint-service',
    `${index.label(endpoint)} is a gateway endpoint inside ${index.label(parent)}; a gateway endpoint belongs to the VPC and its route tables, so place it in ${index.label(index.vpcOf(parent))}.`,
    [endpoint.id, parent.id],
  );
}

/**
 * `gateway-endpoint-service`: a gateway endpoint for a service other than S3 or DynamoDB, or
 * placed inside a subnet. Interface endpoints for S3 and DynamoDB are valid.
 */
export const gatewayEndpointService = defineRule('gateway-endpoint-service', {
  check: (index) =>
    index.nodesOfKind('vpc-endpoint').flatMap((e) => [serviceProblem(index, e), gatewayEndpointPlacementProblem(index, e)].filter((f): f is Finding => !!f)),
  checkPlacement: (index, node) => [gatewayEndpointPlacementProblem(index, node)].filter((f): f is Finding => !!f),
});
