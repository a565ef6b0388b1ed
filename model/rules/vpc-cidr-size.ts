import type { CidrBlock } from '../cidr/cidr';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** AWS's bounds for an IPv4 block of a VPC or a subnet: /16 at the largest, /28 at the smallest. */
export const LARGEST_IPV4_PREFIX = 16;
export const SMALLEST_IPV4_PREFIX = 28;

/** Why an IPv4 block is outside AWS's /16–/28 range, or undefined when it fits. */
export function ipv4SizeProblem(block: CidrBlock): string | undefined {
  if (block.prefix < LARGEST_IPV4_PREFIX) return `is larger than /${LARGEST_IPV4_PREFIX}`;
  if (block.prefix > SMALLEST_IPV4_PREFIX) return `is smaller than /${SMALLEST_IPV4_PREFIX}`;
  return undefined;
}

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const vpc of index.nodesOfKind('vpc')) {
    for (const block of index.ipv4Blocks(vpc)) {
      const problem = ipv4SizeProblem(block);
      if (problem) {
        findings.push(
          finding('vpc-cidr-size', `${index.label(vpc)}: block ${block.text} ${problem}; AWS accepts VPC blocks from /16 to /28.`, [vpc.id]),
        );
      }
    }
  }
  return findings;
}

/** `vpc-cidr-size`: a VPC IPv4 block larger than /16 or smaller than /28. */
export const vpcCidrSize = defineRule('vpc-cidr-size', { check });
