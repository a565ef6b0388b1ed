import type { TopologyNode } from '../document/types';
import { contains, overlaps, type CidrBlock, type IpFamily } from '../cidr/cidr';
import { addressingOf } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';


function familyProblem(index: TopologyIndex, subnet: TopologyNode<'subnet'>, block: CidrBlock | undefined, vpc: TopologyNode<'vpc'>, family: IpFamily): Finding | undefined {
  // Unparsable blocks are cidr-invalid's; a VPC without IPv6 is subnet-ipv6-without-vpc-ipv6's.
  if (!block) return undefined;
  const vpcBlocks = family === 4 ? index.ipv4Blocks(vpc) : index.ipv6Blocks(vpc);
  if (vpcBlocks.length === 0) return undefined;
  // An index loop, not `some` with a closure: this runs for every subnet.
  for (let i = 0; i < vpcBlocks.length; i++) if (contains(vpcBlocks[i]!, block)) return undefined;
  const vpcText = `${index.label(vpc)} (${vpcBlocks.map((b) => b.text).join(', ')})`;
  const where = vpcBlocks.some((v) => overlaps(v, block))
    ? `is not inside any single IPv${family} block of ${vpcText}: a subnet cannot extend past one of its VPC's blocks`
    : `lies outside ${vpcText}: a subnet's block must be inside one of its VPC's IPv${family} blocks`;
  return finding('subnet-outside-vpc', `${index.label(subnet)} (${block.text}) ${where}.`, [subnet.id, vpc.id]);
}

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const { subnet, vpc, ipv4, ipv6 } of addressingOf(index).subnets) {
    if (!vpc) continue;
    const v4 = familyProblem(index, subnet, ipv4, vpc, 4);
    if (v4) findings.push(v4);
    const v6 = familyProblem(index, subnet, ipv6, vpc, 6);
    if (v6) findings.push(v6);
  }
  return findings;
}

/** `subnet-outside-vpc`: a subnet block not inside any single block of its VPC, IPv4 and IPv6 apart. */
export const subnetOutsideVpc = defineRule('subnet-outside-vpc', { check });
