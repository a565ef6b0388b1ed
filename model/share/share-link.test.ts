import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/parse';
import { TopologyParseError } from '../document/parse-error';
import { serializeDocument } from '../document/serialize';
import type { TopologyDocument } from '../document/types';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { buildDocument, link, node, region, subnet, vpc } from '../testing/build';
import { compactDocumentText, decodeShareFragment, encodeShareFragment, SHARE_FRAGMENT_LIMIT } from './share-link';

const DAMAGED = /^this link is damaged or incomplete/;

function fragmentOf(doc: TopologyDocument): string {
  const result = encodeShareFragment(doc);
  if (!result.ok) throw new Error(`expected a link: ${result.reason}`);
  return result.fragment;
}

/** The error `decodeShareFragment` throws, or undefined when it decodes. */
function decodeError(fragment: string): TopologyParseError | undefined {
  try {
    decodeShareFragment(fragment);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(TopologyParseError);
    return error as TopologyParseError;
  }
}

const fixture = parseDocument(readFileSync(new URL('../fixtures/v1/hybrid-hub-and-spoke.json', import.meta.url), 'utf8'));

/** A hub-and-spoke design of `count` VPCs with three subnets each, positioned as the editor saves them. */
function hubAndSpoke(count: number, vpcName: (i: number) => string = (i) => `service-${i}-prod`): TopologyDocument {
  const nodes = [region('tokyo', 'ap-northeast-1'), node('tgw', 'transit-gateway', 'tokyo')];
  const connections = [];
  for (let i = 0; i < count; i++) {
    nodes.push(vpc(`vpc-${i}`, [`10.${i % 256}.${Math.floor(i / 256)}.0/24`], { parent: 'tokyo', name: vpcName(i), position: { x: 40 + i * 13, y: 60 }, size: { width: 480, height: 320 } }));
    for (let s = 0; s < 3; s++) {
      nodes.push(subnet(`subnet-${i}-${s}`, `vpc-${i}`, `10.${i % 256}.${Math.floor(i / 256)}.${s * 64}/26`, { name: `app-${s}`, props: { az: `ap-northeast-1${'acd'[s]}` }, position: { x: 10 + s * 150, y: 40 } }));
    }
    connections.push(link(`att-${i}`, 'tgw-attachment', 'tgw', `vpc-${i}`));
  }
  return buildDocument(nodes, connections);
}

