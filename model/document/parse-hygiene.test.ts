/**
 * The parser's text hygiene (issue 14): control characters and broken characters in names and ids,
 * duplicate keys, long containment cycles. Each refusal names the place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentValue } from './parse';
import { TopologyParseError } from './parse-error';
import { refusal } from '../testing/refusal';

type Raw = Record<string, unknown>;
const doc = (nodes: Raw[], connections: Raw[] = [], extra: Raw = {}) => ({ format: 'vpc-canvas', version: 1, nodes, connections, ...extra });
const vpc = (id: string, extra: Raw = {}): Raw => ({ id, kind: 'vpc', props: { cidrs: ['10.0.0.0/16'] }, ...extra });

describe('names and ids', () => {
  it.each([
    ['an escape sequence in a name', doc([vpc('a', { name: 'web\u001b[2K' })]), 'nodes[0].name', 'the control character U+001B at character 4'],
    ['a carriage return in a connection name', doc([vpc('a'), vpc('b')], [{ id: 'p', kind: 'vpc-peering', source: 'a', target: 'b', name: 'ok\rNo findings' }]), 'connections[0].name', 'U+000D at character 3'],
    ['a tab in an id', doc([vpc('a\tb')]), 'nodes[0].id', 'U+0009'],
    ['a C1 control in a parent', doc([vpc('a'), { id: 's', kind: 'subnet', parent: 'a\u0085' }]), 'nodes[1].parent', 'U+0085'],
    ['a lone surrogate in a name', doc([vpc('a', { name: 'x\ud800' })]), 'nodes[0].name', 'a lone surrogate (U+D800, half of a character) at character 2'],
    ['a NUL in a connection end', doc([vpc('a')], [{ id: 'f', kind: 'flow', source: 'a', target: 'a\u0000' }]), 'connections[0].target', 'U+0000'],
    ['a control character in the title', doc([], [], { name: 'title\nfake' }), 'name', 'U+000A'],
  ])('refuses %s, naming the place', (_, value, path, detail) => {
    for (const error of [refusal(() => parseDocumentValue(value)), refusal(() => parseDocument(JSON.stringify(value)))]) {
      expect(error.path).toBe(path);
      expect(error.reason).toContain(detail);
      expect(error.reason).toMatch(/names and ids may not hold control characters or broken characters$/);
    }
  });

  it('refuses a control character in a route table id or name (version 2)', () => {
    const value = { ...doc([vpc('a', { props: { cidrs: ['10.0.0.0/16'], routeTables: [{ id: 'rtb\u0007', main: true, routes: [] }] } })]), version: 2 };
    expect(refusal(() => parseDocumentValue(value))).toMatchObject({ path: 'nodes[0].props.routeTables[0].id' });
  });

  it('accepts names in any script, with pairs of surrogates, bidi controls and zero-width characters (shown, not refused)', () => {
    const names = ['本番', 'שרת', 'rocket 🚀', 'pr\u200bod', 'evil\u202Egnp', 'café'];
    const parsed = parseDocumentValue(doc(names.map((name, i) => vpc(`v${i}`, { name }))));
    expect(parsed.nodes.map((n) => n.name)).toEqual(names);
  });
});

describe('duplicate keys', () => {
  it('refuses a key that appears twice in one object, naming the object, the key and the line', () => {
    const text = ['{', '  "format": "vpc-canvas", "version": 1,', '  "nodes": [', '    { "id": "a", "kind": "vpc", "props": { "cidrs": ["10.0.0.0/16"], "cidrs": ["0.0.0.0/0"] } }', '  ],', '  "connections": []', '}'].join('\n');
    const error = refusal(() => parseDocument(text));
    expect(error.path).toBe('nodes[0].props');
    expect(error.reason).toMatch(/^has the key "cidrs" twice \(the second at line 4, column 70\); JSON keeps only the last one/);
  });

  it('refuses a repeated top-level key, and an id given twice for one node', () => {
    expect(refusal(() => parseDocument('{"format":"vpc-canvas","version":1,"nodes":[],"connections":[],"nodes":[]}'))).toMatchObject({ path: '' });
    expect(refusal(() => parseDocument('{"format":"vpc-canvas","version":1,"nodes":[{"id":"a","kind":"vpc","id":"b"}],"connections":[]}'))).toMatchObject({ path: 'nodes[0]' });
  });

  it('accepts the same key in different objects, a key spelled with escapes once, and "__proto__" once', () => {
    const text = '{"format":"vpc-canvas","version":1,"nodes":[{"id":"a","kind":"vpc","x":{"k":1}},{"id":"b","kind":"vpc","x":{"k":2},"\\u005f_proto__":3}],"connections":[]}';
    expect(parseDocument(text).nodes).toHaveLength(2);
  });
});

/** The outcome of parsing, comparable: the document's ids or the refusal's place and reason. */
function outcome(work: () => { nodes: Array<{ id: string }> }): string {
  try {
    return `ok ${work().nodes.map((n) => n.id).join(',')}`;
  } catch (error) {
    if (error instanceof TopologyParseError) return `refused ${error.path}: ${error.reason}`;
    throw error;
  }
}

/** JSON text with every character JSON allows raw written raw (C1 controls, lone surrogates), unlike JSON.stringify. */
const rawJson = (value: unknown): string =>
  JSON.stringify(value).replace(/\\u(d[89a-f][0-9a-f]{2}|00[89][0-9a-f]|007f)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('names and ids read from text, with or without escapes', () => {
  it('are refused exactly when the same document handed over as a value is refused (property)', () => {
    const name = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('web', 'x\u0085', 'y\ud800', '\udc00z', 'ok\u{1f600}', 'tab\there'));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), (names) => {
        const value = doc(names.map((n, i) => vpc(`vpc-${i}`, { name: n })));
        const expected = outcome(() => parseDocumentValue(value));
        expect(outcome(() => parseDocument(JSON.stringify(value)))).toBe(expected);
        expect(outcome(() => parseDocument(rawJson(value)))).toBe(expected);
      }),
    );
  });
});

describe('containment cycles', () => {
  it('names a short cycle whole', () => {
    const error = refusal(() => parseDocumentValue(doc([{ id: 'a', kind: 'region', parent: 'b' }, { id: 'b', kind: 'region', parent: 'a' }])));
    expect(error.reason).toBe('containment cycle: "a" → "b" → "a"');
  });

  it('names a long one by its first few ids, its length and its end', () => {
    const nodes = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, kind: 'region', parent: `n${(i + 1) % 5000}` }));
    const error = refusal(() => parseDocumentValue(doc(nodes)));
    expect(error.path).toBe('nodes[0].parent');
    expect(error.reason).toBe('containment cycle of 5,000 nodes: "n0" → "n1" → "n2" → … (4,996 more) → "n4999" → "n0"');
  });
});
