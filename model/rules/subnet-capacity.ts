import type { TopologyNode } from '../document/types';
import { awsUsableAddresses } from '../cidr/cidr';
import { addressingOf } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** How many addresses each kind of resource takes in one subnet. */
interface Consumers {
  nat: number;
  endpoints: number;
  instances: number;
  loadBalancers: number;
}

const total = (c: Consumers) => c.nat + c.endpoints + c.instances + c.loadBalancers;

/** Load balancers take one address in every subnet they list; counted once per subnet per load balancer. */
function loadBalancerAddresses(index: TopologyIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const lb of index.nodesOfKind('load-balancer')) {
    for (const id of new Set(index.props(lb).subnets)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The address-consuming resources of one subnet. */
function subnetConsumers(index: TopologyIndex, subnet: TopologyNode, lbCounts: ReadonlyMap<string, number>): Consumers {
  const c: Consumers = { nat: 0, endpoints: 0, instances: 0, loadBalancers: lbCounts.get(subnet.id) ?? 0 };
  for (const child of index.childrenOf(subnet.id)) {
    if (child.kind === 'nat-gateway') c.nat++;
    else if (child.kind === 'instance') c.instances++;
    else if (child.kind === 'vpc-endpoint' && index.props(child).type === 'interface') c.endpoints++;
  }
  return c;
}

function describeConsumers(c: Consumers): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => n > 0 && parts.push(`${n} ${n === 1 ? one : many}`);
  add(c.instances, 'instance', 'instances');
  add(c.nat, 'NAT gateway', 'NAT gateways');
  add(c.endpoints, 'interface endpoint', 'interface endpoints');
  add(c.loadBalancers, 'load balancer', 'load balancers');
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? 'nothing');
}

function check(index: TopologyIndex): Finding[] {
  const lbCounts = loadBalancerAddresses(index);
  const findings: Finding[] = [];
  for (const { subnet, ipv4: block } of addressingOf(index).subnets) {
    // A subnet that holds nothing cannot be over capacity: most subnets of a large network, spared the arithmetic.
    if (!block || (index.childrenOf(subnet.id).length === 0 && !lbCounts.has(subnet.id))) continue;
    const usable = awsUsableAddresses(block);
    const consumers = subnetConsumers(index, subnet, lbCounts);
    const needed = total(consumers);
    if (BigInt(needed) > usable) {
      findings.push(
        finding(
          'subnet-capacity',
          `${index.label(subnet)} (${block.text}) has ${usable} usable addresses (AWS reserves the first four and the last), but holds ${needed} address-consuming resources: ${describeConsumers(consumers)}.`,
          [subnet.id],
        ),
      );
    }
  }
  return findings;
}

/** `subnet-capacity`: more NAT gateways, interface endpoints, instances and load balancer nodes than usable addresses. */
export const subnetCapacity = defineRule('subnet-capacity', { check });
