import { addressingOf } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { ipv4SizeProblem } from '../cidr/vpc-block-size';

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const { subnet, ipv4: block } of addressingOf(index).subnets) {
    const problem = block && ipv4SizeProblem(block);
    if (block && problem) {
      findings.push(
        finding('subnet-cidr-size', `${index.label(subnet)}: block ${block.text} ${problem}; AWS accepts subnet blocks from /16 to /28.`, [subnet.id]),
      );
    }
  }
  return findings;
}

/** `subnet-cidr-size`: a subnet IPv4 block larger than /16 or smaller than /28 (not only /20: that is a default VPC's default). */
export const subnetCidrSize = defineRule('subnet-cidr-size', { check });
