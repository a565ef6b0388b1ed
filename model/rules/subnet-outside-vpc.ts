import type { TopologyNode } from '../document/types';
import { contains, overlaps, tryParseCidr, type CidrBlock, type IpFamily } from '../cidr/cidr';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The VPC a subnet is drawn in, when its parent is one (anything else is parent-invalid's to report). */
export function subnetVpc(index: TopologyIndex, subnet: TopologyNode): TopologyNode<'vpc'> | undefined {
  const parent = index.parentOf(subnet);
  return parent?.kind === 'vpc' ? (parent as TopologyNode<'vpc'>) : undefined;
}

function familyProblem(index: TopologyIndex, subnet: TopologyNode<'subnet'>, vpc: TopologyNode<'vpc'>, family: IpFamily): Finding | undefined {
  const p = index.props(subnet);
  const block = tryParseCidr(family === 4 ? p.cidr : p.ipv6Cidr, family);
  const vpcBlocks: CidrBlock[] = family === 4 ? index.ipv4Blocks(vpc) : index.ipv6Blocks(vpc);
  // Unparsable blocks are cidr-invalid's; a VPC without IPv6 is subnet-ipv6-without-vpc-ipv6's.
  if (!block || vpcBlocks.length === 0) return undefined;
  if (vpcBlocks.some((v) => contains(v, block))) return undefined;
  const vpcText = `${index.label(vpc)} (${vpcBlocks.map((b) => b.text).join(', ')})`;
  const where = vpcBlocks.some((v) => overlaps(v, block))
    ? `is not inside any single IPv${family} block of ${vpcText}: a subnet cannot extend past one of its VPC's blocks`
    : `lies outside ${vpcText}: a subnet's block must be inside one of its VPC's IPv${family} blocks`;
  return finding('subnet-outside-vpc', `${index.label(subnet)} (${block.text}) ${where}.`, [subnet.id, vpc.id]);
}

/** The subnet's IPv4 and IPv6 containment problems. */
export function subnetOutsideVpcFindings(index: TopologyIndex, subnet: TopologyNode<'subnet'>): Finding[] {
  const vpc = subnetVpc(index, subnet);
  if (!vpc) return [];
  return [familyProblem(index, subnet, vpc, 4), familyProblem(index, subnet, vpc, 6)].filter((f): f is Finding => !!f);
}

/** `subnet-outside-vpc`: a subnet block not inside any single block of its VPC, IPv4 and IPv6 apart. */
export const subnetOutsideVpc = defineRule('subnet-outside-vpc', {
  check: (index) => index.nodesOfKind('subnet').flatMap((s) => subnetOutsideVpcFindings(index, s)),
});
