import { addressingOf } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const { subnet, props, vpc } of addressingOf(index).subnets) {
    const ipv6 = props.ipv6Cidr?.trim();
    // A VPC that lists IPv6 blocks which do not parse has IPv6 in mind: cidr-invalid reports those.
    if (!ipv6 || !vpc || index.props(vpc).ipv6Cidrs.length > 0) continue;
    findings.push(
      finding(
        'subnet-ipv6-without-vpc-ipv6',
        `${index.label(subnet)} has the IPv6 block ${ipv6}, but ${index.label(vpc)} has no IPv6 block; associate one with the VPC first.`,
        [subnet.id, vpc.id],
      ),
    );
  }
  return findings;
}

/** `subnet-ipv6-without-vpc-ipv6`: a subnet IPv6 block in a VPC without IPv6. */
export const subnetIpv6WithoutVpcIpv6 = defineRule('subnet-ipv6-without-vpc-ipv6', { check });
