import { addressingOf } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The sizes of Amazon-provided IPv6 blocks; IPAM pools may hand out others, hence a warning. */
const VPC_IPV6_PREFIX = 56;
const SUBNET_IPV6_PREFIX = 64;

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const vpc of index.nodesOfKind('vpc')) {
    for (const block of index.ipv6Blocks(vpc)) {
      if (block.prefix !== VPC_IPV6_PREFIX) {
        findings.push(
          finding('ipv6-cidr-size', `${index.label(vpc)}: IPv6 block ${block.text} is not a /56, the size of an Amazon-provided VPC block (only IPAM pools give other sizes).`, [vpc.id]),
        );
      }
    }
  }
  for (const { subnet, ipv6: block } of addressingOf(index).subnets) {
    if (block && block.prefix !== SUBNET_IPV6_PREFIX) {
      findings.push(finding('ipv6-cidr-size', `${index.label(subnet)}: IPv6 block ${block.text} is not a /64, the size of a subnet block from an Amazon-provided VPC block (only IPAM pools give other sizes).`, [subnet.id]));
    }
  }
  return findings;
}

/** `ipv6-cidr-size`: a subnet IPv6 block other than /64, or a VPC IPv6 block other than /56. */
export const ipv6CidrSize = defineRule('ipv6-cidr-size', { check });
