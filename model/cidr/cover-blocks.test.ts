import { describe, expect, it } from 'vitest';
import { parseCidr, type CidrBlock } from './cidr';
import { coverBlocks } from './cover-blocks';

const b = (text: string): CidrBlock => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.block;
};
const texts = (blocks: CidrBlock[]) => blocks.map((x) => x.canonical);

describe('coverBlocks', () => {
  it('grows blocks to the private range that holds them when nothing is to be avoided', () => {
    expect(texts(coverBlocks([b('10.1.0.0/16'), b('10.2.0.0/16'), b('172.20.0.0/24'), b('192.168.3.0/24')], []))).toEqual([
      '10.0.0.0/8',
      '172.16.0.0/12',
      '192.168.0.0/16',
    ]);
  });

  it('stops short of a block that must be routed elsewhere', () => {
    // 10.2.0.0/16 goes elsewhere: 10.0.0.0/15 would hold it, so 10.1.0.0/16 grows only to 10.0.0.0/15's other half.
    expect(texts(coverBlocks([b('10.1.0.0/16')], [b('10.2.0.0/16')]))).toEqual(['10.0.0.0/15']);
    expect(texts(coverBlocks([b('10.1.0.0/16'), b('10.3.0.0/16')], [b('10.2.0.0/16')]))).toEqual(['10.0.0.0/15', '10.3.0.0/16']);
  });

  it('keeps a block outside the private ranges, and an IPv6 block, as it is', () => {
    expect(texts(coverBlocks([b('54.10.0.0/16'), b('2600:1f18:aaaa:bb00::/56')], []))).toEqual(['54.10.0.0/16', '2600:1f18:aaaa:bb00::/56']);
  });

  it('keeps a target that overlaps an avoided block exactly as it is, in its network form', () => {
    expect(texts(coverBlocks([b('10.1.0.1/16')], [b('10.1.0.0/16')]))).toEqual(['10.1.0.0/16']);
  });

  it('never returns a block inside another, nor the same block twice', () => {
    expect(texts(coverBlocks([b('10.1.0.0/16'), b('10.1.0.0/16'), b('10.1.2.0/24')], [b('10.0.0.0/16')]))).toEqual(['10.1.0.0/16']);
  });
});