describe('encodeShareFragment / decodeShareFragment', () => {
  it('gives back every generated document (property), with or without the leading #', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (doc) => {
        const fragment = fragmentOf(doc);
        expect(decodeShareFragment(fragment)).toEqual(doc);
        expect(decodeShareFragment(`#${fragment}`)).toEqual(doc);
        // Exactly what the file would hold: a link carries nothing a file could not.
        expect(decodeShareFragment(fragment)).toEqual(parseDocument(serializeDocument(doc)));
      }),
      { numRuns: 200 },
    );
  });

  it('writes a versioned fragment that needs no percent-encoding in a URL', () => {
    const fragment = fragmentOf(fixture);
    expect(fragment).toMatch(/^v1\.[0-9a-f]{8}\.[A-Za-z0-9+\-$]+$/);
    const url = new URL(`https://canvas.example/review#${fragment}`);
    expect(url.hash).toBe(`#${fragment}`);
    expect(decodeShareFragment(url.hash)).toEqual(fixture);
    // Compression is what makes links usable: the fixture's compact JSON is far longer.
    expect(fragment.length).toBeLessThan(compactDocumentText(fixture).length * 0.7);
  });

  it('fits a 150-VPC hub-and-spoke design with three subnets each in one link', () => {
    const doc = hubAndSpoke(150);
    const result = encodeShareFragment(doc);
    expect(result.ok).toBe(true);
    if (result.ok) expect(decodeShareFragment(result.fragment)).toEqual(doc);
  });

  it('refuses a document too large for a link, saying so, with the size it would need', () => {
    // Random names do not compress: 400 VPCs of 40 random characters cannot fit in 32,000.
    const random = fc.sample(fc.string({ minLength: 40, maxLength: 40, unit: 'grapheme-ascii' }), { numRuns: 400, seed: 42 });
    const doc = hubAndSpoke(400, (i) => random[i]!);
    const result = encodeShareFragment(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.size).toBeGreaterThan(SHARE_FRAGMENT_LIMIT);
    expect(result.reason).toMatch(/too large to share as a link/);
    expect(result.reason).toMatch(/32,000/);
    expect(result.reason).toMatch(/JSON file/);
  });

  it('reports the size the fragment would have had, against a lower limit', () => {
    const fragment = fragmentOf(fixture);
    expect(encodeShareFragment(fixture, { limit: fragment.length })).toEqual({ ok: true, fragment });
    const refused = encodeShareFragment(fixture, { limit: fragment.length - 1 });
    expect(refused).toMatchObject({ ok: false, size: fragment.length });
    // A higher limit than the one decoding accepts would produce links that never open.
    expect(encodeShareFragment(hubAndSpoke(400, (i) => `${i}`.repeat(40)), { limit: 10_000_000 }).ok).toBe(false);
  });

  it('refuses a link cut short, with the damaged-link message, and never gives a different document', () => {
    const fragment = fragmentOf(fixture);
    for (let cut = 0; cut < fragment.length; cut += cut < fragment.length - 40 ? 7 : 1) {
      const error = decodeError(fragment.slice(0, cut));
      // The end-of-data code ends in zero bits, and lz-string reads missing characters as zeros:
      // losing the last few characters can leave the data whole, which the checksum confirms.
      if (cut < fragment.length - 3) expect(error?.message, `cut at ${cut}`).toMatch(DAMAGED);
      else if (error) expect(error.message).toMatch(DAMAGED);
      else expect(decodeShareFragment(fragment.slice(0, cut))).toEqual(fixture);
    }
  });

  it('never turns a link with one character changed into a different document (property)', () => {
    const fragment = fragmentOf(fixture);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$.';
    fc.assert(
      fc.property(fc.integer({ min: 3, max: fragment.length - 1 }), fc.constantFrom(...alphabet), (at, replacement) => {
        fc.pre(fragment[at] !== replacement);
        const changed = fragment.slice(0, at) + replacement + fragment.slice(at + 1);
        const error = decodeError(changed);
        // The last character may carry only padding bits: then the document is the same one.
        if (error) expect(error.message).toMatch(DAMAGED);
        else expect(decodeShareFragment(changed)).toEqual(fixture);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text that is not a share link', () => {
    for (const text of ['', '#', '   ', 'hello', 'v1.', 'v1.0000zzzz.ABC', 'v1.00000000.', 'v1.00000000.!!!', '{"format":"vpc-canvas"}', 'v1.12345678.N4Ig']) {
      expect(decodeError(text)?.message, JSON.stringify(text)).toMatch(DAMAGED);
    }
    expect(decodeError(undefined as unknown as string)?.message).toMatch(DAMAGED);
  });

  it('refuses an over-long link before decompressing it', () => {
    expect(decodeError(`v1.00000000.${'gA'.repeat(SHARE_FRAGMENT_LIMIT)}`)?.message).toMatch(/damaged or incomplete \(it is longer than any link/);
  });

  it('names a newer encoding instead of calling the link damaged', () => {
    const message = decodeError('v2.whatever-comes-next')?.message;
    expect(message).toMatch(/encoding v2/);
    expect(message).not.toMatch(DAMAGED);
  });

  it('never decodes a newer encoding that looks like v1 as v1', () => {
    // A v1 link with only its name changed: same checksum, same payload, a document v1 would open.
    const v1 = fragmentOf(fixture);
    expect(decodeShareFragment(v1).nodes.length).toBeGreaterThan(0);
    for (const newer of [`v2${v1.slice(2)}`, `#v10${v1.slice(2)}`]) {
      const message = decodeError(newer)?.message;
      expect(message, newer.slice(0, 4)).toMatch(/^this link uses encoding v\d+, which this version of VPC Canvas cannot read/);
    }
    expect(decodeError(`v${'9'.repeat(500)}.x`)?.message.length).toBeLessThan(200);
  });

  it('passes on the parser\'s message for an intact link to a document the parser refuses', () => {
    const newer = { format: 'vpc-canvas', version: 99, nodes: [], connections: [] } as unknown as TopologyDocument;
    const error = decodeError(fragmentOf(newer));
    expect(error?.path).toBe('version');
    expect(error?.message).toMatch(/version 99, newer than this build/);
  });

  it('still opens a link that a mail or chat app wrapped or percent-encoded', () => {
    const fragment = fragmentOf(fixture);
    const wrapped = fragment.replace(/(.{70})/g, '$1\r\n');
    expect(decodeShareFragment(wrapped)).toEqual(fixture);
    const escaped = fragment.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(decodeShareFragment(escaped)).toEqual(fixture);
    expect(decodeShareFragment(fragment.replace(/\+/g, ' '))).toEqual(fixture);
  });

  it('carries hostile names and ids as plain text', () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      '"},"nodes":[{"id":"x"}],"a":"',
      '#v1.00000000.AAAA',
      '%24%ZZ',
      'line\u2028break\u2029and paragraph separators',
      '| pipe | table |',
      '東京 🚀 pr\u200bod evil\u202E',
    ];
    const doc = buildDocument(
      [
        ...hostile.map((name, i) => vpc(`vpc-${i}`, ['10.0.0.0/16'], { name })),
        JSON.parse('{"id":"__proto__","kind":"vpc","name":"constructor","props":{"cidrs":["10.9.0.0/16"],"__proto__":{"polluted":true}}}'),
      ],
      [link('pcx', 'vpc-peering', 'vpc-0', '__proto__')],
    );
    const decoded = decodeShareFragment(fragmentOf(doc));
    expect(decoded).toEqual(doc);
    expect(decoded.nodes.slice(0, hostile.length).map((n) => n.name)).toEqual(hostile);
    expect(Object.keys(decoded.nodes[hostile.length]!.props!)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a link whose names hold control characters, as a file would be refused', () => {
    const doc = buildDocument([vpc('a', ['10.0.0.0/16'])]);
    const tampered = { ...doc, nodes: [{ ...doc.nodes[0]!, name: 'ok\rNo findings' }] };
    const error = decodeError(fragmentOf(tampered));
    expect(error?.path).toBe('nodes[0].name');
    expect(error?.message).toContain('the control character U+000D');
  });
});
