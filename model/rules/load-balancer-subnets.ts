import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What AWS's CreateLoadBalancer refuses about one load balancer's subnets and Elastic IPs; one
 * finding per problem. An empty subnet list says nothing: the diagram has not chosen subnets yet.
 * A subnet without an `az` is never counted as sharing or lacking an AZ: it may be anywhere.
 */
function problems(index: TopologyIndex, lb: TopologyNode<'load-balancer'>): Finding[] {
  const p = index.props(lb);
  const name = index.label(lb);
  const vpc = index.vpcOf(lb);
  const findings: Finding[] = [];
  const subnets: TopologyNode<'subnet'>[] = [];
  for (const id of new Set(p.subnets)) {
    const subnet = index.node(id);
    if (subnet?.kind !== 'subnet') {
      findings.push(finding('load-balancer-subnets', `${name} lists ${JSON.stringify(id)}, which is not a subnet in this document.`, [lb.id]));
      continue;
    }
    subnets.push(subnet);
    const subnetVpc = index.vpcOf(subnet);
    if (vpc && subnetVpc && subnetVpc !== vpc) {
      findings.push(
        finding('load-balancer-subnets', `${name} in ${index.label(vpc)} lists ${index.label(subnet)} of ${index.label(subnetVpc)}; a load balancer uses subnets of its own VPC only.`, [
          lb.id,
          subnet.id,
          subnetVpc.id,
          vpc.id,
        ]),
      );
    }
  }

  const byAz = new Map<string, TopologyNode<'subnet'>>();
  let unknownAz = 0;
  for (const subnet of subnets) {
    const az = index.props(subnet).az?.trim();
    if (!az) {
      unknownAz++;
      continue;
    }
    const earlier = byAz.get(az);
    if (earlier) {
      findings.push(
        finding('load-balancer-subnets', `${name} lists ${index.label(earlier)} and ${index.label(subnet)}, both in ${az}; a load balancer takes at most one subnet per availability zone.`, [
          lb.id,
          subnet.id,
          earlier.id,
        ]),
      );
    } else byAz.set(az, subnet);
  }

  const eips = p.elasticIps;
  if (p.type === 'alb') {
    if (subnets.length > 0 && byAz.size + unknownAz < 2) {
      const where = byAz.size === 1 ? `only ${[...byAz.keys()][0]}` : plural(subnets.length, 'subnet');
      findings.push(
        finding('load-balancer-subnets', `${name} is an Application Load Balancer with subnets in ${where}; an ALB needs subnets in at least two availability zones.`, [
          lb.id,
          ...subnets.map((s) => s.id),
        ]),
      );
    }
    if (eips > 0) {
      findings.push(
        finding('load-balancer-subnets', `${name} is an Application Load Balancer with ${plural(eips, 'Elastic IP')}; only Network Load Balancers take Elastic IPs.`, [lb.id]),
      );
    }
  } else if (eips > 0) {
    if (p.scheme === 'internal') {
      findings.push(
        finding('load-balancer-subnets', `${name} is an internal Network Load Balancer with ${plural(eips, 'Elastic IP')}; Elastic IPs are only for internet-facing ones.`, [lb.id]),
      );
    } else if (eips > subnets.length) {
      findings.push(
        finding('load-balancer-subnets', `${name} has ${plural(eips, 'Elastic IP')} but ${plural(subnets.length, 'subnet')}; a Network Load Balancer takes at most one Elastic IP per subnet.`, [
          lb.id,
        ]),
      );
    }
  }
  return findings;
}

/**
 * `load-balancer-subnets`: an ALB with subnets in fewer than two AZs or with Elastic IPs; any load
 * balancer with two subnets in one AZ or a subnet of another VPC; an NLB with more Elastic IPs
 * than subnets, or any while internal.
 */
export const loadBalancerSubnets = defineRule('load-balancer-subnets', {
  check: (index) => index.nodesOfKind('load-balancer').flatMap((lb) => problems(index, lb)),
});
