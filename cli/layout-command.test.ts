import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../model/document/parse';
import { freshRoute } from '../model/edit/connector-routes';
import { childrenOutsideParents, siblingOverlaps } from '../model/layout/quality';
import { run } from './main';
import { fakeIo } from './testing';

const example = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');

/** The hub example with every position and size removed, as a generator would write it. */
function withoutGeometry(text: string): string {
  const doc = JSON.parse(text) as { nodes: Array<Record<string, unknown>> };
  for (const node of doc.nodes) {
    delete node.position;
    delete node.size;
  }
  return JSON.stringify(doc);
}

describe('vpc-canvas layout', () => {
  it('writes the document with every node placed, keeping everything else, exit 0', async () => {
    const input = withoutGeometry(example('tgw-hub.json'));
    const io = fakeIo({ 'hub.json': input });
    expect(await run(['layout', 'hub.json', '-o', 'out.json'], io)).toBe(0);
    const before = parseDocument(input);
    const after = parseDocument(io.written['out.json']!);
    expect(after.nodes.map((n) => [n.id, n.kind, n.parent, n.props])).toEqual(before.nodes.map((n) => [n.id, n.kind, n.parent, n.props]));
    // Connections are unchanged but for the layout's routes, saved as view data that fits their ends.
    expect(after.connections.map(({ route: _route, ...rest }) => rest)).toEqual(before.connections);
    expect(after.connections.every((c) => c.route !== undefined && freshRoute(after, c) !== undefined)).toBe(true);
    expect(after.nodes.every((n) => n.position !== undefined)).toBe(true);
    expect(siblingOverlaps(after)).toEqual([]);
    expect(childrenOutsideParents(after)).toEqual([]);
    expect(io.err).toMatch(/^hub\.json: laid out \d+ nodes; wrote out\.json\n$/);
    expect(io.out).toBe('');
  });

  it('prints the document on stdout without -o, and is deterministic', async () => {
    const input = withoutGeometry(example('hybrid-dx-vpn.json'));
    const first = fakeIo({ 'net.json': input });
    const second = fakeIo({ 'net.json': input });
    expect(await run(['layout', 'net.json'], first)).toBe(0);
    expect(await run(['layout', 'net.json'], second)).toBe(0);
    expect(parseDocument(first.out).nodes.length).toBeGreaterThan(0);
    expect(first.out).toBe(second.out);
  });

  it('refuses a broken file and an unwritable output with one line, exit 2', async () => {
    const io = fakeIo({ 'bad.json': '{ "format": "vpc-canvas", "version": 1, "nodes": [{ "id": "s", "kind": "subnet", "parent": "vpc-x" }], "connections": [] }', 'ok.json': example('three-tier.json') });
    expect(await run(['layout', 'bad.json', '-o', 'out.json'], io)).toBe(2);
    expect(io.err).toBe('vpc-canvas: bad.json: nodes[0].parent: no node has id "vpc-x"\n');
    expect(io.written).toEqual({});
    const unwritable = fakeIo({ 'ok.json': example('three-tier.json') });
    expect(await run(['layout', 'ok.json', '-o', '/read-only/out.json'], unwritable)).toBe(2);
    expect(unwritable.err).toBe('vpc-canvas: /read-only/out.json: cannot write: permission denied\n');
  });

  it('-o belongs to layout only, and layout takes no --format', async () => {
    const io = fakeIo({ 'ok.json': example('three-tier.json') });
    expect(await run(['validate', 'ok.json', '-o', 'x.json'], io)).toBe(2);
    expect(io.err).toMatch(/^vpc-canvas: validate does not write files/);
    const io2 = fakeIo({ 'ok.json': example('three-tier.json') });
    expect(await run(['layout', 'ok.json', '--format', 'json'], io2)).toBe(2);
  });
});
