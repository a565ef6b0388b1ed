/**
 * Covering routes: a few wide blocks that stand for many narrow ones, as an architect writes
 * `10.0.0.0/8 → tgw-hub` rather than one route per VPC. A cover never grows past the private
 * range its block lies in (RFC 1918, or RFC 6598's shared space) and never overlaps a block that
 * must be routed elsewhere; a block outside those ranges, and every IPv6 block, stays as it is.
 */
import { BlockIndex } from './block-index';
import { blockSize, formatCidr, type CidrBlock } from './cidr';
import { RFC1918, block } from './special-ranges';

/** The ranges inside which a cover may grow: RFC 1918 and RFC 6598 (carrier-grade NAT, used by VPCs too). */
const COVERABLE_RANGES: readonly CidrBlock[] = [...RFC1918, block('100.64.0.0/10')];

/** The widest prefix a block's cover may take: that of the private range holding it, else the block's own. */
function widestPrefix(target: CidrBlock): number {
  if (target.family !== 4) return target.prefix;
  const range = COVERABLE_RANGES.find((r) => r.first <= target.first && target.last <= r.last);
  return range ? range.prefix : target.prefix;
}

function blockAt(family: 4 | 6, address: bigint, prefix: number): CidrBlock {
  const first = address - (address % blockSize(family, prefix));
  const last = first + blockSize(family, prefix) - 1n;
  const text = formatCidr(family, first, prefix);
  return { family, prefix, first, last, text, canonical: text, hostBitsSet: false };
}

/**
 * The fewest widest blocks that contain every block of `targets` and overlap no block of `avoid`
 * (a target that itself overlaps `avoid` is kept as it is). Sorted by address, then wider first;
 * no result contains another.
 */
export function coverBlocks(targets: readonly CidrBlock[], avoid: readonly CidrBlock[]): CidrBlock[] {
  const avoidIndex = new BlockIndex(avoid.map((b) => ({ block: b, owner: null })));
  const hits = (candidate: CidrBlock) => avoidIndex.overlapping(candidate).length > 0;
  const covers: CidrBlock[] = [];
  for (const target of targets) {
    let best: CidrBlock = blockAt(target.family, target.first, target.prefix);
    for (let prefix = target.prefix - 1; prefix >= widestPrefix(target); prefix--) {
      const wider = blockAt(target.family, target.first, prefix);
      if (hits(wider)) break;
      best = wider;
    }
    covers.push(best);
  }
  covers.sort((a, b) => a.family - b.family || (a.first < b.first ? -1 : a.first > b.first ? 1 : a.prefix - b.prefix));
  // Sorted by address, wider first: a cover inside the last kept one starts after it and ends before its end.
  const kept: CidrBlock[] = [];
  for (const cover of covers) {
    const last = kept[kept.length - 1];
    if (last && last.family === cover.family && cover.first >= last.first && cover.last <= last.last) continue;
    kept.push(cover);
  }
  return kept;
}
