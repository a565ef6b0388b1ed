import type { Connection, TopologyNode } from '../document/types';
import { findOverlappingPairs, type OwnedBlock } from '../cidr/cidr';
import { findOverlapGroups } from '../cidr/overlap-groups';
import type { TopologyIndex } from '../graph/topology-index';
import { enumerate } from '../text/enumerate';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { groupDigits } from '../text/group-digits';

/** A VPC attached to a transit gateway, by its first attachment in document order. */
export interface TgwAttachedVpc {
  vpc: TopologyNode<'vpc'>;
  attachment: Connection;
  order: number;
}

/** The distinct VPCs attached to a transit gateway, each by its first attachment (repeats are tgw-duplicate-attachment's). */
function attachedVpcs(index: TopologyIndex, tgw: TopologyNode): TgwAttachedVpc[] {
  const result: TgwAttachedVpc[] = [];
  const seen = new Set<string>();
  for (const attachment of index.connectionsOf(tgw.id)) {
    const vpc = attachment.kind === 'tgw-attachment' ? index.otherEnd(attachment, tgw.id) : undefined;
    if (vpc?.kind !== 'vpc' || seen.has(vpc.id)) continue;
    seen.add(vpc.id);
    result.push({ vpc, attachment, order: result.length });
  }
  return result;
}

/**
 * The finding about two VPCs on the transit gateway whose blocks (`items`) overlap: an error when a
 * block is identical (the later VPC's route is not propagated), else a warning.
 */
function conflictOfPair(index: TopologyIndex, tgw: TopologyNode, items: readonly OwnedBlock<TgwAttachedVpc>[]): Finding[] {
  const byPair = new Map<string, Finding>();
  for (const [x, y] of findOverlappingPairs(items)) {
    if (x.owner === y.owner) continue;
    const [earlier, later] = x.owner.order < y.owner.order ? [x, y] : [y, x];
    const key = `${earlier.owner.order}:${later.owner.order}`;
    if (byPair.get(key)?.severity === 'error') continue;
    const identical = x.block.first === y.block.first && x.block.last === y.block.last;
    if (byPair.has(key) && !identical) continue;
    const laterVpc = later.owner.vpc;
    const earlierVpc = earlier.owner.vpc;
    const subjects = [later.owner.attachment.id, laterVpc.id, earlierVpc.id, tgw.id, earlier.owner.attachment.id];
    if (identical) {
      byPair.set(
        key,
        finding(
          'tgw-cidr-conflict',
          `${index.label(laterVpc)} (${later.block.text}) has the same block as ${index.label(earlierVpc)} (${earlier.block.text}) on ${index.label(tgw)}; the transit gateway does not propagate the second VPC's route, so ${later.block.text} in ${index.label(laterVpc)} cannot be reached through it.`,
          subjects,
          'error',
        ),
      );
    } else {
      const [specific, broad] = later.block.prefix > earlier.block.prefix ? [later, earlier] : [earlier, later];
      byPair.set(
        key,
        finding(
          'tgw-cidr-conflict',
          `${index.label(laterVpc)} (${later.block.text}) overlaps ${index.label(earlierVpc)} (${earlier.block.text}) on ${index.label(tgw)}; the transit gateway sends traffic for ${specific.block.text} to ${index.label(specific.owner.vpc)}, so those addresses of ${index.label(broad.owner.vpc)} cannot be reached through it.`,
          subjects,
          'warning',
        ),
      );
    }
  }
  return [...byPair.values()];
}

/**
 * Conflicts among the VPCs on the transit gateway: two VPCs whose blocks overlap are reported as a
 * pair; three or more joined by overlaps are one finding (an error when two of them have the same
 * block), naming a few: a thousand VPCs of one block would be half a million pairs. O(b log b) for b blocks.
 */
function conflictsOn(index: TopologyIndex, tgw: TopologyNode): Finding[] {
  const attached = attachedVpcs(index, tgw);
  if (attached.length < 2) return [];
  const items: OwnedBlock<TgwAttachedVpc>[] = [];
  for (const owner of attached) {
    for (const block of index.ipv4Blocks(owner.vpc)) items.push({ block, owner });
    for (const block of index.ipv6Blocks(owner.vpc)) items.push({ block, owner });
  }
  const findings: Finding[] = [];
  for (const group of findOverlapGroups(items)) {
    if (group.owners.length === 2) {
      for (const f of conflictOfPair(index, tgw, group.blocks)) findings.push(f);
      continue;
    }
    const shown = new Map<TgwAttachedVpc, string>();
    for (const { owner, block } of group.blocks) if (!shown.has(owner)) shown.set(owner, block.text);
    // Latest attachment first, as for a pair: a proposed attachment is the latest, and `checkConnection` looks for it there.
    const owners = [...shown.keys()].sort((a, b) => b.order - a.order);
    const list = enumerate(owners, (o) => `${index.label(o.vpc)} (${shown.get(o)!})`);
    const n = groupDigits(owners.length);
    findings.push(
      finding(
        'tgw-cidr-conflict',
        group.identical
          ? `${n} VPCs on ${index.label(tgw)} have matching or overlapping blocks: ${list}; the transit gateway does not propagate a block another VPC already propagates, and sends overlapping addresses to the VPC with the longer prefix, so some of these addresses cannot be reached through it.`
          : `${n} VPCs on ${index.label(tgw)} have overlapping blocks: ${list}; the transit gateway sends overlapping addresses to the VPC with the longer prefix, so some of these addresses cannot be reached through it.`,
        [owners[0]!.attachment.id, ...owners.map((o) => o.vpc.id), tgw.id, ...owners.slice(1).map((o) => o.attachment.id)],
        group.identical ? 'error' : 'warning',
      ),
    );
  }
  return findings;
}

/** `tgw-cidr-conflict`: two VPCs attached to one transit gateway have identical (error) or overlapping (warning) blocks. */
export const tgwCidrConflict = defineRule('tgw-cidr-conflict', {
  check: (index) => index.nodesOfKind('transit-gateway').flatMap((tgw) => conflictsOn(index, tgw)),
  checkConnection: (index, c) => {
    if (c.kind !== 'tgw-attachment') return [];
    const tgw = [index.node(c.source), index.node(c.target)].find((n) => n?.kind === 'transit-gateway');
    return tgw ? conflictsOn(index, tgw).filter((f) => f.subjects[0] === c.id) : [];
  },
});
