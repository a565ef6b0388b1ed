import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOverlappingPairs, tryParseCidr, type OwnedBlock } from './cidr';
import { findOverlapGroups } from './overlap-groups';

const owned = (owner: string, ...cidrs: string[]): OwnedBlock<string>[] => cidrs.map((c) => ({ block: tryParseCidr(c)!, owner }));

describe('findOverlapGroups', () => {
  it('joins owners that overlap directly or through one another, and leaves the rest out', () => {
    const items = [
      ...owned('a', '10.0.0.0/16'),
      ...owned('b', '10.0.4.0/24'),
      ...owned('c', '10.0.8.0/24'),
      ...owned('d', '192.168.0.0/16'),
      ...owned('e', '172.16.0.0/16', '172.16.1.0/24'),
    ];
    const groups = findOverlapGroups(items);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.owners).toEqual(['a', 'b', 'c']);
    expect(groups[0]!.blocks.map((b) => b.block.text)).toEqual(['10.0.0.0/16', '10.0.4.0/24', '10.0.8.0/24']);
    expect(groups[0]!.identical).toBe(false);
  });

  it('tells identical blocks of two owners apart from nested ones, in either family', () => {
    expect(findOverlapGroups([...owned('a', '10.0.0.0/16', '2001:db8::/56'), ...owned('b', '2001:db8::/56')])[0]!.identical).toBe(true);
    expect(findOverlapGroups([...owned('a', '10.0.0.0/16', '10.0.0.0/16'), ...owned('b', '10.0.0.0/24')])[0]!.identical).toBe(false);
  });

  it('agrees with the pairs: two owners share a group exactly when a chain of overlapping pairs joins them (property)', () => {
    // Blocks of 10.0.0.0/8 between /8 and /12 at a few starts: many nest, some are identical, some are disjoint.
    const cidr = fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 8, max: 12 })).map(([n, prefix]) => `10.${(n << 4) & (0xff << (16 - prefix))}.0.0/${prefix}`);
    const item = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), cidr).map(([owner, c]) => ({ block: tryParseCidr(c)!, owner }));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (normal) => {
        // Reference: union-find over the pairs of different owners.
        const parent = new Map<string, string>();
        const root = (x: string): string => (parent.get(x) === undefined || parent.get(x) === x ? x : root(parent.get(x)!));
        for (const [x, y] of findOverlappingPairs(normal)) if (x.owner !== y.owner) parent.set(root(x.owner), root(y.owner));
        const expected = new Map<string, string[]>();
        for (const owner of new Set(normal.map((i) => i.owner))) {
          const r = root(owner);
          expected.set(r, [...(expected.get(r) ?? []), owner]);
        }
        const want = [...expected.values()].filter((g) => g.length >= 2).map((g) => [...g].sort()).sort();
        const got = findOverlapGroups(normal).map((g) => [...g.owners].sort()).sort();
        expect(got).toEqual(want);
      }),
    );
  });

  it('stays linear when every block is the same: 5,000 owners, one group', () => {
    const items = Array.from({ length: 5000 }, (_, i) => owned(`v${i}`, '10.0.0.0/16')[0]!);
    const started = performance.now();
    const groups = findOverlapGroups(items);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.owners).toHaveLength(5000);
    expect(groups[0]!.identical).toBe(true);
    // 12.5 million pairs would take seconds; the sweep takes milliseconds. Generous for a loaded machine.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
