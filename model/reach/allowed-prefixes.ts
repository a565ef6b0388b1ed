/**
 * Allowed prefixes are what on-premises learns (routing.md, "Version 2 also corrects version 1's
 * reach"): through a Direct Connect gateway association, a site reaches a VPC block (or a
 * subnet's block) only when one of the association's allowed prefixes contains it; an
 * association to a VGW with an empty list advertises all of its VPC's blocks.
 */
import { contains, tryParseCidr, type CidrBlock } from '../cidr/cidr';
import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import type { Blocker } from './types';

/** The IPv4 blocks of a `reach` end that a site must learn: a subnet's (an instance's or endpoint's subnet's), else its VPC's. */
export function advertisedBlocksOf(index: TopologyIndex, end: TopologyNode, vpc: TopologyNode): readonly CidrBlock[] {
  const subnet = index.selfOrAncestorOfKind(end, 'subnet');
  return index.ipv4Blocks(subnet ?? vpc);
}

/**
 * Why a site does not learn `blocks` through `association` (of kind `dxgw-association`), or
 * undefined when every block is inside an allowed prefix (or the association is to a VGW with an
 * empty list). `where` names the VPC end for the message.
 */
export function allowedPrefixesBlocker(index: TopologyIndex, association: Connection, blocks: readonly CidrBlock[], where: TopologyNode): Blocker | undefined {
  if (association.kind !== 'dxgw-association') return undefined;
  const texts = index.connectionProps(association).allowedPrefixes;
  const gateway = [index.node(association.source), index.node(association.target)].find((n) => n?.kind === 'vpn-gateway' || n?.kind === 'transit-gateway');
  if (texts.length === 0 && gateway?.kind === 'vpn-gateway') return undefined;
  const prefixes = texts.flatMap((text) => tryParseCidr(text, 4) ?? []);
  const missing = blocks.filter((block) => !prefixes.some((prefix) => contains(prefix, block)));
  if (missing.length === 0) return undefined;
  const label = index.connectionLabel(association, 'Direct Connect gateway association');
  const advertised = prefixes.length === 0 ? 'advertises no prefix' : `advertises only ${prefixes.map((p) => p.text).join(', ')}`;
  return {
    rule: 'dxgw-allowed-prefixes',
    subjects: [association.id, where.id, ...(gateway ? [gateway.id] : [])],
    message: `${label} ${advertised} on-premises, which does not contain ${missing.map((b) => b.text).join(', ')} of ${index.label(where)}: on-premises learns only the allowed prefixes, so it has no route there.`,
  };
}
