import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/document/parse';
import type { TopologyDocument } from '../model/document/types';
import { RULE_CATALOGUE } from '../model/rules/catalogue';
import { validate } from '../model/validate';
import { run } from './main';
import { fakeIo } from './testing';

const example = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
const routed = (doc: TopologyDocument) =>
  doc.nodes.filter((n) => (n.kind === 'vpc' || n.kind === 'transit-gateway') && ((n.props?.routeTables as unknown[] | undefined) ?? []).length > 0).map((n) => n.id);

describe('vpc-canvas routes', () => {
  it('writes the document, version 2, with every VPC and transit gateway explicitly routed and no routing finding, exit 0', async () => {
    const input = example('tgw-hub.json');
    const io = fakeIo({ 'hub.json': input });
    expect(await run(['routes', 'hub.json', '-o', 'out.json'], io)).toBe(0);
    const before = parseDocument(input);
    const after = parseDocument(io.written['out.json']!);
    expect(JSON.parse(io.written['out.json']!).version).toBe(2);
    expect(routed(after).sort()).toEqual(before.nodes.filter((n) => n.kind === 'vpc' || n.kind === 'transit-gateway').map((n) => n.id).sort());
    expect(validate(after).filter((f) => RULE_CATALOGUE[f.rule].section === 'Routing')).toEqual([]);
    expect(after.nodes.map((n) => [n.id, n.position])).toEqual(before.nodes.map((n) => [n.id, n.position]));
    expect(io.err).toBe('hub.json: added 5 VPC route tables, 1 transit gateway route table and 17 routes; wrote out.json\n');
    expect(io.out).toBe('');
    expect(io.written['hub.json']).toBeUndefined();
  });

  it('prints the document on stdout without -o, never touching the input', async () => {
    const io = fakeIo({ 'net.json': example('three-tier.json') });
    expect(await run(['routes', 'net.json'], io)).toBe(0);
    expect(routed(parseDocument(io.out))).toEqual(['vpc-prod']);
    expect(io.written).toEqual({});
    expect(io.err).toBe('net.json: added 2 VPC route tables, 0 transit gateway route tables and 2 routes\n');
  });

  it('overwrites the input only when -o names it, and says when there was nothing to do', async () => {
    const io = fakeIo({ 'net.json': example('three-tier.json') });
    expect(await run(['routes', 'net.json', '-o', 'net.json'], io)).toBe(0);
    const again = fakeIo({ 'net.json': io.written['net.json']! });
    expect(await run(['routes', 'net.json', '-o', 'net.json'], again)).toBe(0);
    expect(again.written['net.json']).toBe(io.written['net.json']);
    expect(again.err).toBe('net.json: every VPC and transit gateway was already explicitly routed; wrote net.json\n');
  });

  it('refuses a broken file and an unwritable output with one line, exit 2', async () => {
    const io = fakeIo({ 'bad.json': '{ "format": "vpc-canvas", "version": 1, "nodes": [{ "id": "s", "kind": "subnet", "parent": "vpc-x" }], "connections": [] }' });
    expect(await run(['routes', 'bad.json', '-o', 'out.json'], io)).toBe(2);
    expect(io.err).toBe('vpc-canvas: bad.json: nodes[0].parent: no node has id "vpc-x"\n');
    expect(io.written).toEqual({});
    const unwritable = fakeIo({ 'ok.json': example('three-tier.json') });
    expect(await run(['routes', 'ok.json', '-o', '/read-only/out.json'], unwritable)).toBe(2);
    expect(unwritable.err).toBe('vpc-canvas: /read-only/out.json: cannot write: permission denied\n');
  });

  it('takes one FILE and no --format', async () => {
    expect(await run(['routes'], fakeIo({}))).toBe(2);
    const io = fakeIo({ 'ok.json': example('three-tier.json') });
    expect(await run(['routes', 'ok.json', '--format', 'json'], io)).toBe(2);
    expect(io.err).toMatch(/^vpc-canvas: routes writes a topology document \(JSON\); it takes no --format/);
  });
});
