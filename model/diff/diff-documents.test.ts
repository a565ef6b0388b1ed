import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/parse';
import type { TopologyDocument } from '../document/types';
import { importAws } from '../import/aws/import-aws';
import { readFixtureFolder } from '../import/aws/testing/read-fixtures';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { diffDocuments } from './diff-documents';
import { formatDiffText, isEmptyDiff } from './format-diff';

const example = (name: string) => parseDocument(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
const edit = (doc: TopologyDocument, change: (raw: { nodes: Array<Record<string, unknown>>; connections: Array<Record<string, unknown>> }) => void): TopologyDocument => {
  const raw = JSON.parse(JSON.stringify(doc));
  change(raw);
  return parseDocument(JSON.stringify(raw));
};

describe('diffDocuments', () => {
  it('finds no difference between a document and itself, nor after moving boxes around (property)', () => {
    fc.assert(
      fc.property(arbitraryDocument({ maxNodes: 10, maxConnections: 6 }), (doc) => {
        expect(isEmptyDiff(diffDocuments(doc, doc))).toBe(true);
        const moved = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: { x: 1, y: 2 } })) };
        expect(isEmptyDiff(diffDocuments(doc, moved))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('lists added, removed and changed nodes and connections', () => {
    const before = buildDocument([vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16']), subnet('s', 'a', '10.0.0.0/24')], [link('pcx', 'vpc-peering', 'a', 'b')]);
    const after = buildDocument(
      [vpc('a', ['10.0.0.0/16', '10.9.0.0/16']), vpc('c', ['10.2.0.0/16']), subnet('s', 'a', '10.0.0.0/24', { name: 'app' })],
      [link('pcx2', 'vpc-peering', 'a', 'c')],
    );
    const diff = diffDocuments(before, after);
    expect(diff.nodes.added.map((n) => n.id)).toEqual(['c']);
    expect(diff.nodes.removed.map((n) => n.id)).toEqual(['b']);
    expect(diff.nodes.changed).toEqual([
      { before: 'a', after: 'a', kind: 'vpc', label: 'vpc a', changes: [{ field: 'props.cidrs', before: ['10.0.0.0/16'], after: ['10.0.0.0/16', '10.9.0.0/16'] }] },
      { before: 's', after: 's', kind: 'subnet', label: 'subnet app', changes: [{ field: 'name', before: 's', after: 'app' }] },
    ]);
    expect(diff.connections.added.map((c) => c.id)).toEqual(['pcx2']);
    expect(diff.connections.removed.map((c) => c.id)).toEqual(['pcx']);
  });

  it('matches by AWS id first, so a design and its imported twin compare by what they are', () => {
    const design = buildDocument([vpc('prod', ['10.0.0.0/16'], { props: { origin: { id: 'vpc-123', kind: 'aws' } } })]);
    const deployed = buildDocument([vpc('vpc-123', ['10.0.0.0/16'], { name: 'prod', props: { origin: { id: 'vpc-123', kind: 'aws' } } })]);
    const diff = diffDocuments(design, deployed);
    expect(diff.nodes.added).toEqual([]);
    expect(diff.nodes.removed).toEqual([]);
    expect(diff.nodes.changed).toEqual([]);
  });

  it('falls back to kind, name and address block when neither AWS id nor id match', () => {
    const design = buildDocument([vpc('prod', ['10.0.0.0/16']), subnet('app', 'prod', '10.0.1.0/24')]);
    const deployed = buildDocument([vpc('vpc-0abc', ['10.0.0.0/16'], { name: 'prod' }), subnet('subnet-0def', 'vpc-0abc', '10.0.1.0/24', { name: 'app' })]);
    const diff = diffDocuments(design, deployed);
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('lists route changes per table, and the reachability they cost', () => {
    const routed = (routes: Array<{ destination: string; target: string }>) =>
      buildDocument(
        [
          vpc('a', ['10.0.0.0/16'], { props: { routeTables: [{ id: 'rt-a', main: true, routes }] } }),
          vpc('b', ['10.1.0.0/16']),
          subnet('sa', 'a', '10.0.0.0/24'),
          node('tgw', 'transit-gateway'),
          onPrem('dc', ['192.168.0.0/16']),
        ],
        [link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-b', 'tgw-attachment', 'tgw', 'b')],
      );
    const before = routed([{ destination: '10.1.0.0/16', target: 'tgw' }, { destination: '172.16.0.0/12', target: 'tgw' }]);
    const after = routed([{ destination: '10.1.0.0/16', target: 'tgw' }, { destination: '0.0.0.0/0', target: 'tgw' }]);
    const diff = diffDocuments(before, after);
    expect(diff.routes.added).toEqual([{ table: 'rt-a', owner: 'a', destination: '0.0.0.0/0', after: 'tgw' }]);
    expect(diff.routes.removed).toEqual([{ table: 'rt-a', owner: 'a', destination: '172.16.0.0/12', before: 'tgw' }]);
    expect(diff.nodes.changed).toEqual([]);
  });

  it('reports pairs that became unreachable when a link is removed', () => {
    const before = example('tgw-hub.json');
    const attachment = before.connections.find((c) => c.kind === 'tgw-attachment')!;
    const after = edit(before, (raw) => {
      raw.connections = raw.connections.filter((c) => c.id !== attachment.id);
    });
    const diff = diffDocuments(before, after);
    expect(diff.connections.removed.map((c) => c.id)).toEqual([attachment.id]);
    expect(diff.reachability.lost.length).toBeGreaterThan(0);
    expect(diff.reachability.gained).toEqual([]);
    const vpcEnd = before.nodes.find((n) => n.kind === 'vpc' && (n.id === attachment.source || n.id === attachment.target))!.id;
    // The first attachment is the egress VPC's: the spokes lose the internet too (centralised egress),
    // and so does the branch on the transit gateway's VPN (routing.md, "On-premises centralised egress").
    expect(diff.reachability.lost.filter((p) => p.from !== vpcEnd && p.to !== vpcEnd).map((p) => p.label)).toEqual([
      'VPC analytics → Internet',
      'On-premises network Dublin branch → Internet',
      'VPC orders → Internet',
      'VPC payments → Internet',
    ]);
    expect(formatDiffText(diff)).toMatch(/^Connections\n {2}- tgw-attachment /);
  });

  it('compares two imports of the same account as equal', () => {
    const a = importAws(readFixtureFolder()).document;
    const b = importAws([...readFixtureFolder()].reverse()).document;
    expect(formatDiffText(diffDocuments(a, b))).toBe('No differences.\n');
  });
});
