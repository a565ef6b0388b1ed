/**
 * Owners of blocks grouped by overlap, in time linear in the blocks after sorting: the rules that
 * compare owners two by two ("these two VPCs overlap") would otherwise report, and first list,
 * every pair, and 1,000 spokes with one block each are 499,500 pairs.
 */
import type { OwnedBlock } from './cidr';

/** Owners joined, directly or through one another, by overlapping blocks of different owners. */
export interface OverlapGroup<T> {
  /** Two or more distinct owners, in the order of their first block in `items`. */
  readonly owners: T[];
  /**
   * Their blocks in a cluster with another owner's block, IPv4 then IPv6, by start then size. Each
   * owner's first block here overlaps a block of another owner (the outermost block of its cluster,
   * or, when it is that one, every other block of the cluster).
   */
  readonly blocks: OwnedBlock<T>[];
  /** Whether two owners of the group have the very same block. */
  readonly identical: boolean;
}

const byStart = <T>(a: OwnedBlock<T>, b: OwnedBlock<T>): number =>
  a.block.first < b.block.first ? -1 : a.block.first > b.block.first ? 1 : a.block.prefix - b.block.prefix;

/**
 * The groups of owners whose blocks overlap, each family separately but one group across both. A
 * run of blocks sorted by start whose ends overlap one another (a cluster: aligned blocks nest, so
 * one outermost block and those inside it) joins all of its owners: each of its blocks overlaps the
 * outermost one. Owners are compared with `===`. Groups come in the order of their first owner.
 * O(b log b) for b blocks, whatever the number of overlapping pairs.
 */
export function findOverlapGroups<T>(items: readonly OwnedBlock<T>[]): OverlapGroup<T>[] {
  // Union-find over owners, numbered by first appearance in `items`.
  const ownerIds = new Map<T, number>();
  const owners: T[] = [];
  for (const item of items) {
    if (!ownerIds.has(item.owner)) {
      ownerIds.set(item.owner, owners.length);
      owners.push(item.owner);
    }
  }
  const parent = Int32Array.from(owners, (_, i) => i);
  const root = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!;
    return v;
  };
  const union = (a: number, b: number): void => {
    const ra = root(a);
    const rb = root(b);
    // The smaller number wins, so a group's root is its first owner.
    if (ra < rb) parent[rb] = ra;
    else if (rb < ra) parent[ra] = rb;
  };
  const mixedBlocks: OwnedBlock<T>[] = [];
  const identicalAt = new Set<number>();
  const identicalPairs: Array<[number, number]> = [];
  for (const family of [4, 6] as const) {
    const sorted = items.filter((item) => item.block.family === family).sort(byStart);
    for (let start = 0; start < sorted.length; ) {
      let end = start + 1;
      let reach = sorted[start]!.block.last;
      while (end < sorted.length && sorted[end]!.block.first <= reach) {
        if (sorted[end]!.block.last > reach) reach = sorted[end]!.block.last;
        end++;
      }
      const first = ownerIds.get(sorted[start]!.owner)!;
      let mixed = false;
      for (let i = start + 1; i < end; i++) {
        const owner = ownerIds.get(sorted[i]!.owner)!;
        if (owner !== first) mixed = true;
        union(first, owner);
        // Identical blocks sort next to each other; a run of them with two owners has two neighbours that differ.
        const prev = sorted[i - 1]!;
        if (prev.block.first === sorted[i]!.block.first && prev.block.last === sorted[i]!.block.last && prev.owner !== sorted[i]!.owner) {
          identicalPairs.push([first, owner]);
        }
      }
      if (mixed) for (let i = start; i < end; i++) mixedBlocks.push(sorted[i]!);
      start = end;
    }
  }
  for (const [owner] of identicalPairs) identicalAt.add(root(owner));
  const groups = new Map<number, { owners: T[]; blocks: OwnedBlock<T>[] }>();
  for (let i = 0; i < owners.length; i++) {
    const r = root(i);
    let group = groups.get(r);
    if (!group) groups.set(r, (group = { owners: [], blocks: [] }));
    group.owners.push(owners[i]!);
  }
  for (const item of mixedBlocks) groups.get(root(ownerIds.get(item.owner)!))!.blocks.push(item);
  const result: OverlapGroup<T>[] = [];
  for (const [r, group] of groups) if (group.owners.length >= 2) result.push({ ...group, identical: identicalAt.has(r) });
  return result;
}
