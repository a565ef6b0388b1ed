import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../document/serialize';
import type { TopologyDocument } from '../document/types';
import { buildDocument, link, node, vpc } from '../testing/build';
import { COMPARE_SEPARATOR, encodeComparisonFragment, readComparedFragment, splitComparisonFragment } from './comparison-fragment';
import { encodeShareFragment, SHARE_FRAGMENT_LIMIT } from './share-link';
import { readSharedFragment } from './shared-fragment';

const design = buildDocument(
  [vpc('a', ['10.0.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 400, height: 260 } }), vpc('b', ['10.1.0.0/16'], { position: { x: 600, y: 0 }, size: { width: 400, height: 260 } })],
  [link('pcx', 'vpc-peering', 'a', 'b')],
);
const deployed = buildDocument(
  [vpc('a', ['10.0.0.0/16', '10.9.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 400, height: 260 } }), vpc('legacy', ['10.7.0.0/16'], { position: { x: 0, y: 400 }, size: { width: 400, height: 260 } })],
  [],
);

function shareFragment(doc: TopologyDocument): string {
  const encoded = encodeShareFragment(doc);
  if (!encoded.ok) throw new Error(encoded.reason);
  return encoded.fragment;
}

function comparisonFragment(designFragment: string, other: TopologyDocument): string {
  const encoded = encodeComparisonFragment(designFragment, other);
  if (!encoded.ok) throw new Error(encoded.reason);
  return encoded.fragment;
}

/** Internet nodes with names no compressor shrinks: `count` of them make a document of about count × 200 link characters. */
function incompressible(count: number): TopologyDocument {
  let seed = 7;
  const name = () =>
    Array.from({ length: 160 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[seed >>> 26];
    }).join('');
  return buildDocument(Array.from({ length: count }, (_, i) => node(`net-${i}`, 'internet', undefined, undefined, { name: name(), position: { x: i * 140, y: 0 } })), []);
}

describe('comparison links', () => {
  it('carries the design as its share link does, and the compared design after &compare=, each read back as written', () => {
    const designFragment = shareFragment(design);
    const fragment = comparisonFragment(designFragment, deployed);
    expect(fragment.startsWith(`${designFragment}${COMPARE_SEPARATOR}v1.`)).toBe(true);

    const parts = splitComparisonFragment(`#${fragment}`);
    expect(parts.design).toBe(designFragment);
    const shared = readSharedFragment(parts.design);
    expect(shared.kind === 'document' && serializeDocument(shared.doc)).toBe(serializeDocument(design));
    const compared = readComparedFragment(parts);
    expect(compared?.kind === 'document' && serializeDocument(compared.doc)).toBe(serializeDocument(deployed));
  });

  it('replaces the comparison of a link that already has one, and keeps the design', () => {
    const designFragment = shareFragment(design);
    const first = comparisonFragment(designFragment, deployed);
    const second = comparisonFragment(first, design);
    expect(second.split(COMPARE_SEPARATOR)).toEqual([designFragment, shareFragment(design)]);
  });

  it('reads a link whose separator a mail app percent-encoded', () => {
    const fragment = comparisonFragment(shareFragment(design), deployed).replace('&compare=', '%26compare%3D');
    const parts = splitComparisonFragment(fragment);
    expect(readSharedFragment(parts.design).kind).toBe('document');
    expect(readComparedFragment(parts)?.kind).toBe('document');
  });

  it('treats a fragment without &compare= as the design alone', () => {
    const designFragment = shareFragment(design);
    expect(splitComparisonFragment(`#${designFragment}`)).toEqual({ design: designFragment });
    expect(readComparedFragment(splitComparisonFragment(designFragment))).toBeUndefined();
  });

  it('names the compared design when its part of the link is damaged, and leaves the design readable', () => {
    const fragment = comparisonFragment(shareFragment(design), deployed);
    const parts = splitComparisonFragment(fragment.slice(0, -12));
    expect(readSharedFragment(parts.design).kind).toBe('document');
    expect(readComparedFragment(parts)).toEqual({
      kind: 'error',
      message: expect.stringMatching(/^The design this link compares with cannot be opened: this link is damaged or incomplete \(its (data does not decompress|checksum does not match)\)/),
    });
    expect(readComparedFragment({ design: parts.design, compare: '' })).toMatchObject({ kind: 'error', message: expect.stringContaining('there is no diagram in it') });
  });

  it('refuses, with the size it would need, a comparison that does not fit in one link, though each design alone would', () => {
    const big = incompressible(90);
    const bigFragment = shareFragment(big);
    expect(bigFragment.length).toBeLessThan(SHARE_FRAGMENT_LIMIT);
    expect(bigFragment.length * 2).toBeGreaterThan(SHARE_FRAGMENT_LIMIT);
    const encoded = encodeComparisonFragment(bigFragment, incompressible(91));
    expect(encoded.ok).toBe(false);
    if (encoded.ok) return;
    expect(encoded.size).toBeGreaterThan(SHARE_FRAGMENT_LIMIT);
    expect(encoded.reason).toMatch(/^This comparison is too large to share as a link: the two designs need [\d,]+ characters together, and links are kept under 32,000/);
    // A document too large for a link on its own is refused the same way.
    expect(encodeComparisonFragment(shareFragment(design), incompressible(400))).toMatchObject({ ok: false, reason: expect.stringContaining('too large') });
  });

  it('refuses a link longer than any link VPC Canvas writes before decoding it', () => {
    const designFragment = shareFragment(incompressible(90));
    const compare = shareFragment(incompressible(91));
    expect(readComparedFragment({ design: designFragment, compare })).toEqual({
      kind: 'error',
      message: expect.stringContaining('it is longer than any link VPC Canvas writes'),
    });
  });
});
