/**
 * A sorted collection of owned CIDR blocks that answers "which of them overlap this block?"
 * without comparing against every one, so a rule can ask for a few blocks (an on-premises
 * network's) among thousands (every VPC's) and stay sub-quadratic.
 */
import { blockSize, type CidrBlock, type IpFamily, type OwnedBlock } from './cidr';

/** Orders blocks by first address, then larger (shorter prefix) first. */
function compare(a: CidrBlock, b: CidrBlock): number {
  return a.first < b.first ? -1 : a.first > b.first ? 1 : a.prefix - b.prefix;
}

export class BlockIndex<T> {
  private readonly sorted: Record<IpFamily, OwnedBlock<T>[]> = { 4: [], 6: [] };

  constructor(items: Iterable<OwnedBlock<T>>) {
    for (const item of items) this.sorted[item.block.family].push(item);
    // Stable sort: equal blocks keep the order they were given in.
    for (const family of [4, 6] as const) this.sorted[family].sort((a, b) => compare(a.block, b.block));
  }

  /** The index of the first item not ordered before (first, prefix). */
  private lowerBound(list: readonly OwnedBlock<T>[], first: bigint, prefix: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const b = list[mid]!.block;
      if (b.first < first || (b.first === first && b.prefix < prefix)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Every item whose block overlaps `block`, ordered by first address, larger first, then in the
   * order given. Aligned blocks nest or are disjoint, so an overlapping block either starts inside
   * `block` (one contiguous run of the sorted list) or starts before it and contains it, in which
   * case it is `block`'s network address cut to a shorter prefix: one binary search per shorter
   * prefix. O(bits · log n + k) for k items found.
   */
  overlapping(block: CidrBlock): OwnedBlock<T>[] {
    const list = this.sorted[block.family];
    const found: OwnedBlock<T>[] = [];
    if (list.length === 0) return found;
    for (let prefix = 0; prefix < block.prefix; prefix++) {
      const first = block.first - (block.first % blockSize(block.family, prefix));
      if (first === block.first) continue; // starts inside `block`: found by the run below
      for (let i = this.lowerBound(list, first, prefix); i < list.length; i++) {
        const b = list[i]!.block;
        if (b.first !== first || b.prefix !== prefix) break;
        found.push(list[i]!);
      }
    }
    for (let i = this.lowerBound(list, block.first, 0); i < list.length && list[i]!.block.first <= block.last; i++) found.push(list[i]!);
    return found;
  }
}
