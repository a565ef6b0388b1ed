import type { Connection, TopologyNode } from '../document/types';
import { contains, findOverlappingPairs, tryParseCidr, type CidrBlock, type OwnedBlock } from '../cidr/cidr';
import { findOverlapGroups } from '../cidr/overlap-groups';
import type { TopologyIndex } from '../graph/topology-index';
import { associationEnds, type AssociationEnds } from '../graph/direct-connect-ends';
import { attachedVpc } from '../graph/gateways';
import { enumerate } from '../text/enumerate';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { sentence } from './wording';
import { groupDigits } from '../text/group-digits';

const ASSOCIATION = 'Direct Connect gateway association';

type Association = Connection<'dxgw-association'>;

/** The allowed prefixes that parse; malformed ones are `cidr-invalid`'s finding. */
function prefixesOf(index: TopologyIndex, association: Association): CidrBlock[] {
  const texts = index.connectionProps(association).allowedPrefixes;
  return texts.flatMap((text) => tryParseCidr(text, 4) ?? []);
}

/**
 * A transit gateway association needs allowed prefixes: they are what the DX gateway advertises
 * on-premises for the transit gateway. Only an empty list is reported: a list of malformed
 * prefixes is already `cidr-invalid`.
 */
function missingPrefixes(index: TopologyIndex, association: Association, ends: AssociationEnds): Finding | undefined {
  if (ends.gateway.kind !== 'transit-gateway') return undefined;
  if (index.connectionProps(association).allowedPrefixes.length > 0) return undefined;
  return finding(
    'dxgw-allowed-prefixes',
    `${sentence(index.connectionLabel(association, ASSOCIATION))} between ${index.label(ends.dxgw)} and ${index.label(ends.gateway)} has no allowed prefixes; ` +
      'a transit gateway association advertises on-premises only the allowed prefixes, so AWS requires at least one.',
    [association.id, ends.dxgw.id, ends.gateway.id],
    'error',
  );
}

/**
 * A VGW association's prefixes filter what the VPC advertises: a VPC block is advertised only when
 * some prefix is the same block or a wider one. When none covers any VPC block, nothing is.
 */
function prefixesCoverNothing(index: TopologyIndex, association: Association, ends: AssociationEnds): Finding | undefined {
  if (ends.gateway.kind !== 'vpn-gateway') return undefined;
  const vpc = attachedVpc(index, ends.gateway);
  const prefixes = prefixesOf(index, association);
  if (!vpc || prefixes.length === 0) return undefined;
  const blocks = index.ipv4Blocks(vpc);
  if (blocks.length === 0 || blocks.some((block) => prefixes.some((prefix) => contains(prefix, block)))) return undefined;
  return finding(
    'dxgw-allowed-prefixes',
    `The allowed prefixes (${prefixes.map((p) => p.text).join(', ')}) of ${index.connectionLabel(association, ASSOCIATION)} with ${index.label(ends.gateway)} ` +
      `cover none of ${index.describe(vpc)}; a prefix must be the VPC's block or a wider one, so nothing is advertised on-premises.`,
    [association.id, vpc.id, ends.gateway.id, ends.dxgw.id],
    'warning',
  );
}

type Owner = { association: Association; order: number; gateway: TopologyNode };

/** The finding about two transit gateway associations whose allowed prefixes (`items`) overlap. */
function overlapOfPair(index: TopologyIndex, dxgw: TopologyNode, items: readonly OwnedBlock<Owner>[]): Finding | undefined {
  for (const [a, b] of findOverlappingPairs(items)) {
    if (a.owner.association === b.owner.association) continue;
    const [earlier, later] = a.owner.order < b.owner.order ? [a, b] : [b, a];
    return finding(
      'dxgw-allowed-prefixes',
      `On ${index.label(dxgw)}, the allowed prefix ${later.block.text} for ${index.label(later.owner.gateway)} overlaps ${earlier.block.text} for ${index.label(earlier.owner.gateway)}; ` +
        'allowed prefixes of transit gateway associations on one Direct Connect gateway must not overlap.',
      [later.owner.association.id, earlier.owner.association.id, dxgw.id],
      'error',
    );
  }
  return undefined;
}

/**
 * Overlapping allowed prefixes among the transit gateway associations of one DX gateway: a finding
 * per pair of associations, or one per group of three or more joined by overlaps (sweep, not every pair).
 */
function overlapsOnGateway(index: TopologyIndex, dxgw: TopologyNode, associations: readonly Association[], findings: Finding[]): void {
  const items: OwnedBlock<Owner>[] = [];
  associations.forEach((association, order) => {
    const gateway = associationEnds(index, association)!.gateway;
    const owner = { association, order, gateway };
    for (const block of prefixesOf(index, association)) items.push({ block, owner });
  });
  for (const group of findOverlapGroups(items)) {
    if (group.owners.length === 2) {
      const pair = overlapOfPair(index, dxgw, group.blocks);
      if (pair) findings.push(pair);
      continue;
    }
    const shown = new Map<Owner, string>();
    for (const { owner, block } of group.blocks) if (!shown.has(owner)) shown.set(owner, block.text);
    const owners = [...shown.keys()].sort((a, b) => b.order - a.order);
    findings.push(
      finding(
        'dxgw-allowed-prefixes',
        `On ${index.label(dxgw)}, the allowed prefixes of ${groupDigits(owners.length)} transit gateway associations overlap one another: ` +
          `${enumerate(owners, (o) => `${shown.get(o)!} for ${index.label(o.gateway)}`)}; ` +
          'allowed prefixes of transit gateway associations on one Direct Connect gateway must not overlap.',
        [...owners.map((o) => o.association.id), dxgw.id],
        'error',
      ),
    );
  }
}

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  const transitByGateway = new Map<TopologyNode, Association[]>();
  for (const association of index.connectionsOfKind('dxgw-association')) {
    const ends = associationEnds(index, association);
    if (!ends) continue;
    const problem = missingPrefixes(index, association, ends) ?? prefixesCoverNothing(index, association, ends);
    if (problem) findings.push(problem);
    if (ends.gateway.kind === 'transit-gateway') {
      const list = transitByGateway.get(ends.dxgw);
      if (list) list.push(association);
      else transitByGateway.set(ends.dxgw, [association]);
    }
  }
  for (const [dxgw, associations] of transitByGateway) {
    if (associations.length > 1) overlapsOnGateway(index, dxgw, associations, findings);
  }
  return findings;
}

/**
 * `dxgw-allowed-prefixes`: a transit gateway association without allowed prefixes (error), two
 * transit gateway associations of one DX gateway with overlapping prefixes (error), or a VGW
 * association whose prefixes cover none of its VPC's blocks (warning). No `checkConnection`:
 * a freshly drawn association has no prefixes yet, and must not be refused for it.
 */
export const dxgwAllowedPrefixes = defineRule('dxgw-allowed-prefixes', { check });
