import { addressingOf } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { hasInternetGateway } from '../graph/gateways';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const { subnet, props, vpc } of addressingOf(index).subnets) {
    if (!props.public || !vpc || hasInternetGateway(index, vpc)) continue;
    findings.push(
      finding(
        'public-subnet-without-igw',
        `${index.label(subnet)} is public, but ${index.label(vpc)} has no internet gateway attached, so its route to 0.0.0.0/0 leads nowhere.`,
        [subnet.id, vpc.id],
      ),
    );
  }
  return findings;
}

/** `public-subnet-without-igw`: a public subnet in a VPC without an attached internet gateway. */
export const publicSubnetWithoutIgw = defineRule('public-subnet-without-igw', { check });
