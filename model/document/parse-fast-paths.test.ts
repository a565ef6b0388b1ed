/**
 * The parser's fast paths (issue 13) against the inputs that could slip past them: a key repeated
 * while Object.prototype has an enumerable key, a caller's sparse or changing lists.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocumentValue } from './parse';
import { TopologyParseError } from './parse-error';
import { refusal } from '../testing/refusal';

type Raw = Record<string, unknown>;
const vpc = (id: string, props: Raw = { cidrs: ['10.0.0.0/16'] }): Raw => ({ id, kind: 'vpc', props });

describe('the parser fast paths', () => {
  it('finds a repeated key while Object.prototype has an enumerable key (which for-in counts in every object)', () => {
    // Five keys read, six written: the inherited key would make the counts agree.
    const text = '{"format":"vpc-canvas","version":2,"name":"a","name":"b","nodes":[],"connections":[]}';
    Object.defineProperty(Object.prototype, 'inherited', { value: 1, enumerable: true, configurable: true, writable: true });
    let error: TopologyParseError;
    try {
      error = refusal(() => parseDocument(text));
    } finally {
      delete (Object.prototype as Raw).inherited;
    }
    expect(error.path).toBe('');
    expect(error.reason).toMatch(/^has the key "name" twice/);
  });

  it('passes over the holes of a sparse routeTables handed over as a value, as the table check does', () => {
    const tables = [, { id: 'rt-1', main: true, routes: [] }];
    const value = (second: string) => ({ format: 'vpc-canvas', version: 2, nodes: [vpc('a', { cidrs: ['10.0.0.0/16'], routeTables: tables }), vpc(second)], connections: [] });
    expect(parseDocumentValue(value('b')).nodes).toHaveLength(2);
    expect(refusal(() => parseDocumentValue(value('rt-1'))).message).toBe('nodes[0].props.routeTables[1].id: "rt-1" is already used by nodes[1]');
  });

  it('checks the references of what it read when a caller\'s list changes length while it is read', () => {
    const connections: Raw[] = [
      { id: 'p', kind: 'vpc-peering', source: 'a', target: 'b' },
      { id: 'q', kind: 'vpc-peering', source: 'a', target: 'nowhere' },
    ];
    const shrinking = { kind: 'vpc', props: { cidrs: ['10.1.0.0/16'] } };
    Object.defineProperty(shrinking, 'id', { enumerable: true, get: () => (connections.length > 1 && connections.pop(), 'b') });
    const parsed = parseDocumentValue({ format: 'vpc-canvas', version: 2, nodes: [vpc('a'), shrinking], connections });
    expect(parsed.connections.map((c) => c.id)).toEqual(['p']);
  });

  it('checks the nodes it read when a caller\'s node list shrinks while it is read', () => {
    const nodes: Raw[] = [vpc('a'), vpc('b'), vpc('c')];
    const shrinking = { kind: 'subnet', parent: 'a' };
    // Read once by the check of JSON data, then by the node's own check: the list shrinks at the second.
    let reads = 0;
    Object.defineProperty(shrinking, 'id', { enumerable: true, get: () => (++reads === 2 && nodes.pop(), 's') });
    nodes.splice(1, 0, shrinking);
    const parsed = parseDocumentValue({ format: 'vpc-canvas', version: 2, nodes, connections: [{ id: 'p', kind: 'vpc-peering', source: 'a', target: 'b' }] });
    expect(parsed.nodes.map((n) => n.id)).toEqual(['a', 's', 'b']);
    expect(parsed.connections).toHaveLength(1);
  });
});
