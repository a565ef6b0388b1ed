import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arrange } from '../../../model/edit/arrange';
import { arbitraryDocument } from '../../../model/testing/arbitrary-document';
import { exportDocumentText, importDocumentText, looksLikeDocumentText, MAX_IMPORT_BYTES, sizeProblem } from './document-text';

describe('export then import', () => {
  it('gives back the same document (property, on generated documents as the editor holds them: laid out)', () => {
    fc.assert(
      fc.property(arbitraryDocument({ maxNodes: 16, maxConnections: 10 }), (generated) => {
        // Every document enters the editor through arrange(); what the editor exports is such a document.
        const doc = arrange(generated);
        const result = importDocumentText(exportDocumentText(doc), 'exported.json');
        if (!result.ok) throw new Error(result.message);
        expect(result.doc).toEqual(doc);
        // And the text is stable: exporting the imported document writes the same bytes.
        expect(exportDocumentText(result.doc)).toBe(exportDocumentText(doc));
      }),
      { numRuns: 200 },
    );
    // Generous: the machines running the suite are shared; the property takes about a second alone.
  }, 30_000);
});

describe('importDocumentText refuses', () => {
  it('text that is not JSON, with the parser message', () => {
    const result = importDocumentText('{"format": "vpc-canvas", ', 'broken.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.title).toBe('broken.json cannot be opened');
      expect(result.message).toMatch(/^broken\.json is not a topology document: .+\. The current diagram was not changed\.$/);
    }
  });

  it('a dangling parent, naming the place in the file', () => {
    const text = JSON.stringify({ format: 'vpc-canvas', version: 1, nodes: [{ id: 's', kind: 'subnet', parent: 'vpc-x' }], connections: [] });
    const result = importDocumentText(text, 'dangling.json');
    expect(!result.ok && result.message).toContain('nodes[0].parent');
  });

  it('a file over 50 MB before reading it', () => {
    expect(sizeProblem('big.json', MAX_IMPORT_BYTES)).toBeUndefined();
    const refused = sizeProblem('big.json', MAX_IMPORT_BYTES + 1);
    expect(refused?.ok).toBe(false);
    expect(refused && !refused.ok && refused.message).toBe('big.json is 50 MB; the editor opens topology files of up to 50 MB. Nothing was changed.');
    expect(sizeProblem('huge.json', 3 * MAX_IMPORT_BYTES)).toMatchObject({ message: expect.stringContaining('huge.json is 150 MB') });
  });
});

describe('looksLikeDocumentText', () => {
  it('takes JSON objects as documents, anything else as not', () => {
    expect(looksLikeDocumentText('  \n{"format":"vpc-canvas"}')).toBe(true);
    expect(looksLikeDocumentText('{ broken')).toBe(true);
    expect(looksLikeDocumentText('10.0.0.0/16')).toBe(false);
    expect(looksLikeDocumentText('')).toBe(false);
    expect(looksLikeDocumentText('[1, 2]')).toBe(false);
  });
});
