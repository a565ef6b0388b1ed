import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, type TopologyDocument } from '../../../model';
import { validate } from '../../../model/validate';
import { arbitraryDocument } from '../../../model/testing/arbitrary-document';
import { documentJson } from './document-json';

describe('a document as the JSON handed to workers and storage', () => {
  it('reads back as the same document, with the same findings', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (doc) => {
        const back = parseDocument(documentJson(doc));
        expect(back).toEqual(doc);
        expect(validate(JSON.parse(documentJson(doc)))).toEqual(validate(doc));
      }),
      { numRuns: 60 },
    );
  });

  it('gives each of more documents than it keeps its own text, asked in any order', () => {
    const docs = Array.from({ length: 5 }, (_, i): TopologyDocument => ({ format: 'vpc-canvas', version: 1, name: `d${i}`, nodes: [], connections: [] }));
    for (const order of [[0, 1, 2, 3, 4], [4, 0, 3, 1, 2, 0, 4]]) {
      for (const i of order) expect(JSON.parse(documentJson(docs[i]!)).name).toBe(`d${i}`);
    }
  });

  it('gives an edited copy its own text', () => {
    fc.assert(
      fc.property(arbitraryDocument(), (doc) => {
        const before = documentJson(doc);
        const renamed = { ...doc, name: `${doc.name ?? ''}!` };
        expect(parseDocument(documentJson(renamed)).name).toBe(renamed.name);
        expect(documentJson(doc)).toBe(before);
      }),
      { numRuns: 10 },
    );
  });
});
