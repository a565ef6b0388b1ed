import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../model';
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

  it('keeps a text per document object: an edited copy gets its own', () => {
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
