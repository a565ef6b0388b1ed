import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../../model';
import { buildDocument, link, vpc } from '../../../model/testing/build';
import { readSharedFragment } from '../../../model/share/shared-fragment';
import { shareLinks } from './share-fragment';

const ORIGIN = 'https://canvas.example';
const chain = buildDocument(
  [vpc('a', ['10.0.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 400, height: 260 } }), vpc('b', ['10.1.0.0/16'], { position: { x: 600, y: 0 }, size: { width: 400, height: 260 } })],
  [link('pcx', 'vpc-peering', 'a', 'b')],
);

describe('shareLinks', () => {
  it('links to the editor and to the review page with the same fragment, which reads back as the document', () => {
    const links = shareLinks(chain, ORIGIN);
    if (!links.ok) throw new Error(links.reason);
    const fragment = links.editorUrl.slice(`${ORIGIN}/#`.length);
    expect(links.editorUrl).toBe(`${ORIGIN}/#${fragment}`);
    expect(links.reviewUrl).toBe(`${ORIGIN}/review#${fragment}`);
    const read = readSharedFragment(`#${fragment}`);
    expect(read.kind).toBe('document');
    if (read.kind === 'document') expect(serializeDocument(read.doc)).toBe(serializeDocument(chain));
  });

  it('refuses a document too large for a link, saying how large and what to do', () => {
    // Names no compressor can shrink: 200 × 200 characters of 6 random bits each.
    let seed = 7;
    const letter = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[seed >>> 26]!;
    };
    const vpcs = Array.from({ length: 200 }, (_, i) => vpc(`v${i}`, [`10.${i}.0.0/16`], { name: Array.from({ length: 200 }, letter).join('') }));
    const links = shareLinks(buildDocument(vpcs), ORIGIN);
    expect(links.ok).toBe(false);
    if (!links.ok) expect(links.reason).toMatch(/^This diagram is too large to share as a link: it needs [\d,]+ characters, and links are kept under 32,000 .* Share the JSON file instead\.$/);
  });
});
