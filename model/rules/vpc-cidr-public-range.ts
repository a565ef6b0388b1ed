import { contains, overlaps, type CidrBlock } from '../cidr/cidr';
import { block, LINK_LOCAL, RFC1918 } from '../cidr/special-ranges';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const DOCKER_BRIDGE = block('172.17.0.0/16');

/** Why a VPC block is a poor choice though AWS accepts it, or undefined. */
function publicRangeProblem(block: CidrBlock): string | undefined {
  // A link-local block is refused outright (vpc-cidr-restricted); a warning on top would be noise.
  if (overlaps(block, LINK_LOCAL)) return undefined;
  if (overlaps(block, DOCKER_BRIDGE)) {
    return `overlaps 172.17.0.0/16, Docker's default bridge network, which clashes with some AWS services (such as Cloud9 and SageMaker)`;
  }
  if (!RFC1918.some((range) => contains(range, block))) {
    return 'is outside the private ranges 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16; AWS accepts it but recommends a private range';
  }
  return undefined;
}

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const vpc of index.nodesOfKind('vpc')) {
    for (const block of index.ipv4Blocks(vpc)) {
      const problem = publicRangeProblem(block);
      if (problem) findings.push(finding('vpc-cidr-public-range', `${index.label(vpc)}: block ${block.text} ${problem}.`, [vpc.id]));
    }
  }
  return findings;
}

/** `vpc-cidr-public-range`: a VPC block outside RFC 1918 (allowed, not recommended), or overlapping Docker's bridge. */
export const vpcCidrPublicRange = defineRule('vpc-cidr-public-range', { check });
