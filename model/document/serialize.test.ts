import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { parseDocument, parseDocumentValue } from './parse';
import { serializeDocument, toJsonValue } from './serialize';

const withUnknownFields = {
  format: 'vpc-canvas',
  'x-generator': { tool: 'vpc-canvas-next', build: 42 },
  nodes: [
    {
      layer: 3,
      props: { cidrs: ['10.0.0.0/16'], tags: { env: 'prod' }, ipv7Cidrs: ['::/0'] },
      id: 'vpc-prod',
      kind: 'vpc',
      position: { x: 1, y: 2, snapped: true },
      size: { width: 10, height: 20, depth: 5 },
      name: 'prod',
    },
    { id: 'vpc-dev', kind: 'vpc', props: { cidrs: ['10.1.0.0/16'] } },
  ],
  version: 2,
  connections: [{ target: 'vpc-dev', source: 'vpc-prod', kind: 'vpc-peering', id: 'pcx', color: '#f00', props: { requester: 'vpc-prod' } }],
  name: 'demo',
  comments: [{ at: 'vpc-prod', text: 'ask the network team' }],
};

describe('serializeDocument', () => {
  it('keeps unknown fields at every level: top level, nodes, props, positions, sizes, connections, connection props', () => {
    const text = serializeDocument(parseDocumentValue(withUnknownFields));
    expect(JSON.parse(text)).toEqual(withUnknownFields);
  });

  it('writes known fields first in a fixed order, unknown fields after them, nodes and connections last', () => {
    const text = serializeDocument(parseDocumentValue(withUnknownFields));
    const value = JSON.parse(text) as Record<string, Array<Record<string, unknown>>>;
    expect(Object.keys(value)).toEqual(['format', 'version', 'name', 'x-generator', 'comments', 'nodes', 'connections']);
    expect(Object.keys(value.nodes![0]!)).toEqual(['id', 'kind', 'name', 'props', 'position', 'size', 'layer']);
    expect(Object.keys(value.connections![0]!)).toEqual(['id', 'kind', 'source', 'target', 'props', 'color']);
    // Two-space indentation and a final newline, so that files diff well in a repository.
    expect(text.startsWith('{\n  "format": "vpc-canvas",\n  "version": 2,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('does not change the document it writes', () => {
    const parsed = parseDocumentValue(withUnknownFields);
    const snapshot = structuredClone(parsed);
    toJsonValue(parsed);
    serializeDocument(parsed);
    expect(parsed).toStrictEqual(snapshot);
  });

  it('gives back the document through the parser (property: parse(serialize(doc)) deep-equals doc)', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (doc) => {
        expect(parseDocument(serializeDocument(doc))).toEqual(doc);
        // Nothing is lost or added in the JSON either, "__proto__" keys included.
        expect(JSON.parse(serializeDocument(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent (property: serialize(parse(serialize(doc))) equals serialize(doc))', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (doc) => {
        const once = serializeDocument(doc);
        expect(serializeDocument(parseDocument(once))).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts every generated document unchanged (the generator makes only valid documents)', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (doc) => {
        expect(parseDocumentValue(doc)).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  });

  it('writes a "__proto__" field of a hand-made file as a field, without touching any prototype', () => {
    const doc = JSON.parse('{"format":"vpc-canvas","version":1,"__proto__":{"polluted":1},"nodes":[{"id":"a","kind":"vpc","__proto__":{"x":1},"extra":2}],"connections":[]}');
    const text = serializeDocument(doc);
    const back = JSON.parse(text) as { nodes: Array<Record<string, unknown>> } & Record<string, unknown>;
    expect(Object.keys(back)).toEqual(['format', 'version', '__proto__', 'nodes', 'connections']);
    expect(Object.keys(back.nodes[0]!)).toEqual(['id', 'kind', '__proto__', 'extra']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
