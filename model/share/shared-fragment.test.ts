import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../document/serialize';
import { buildDocument, link, vpc } from '../testing/build';
import { encodeShareFragment } from './share-link';
import { readSharedFragment } from './shared-fragment';

const chain = buildDocument(
  [vpc('a', ['10.0.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 400, height: 260 } }), vpc('b', ['10.1.0.0/16'], { position: { x: 600, y: 0 }, size: { width: 400, height: 260 } })],
  [link('pcx', 'vpc-peering', 'a', 'b')],
);

function fragmentOf(doc: typeof chain): string {
  const encoded = encodeShareFragment(doc);
  if (!encoded.ok) throw new Error(encoded.reason);
  return encoded.fragment;
}

describe('readSharedFragment', () => {
  it('reads a share link back as the document, with or without the #', () => {
    const fragment = fragmentOf(chain);
    for (const hash of [`#${fragment}`, fragment]) {
      const read = readSharedFragment(hash);
      expect(read.kind).toBe('document');
      if (read.kind === 'document') expect(serializeDocument(read.doc)).toBe(serializeDocument(chain));
    }
  });

  it('leaves fragments that are not share links alone', () => {
    expect(readSharedFragment('')).toEqual({ kind: 'none' });
    expect(readSharedFragment('#')).toEqual({ kind: 'none' });
    expect(readSharedFragment('#findings')).toEqual({ kind: 'none' });
  });

  it('explains a damaged link', () => {
    const damaged = readSharedFragment(`#${fragmentOf(chain).slice(0, -10)}`);
    expect(damaged).toEqual({ kind: 'error', message: expect.stringMatching(/^The shared diagram cannot be opened: this link is damaged or incomplete/) });
  });
});
