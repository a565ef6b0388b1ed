/**
 * Covering routes: a few wide blocks that stand for many narrow ones, as an architect writes
 * `10.0.0.0/8 → tgw-hub` rather than one route per VPC. A cover never grows past the private
 * range its block lies in (RFC 1918, or RFC 6598's shared space) and never overlaps a block that
 * must be routed elsewhere; a block outside those ranges, and every IPv6 block, stays as it is.
 */
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

/** Block sizes by prefix, per family: widening asks for them thousands of times. */
const SIZES: Record<4 | 6, bigint[]> = {
  4: Array.from({ length: 33 }, (_, p) => blockSize(4, p)),
  6: Array.from({ length: 129 }, (_, p) => blockSize(6, p)),
};

/** The aligned block of `prefix` holding `address`; its text is written only for a block that is kept. */
function blockAt(family: 4 | 6, address: bigint, prefix: number, withText: boolean): CidrBlock {
  const size = SIZES[family][prefix]!;
  const first = address - (address % size);
  const text = withText ? formatCidr(family, first, prefix) : '';
  return { family, prefix, first, last: first + size - 1n, text, canonical: text, hostBitsSet: false };
}

/** Address ranges sorted by start, answering "does anything overlap [first, last]?" in O(log n). */
class Ranges {
  private readonly firsts: bigint[];
  /** The furthest end among the ranges up to each position. */
  private readonly reach: bigint[];

  constructor(blocks: readonly CidrBlock[]) {
    const sorted = [...blocks].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
    this.firsts = sorted.map((b) => b.first);
    this.reach = [];
    let furthest = -1n;
    for (const b of sorted) {
      if (b.last > furthest) furthest = b.last;
      this.reach.push(furthest);
    }
  }

  overlap(first: bigint, last: bigint): boolean {
    let lo = 0;
    let hi = this.firsts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.firsts[mid]! < first) lo = mid + 1;
      else hi = mid;
    }
    // One starting inside [first, last], or one starting before that still runs into it.
    return (lo < this.firsts.length && this.firsts[lo]! <= last) || (lo > 0 && this.reach[lo - 1]! >= first);
  }
}

/**
 * The fewest widest blocks that contain every block of `targets` and overlap no block of `avoid`
 * (a target that itself overlaps `avoid` is kept as it is). Sorted by address, then wider first;
 * no result contains another.
 */
export function coverBlocks(targets: readonly CidrBlock[], avoid: readonly CidrBlock[]): CidrBlock[] {
  const avoided = { 4: new Ranges(avoid.filter((b) => b.family === 4)), 6: new Ranges(avoid.filter((b) => b.family === 6)) };
  const covers: CidrBlock[] = [];
  for (const target of targets) {
    const ranges = avoided[target.family];
    const sizes = SIZES[target.family];
    let best = target.prefix;
    for (let prefix = target.prefix - 1; prefix >= widestPrefix(target); prefix--) {
      const first = target.first - (target.first % sizes[prefix]!);
      if (ranges.overlap(first, first + sizes[prefix]! - 1n)) break;
      best = prefix;
    }
    covers.push(blockAt(target.family, target.first, best, false));
  }
  covers.sort((a, b) => a.family - b.family || (a.first < b.first ? -1 : a.first > b.first ? 1 : a.prefix - b.prefix));
  // Sorted by address, wider first: a cover inside the last kept one starts after it and ends before its end.
  const kept: CidrBlock[] = [];
  for (const cover of covers) {
    const last = kept[kept.length - 1];
    if (last && last.family === cover.family && cover.first >= last.first && cover.last <= last.last) continue;
    kept.push(cover);
  }
  return kept.map((b) => blockAt(b.family, b.first, b.prefix, true));
}
