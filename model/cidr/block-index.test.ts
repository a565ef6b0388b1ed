import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockIndex } from './block-index';
import { formatCidr, overlaps, parseCidr, type CidrBlock, type OwnedBlock } from './cidr';

const block = (text: string): CidrBlock => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.block;
};

const owned = (texts: string[]): OwnedBlock<number>[] => texts.map((text, owner) => ({ block: block(text), owner }));

describe('BlockIndex', () => {
  const items = owned(['10.0.0.0/8', '10.1.0.0/16', '10.1.2.0/24', '192.168.0.0/16', '10.1.0.0/16', '2001:db8::/56', '0.0.0.0/0']);
  const index = new BlockIndex(items);
  const owners = (text: string) => index.overlapping(block(text)).map((i) => i.owner);

  it('finds blocks that contain the query, lie inside it or equal it, larger first, equal ones in the order given', () => {
    expect(owners('10.1.2.128/25')).toEqual([6, 0, 1, 4, 2]);
    expect(owners('10.1.0.0/16')).toEqual([6, 0, 1, 4, 2]);
    expect(owners('10.0.0.0/7')).toEqual([6, 0, 1, 4, 2]);
    expect(owners('192.168.7.0/24')).toEqual([6, 3]);
  });

  it('keeps IPv4 and IPv6 apart', () => {
    expect(owners('2001:db8::/64')).toEqual([5]);
    expect(owners('2001:db9::/64')).toEqual([]);
    expect(new BlockIndex(owned(['10.0.0.0/8'])).overlapping(block('::/0'))).toEqual([]);
  });

  it('agrees with comparing every pair', () => {
    // Blocks drawn from a small space, so that nesting, equality and disjointness all occur.
    const arbitraryBlock = fc
      .record({ prefix: fc.integer({ min: 20, max: 28 }), offset: fc.integer({ min: 0, max: 255 }) })
      .map(({ prefix, offset }) => {
        const size = 2n ** BigInt(32 - prefix);
        const first = ((0x0a000000n + BigInt(offset) * 256n) / size) * size;
        return block(formatCidr(4, first, prefix));
      });
    fc.assert(
      fc.property(fc.array(arbitraryBlock, { maxLength: 40 }), arbitraryBlock, (blocks, query) => {
        const all = blocks.map((b, owner) => ({ block: b, owner }));
        const found = new BlockIndex(all).overlapping(query).map((i) => i.owner).sort((a, b) => a - b);
        expect(found).toEqual(all.filter((i) => overlaps(i.block, query)).map((i) => i.owner));
      }),
      { numRuns: 300 },
    );
  });
});
