import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../model/document/parse';
import { nodeIo, run } from './main';
import { fakeIo } from './testing';

const FIXTURES = fileURLToPath(new URL('../model/import/aws/fixtures/', import.meta.url));
const example = (name: string) => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');

/** The real file system for reading, writes kept in memory. */
function diskIo() {
  const io = fakeIo();
  return Object.assign(io, { readFile: nodeIo().readFile });
}

describe('vpc-canvas import', () => {
  it('imports a folder of describe output, writes a version 2 document and reports what was left out', async () => {
    const io = diskIo();
    expect(await run(['import', FIXTURES, '-o', 'net.json'], io)).toBe(0);
    const doc = parseDocument(io.written['net.json']!);
    expect(doc.version).toBe(2);
    expect(doc.nodes.some((n) => n.id === 'vpc-0a60eb65b4EXAMPLE')).toBe(true);
    expect(io.err).toMatch(/^Read \d+ AWS outputs:/);
    expect(io.err).toContain('  aws ec2 describe-vpcs: 2');
    expect(io.err).toContain('nat-0c61bf8a12EXAMPLE: the NAT gateway is deleted: not drawn');
    expect(io.err).toMatch(/Wrote net\.json: \d+ nodes/);
  });

  it('prints the document on stdout without -o', async () => {
    const io = diskIo();
    expect(await run(['import', FIXTURES], io)).toBe(0);
    expect(parseDocument(io.out).nodes.length).toBeGreaterThan(10);
  });

  it('refuses input that is not AWS output, a path that does not exist, and a folder given as one Terraform file, with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vpc-canvas-import-'));
    writeFileSync(join(dir, 'x.json'), '{"format": "vpc-canvas"}');
    const notAws = diskIo();
    expect(await run(['import', dir], notAws)).toBe(2);
    expect(notAws.err).toContain('nothing in the input is AWS describe output');
    const missing = diskIo();
    expect(await run(['import', '/nonexistent/folder'], missing)).toBe(2);
    expect(missing.err).toContain('/nonexistent/folder: cannot read: no such file');
    const terraform = diskIo();
    expect(await run(['import', FIXTURES, '--format', 'terraform'], terraform)).toBe(2);
    expect(terraform.err).toMatch(/import --format terraform reads one file \(the output of terraform show -json\); got \d+/);
  });
});

describe('vpc-canvas diff', () => {
  it('exits 0 with "No differences." for the same document, 1 with the changes otherwise', async () => {
    const before = example('tgw-hub.json');
    const raw = JSON.parse(before) as { nodes: Array<{ id: string; name?: string }> };
    raw.nodes[1]!.name = 'renamed';
    const io = fakeIo({ 'a.json': before, 'b.json': JSON.stringify(raw) });
    expect(await run(['diff', 'a.json', 'a.json'], io)).toBe(0);
    expect(io.out).toBe('No differences.\n');
    const changed = fakeIo({ 'a.json': before, 'b.json': JSON.stringify(raw) });
    expect(await run(['diff', 'a.json', 'b.json'], changed)).toBe(1);
    expect(changed.out).toMatch(/^Nodes\n {2}~ .*renamed\n {6}name: .* → renamed/);
    const json = fakeIo({ 'a.json': before, 'b.json': JSON.stringify(raw) });
    expect(await run(['diff', 'a.json', 'b.json', '--format', 'json'], json)).toBe(1);
    expect(JSON.parse(json.out).nodes.changed).toHaveLength(1);
  });

  it('refuses a file that is not a document with exit 2', async () => {
    const io = fakeIo({ 'a.json': example('tgw-hub.json'), 'b.json': '{}' });
    expect(await run(['diff', 'a.json', 'b.json'], io)).toBe(2);
    expect(io.err).toMatch(/^vpc-canvas: b\.json: format: missing/);
  });
});

describe('escaping in import and diff output', () => {
  it('prints ids from the input with control characters escaped, one line per gap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vpc-canvas-import-'));
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ Subnets: [{ SubnetId: 'subnet-1\u001b[2K\rNo findings', VpcId: 'vpc-gone' }], Vpcs: [] }));
    const io = diskIo();
    await run(['import', dir], io);
    expect(io.err).toContain('subnet-1\\u{1B}[2K\\u{D}No findings: its VPC vpc-gone is not in the input');
    expect(io.err).not.toContain('\u001b');
  });
});
