import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** IPv4 blocks per VPC: the default quota (adjustable) and the hard limit. */
const VPC_CIDR_DEFAULT_QUOTA = 5;
const VPC_CIDR_HARD_LIMIT = 50;

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const vpc of index.nodesOfKind('vpc')) {
    // Blocks that do not parse are cidr-invalid's; they would never be associated.
    const count = index.ipv4Blocks(vpc).length;
    if (count > VPC_CIDR_HARD_LIMIT) {
      findings.push(
        finding('vpc-cidr-count', `${index.label(vpc)} has ${count} IPv4 blocks; AWS allows at most ${VPC_CIDR_HARD_LIMIT} per VPC, even with a quota increase.`, [vpc.id], 'error'),
      );
    } else if (count > VPC_CIDR_DEFAULT_QUOTA) {
      findings.push(
        finding(
          'vpc-cidr-count',
          `${index.label(vpc)} has ${count} IPv4 blocks, more than the default quota of ${VPC_CIDR_DEFAULT_QUOTA} per VPC; request a quota increase (up to ${VPC_CIDR_HARD_LIMIT}).`,
          [vpc.id],
          'warning',
        ),
      );
    }
  }
  return findings;
}

/** `vpc-cidr-count`: more IPv4 blocks than the default quota (warning) or the hard limit (error). */
export const vpcCidrCount = defineRule('vpc-cidr-count', { check });
