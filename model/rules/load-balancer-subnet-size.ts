import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The smallest subnet AWS lets an Application Load Balancer use: /27 (with 8 free addresses). */
const ALB_MAX_PREFIX = 27;

function tooSmall(index: TopologyIndex, lb: TopologyNode<'load-balancer'>): Finding[] {
  const props = index.props(lb);
  if (props.type !== 'alb') return [];
  const findings: Finding[] = [];
  for (const id of new Set(props.subnets)) {
    const subnet = index.node(id);
    // A subnet that is not one is load-balancer-subnets' finding; an IPv6-only one has no IPv4 size to judge.
    const block = subnet?.kind === 'subnet' ? index.ipv4Blocks(subnet)[0] : undefined;
    if (!subnet || !block || block.prefix <= ALB_MAX_PREFIX) continue;
    findings.push(
      finding(
        'load-balancer-subnet-size',
        `${index.label(lb)} is an Application Load Balancer in ${index.label(subnet)} (${block.text}), which is smaller than /27; AWS needs each subnet of an ALB to be at least /27 with at least 8 free addresses, so it can scale.`,
        [lb.id, subnet.id],
      ),
    );
  }
  return findings;
}

/** `load-balancer-subnet-size`: an Application Load Balancer that uses a subnet smaller than /27. */
export const loadBalancerSubnetSize = defineRule('load-balancer-subnet-size', {
  check: (index) => index.nodesOfKind('load-balancer').flatMap((lb) => tooSmall(index, lb)),
});
