import { describe, expect, it } from 'vitest';
import { reach } from '../reach/reach';
import { ReachInputError } from '../reach/types';
import { buildDocument, link, node, onPrem, region, subnet, vpc } from '../testing/build';
import { reachMatrix } from './reach-matrix';

/** Peering a–b–c, a transit gateway joining a, d (which overlaps a) and the data centre's VPN, and an internet exit in a. */
const design = () =>
  buildDocument(
    [
      region('r', 'eu-west-1'),
      vpc('a', ['10.0.0.0/16'], { parent: 'r', name: 'app' }),
      subnet('a-pub', 'a', '10.0.0.0/24', { props: { public: true } }),
      node('igw', 'internet-gateway', 'a'),
      vpc('b', ['10.1.0.0/16'], { parent: 'r', name: 'billing' }),
      subnet('b-1', 'b', '10.1.0.0/24'),
      vpc('c', ['10.2.0.0/16'], { parent: 'r', name: 'Core' }),
      vpc('d', ['10.0.0.0/16'], { parent: 'r', name: 'dup' }),
      node('tgw', 'transit-gateway', 'r'),
      onPrem('dc', ['192.168.0.0/16']),
      node('cgw', 'customer-gateway', 'dc'),
      node('vpn', 'vpn-connection', 'r'),
      node('net', 'internet', undefined, undefined, { name: 'Internet' }),
    ],
    [
      link('pcx-ab', 'vpc-peering', 'a', 'b'),
      link('pcx-bc', 'vpc-peering', 'b', 'c'),
      link('att-a', 'tgw-attachment', 'tgw', 'a'),
      link('att-d', 'tgw-attachment', 'tgw', 'd'),
      link('vpn-c', 'vpn-link', 'vpn', 'cgw'),
      link('vpn-t', 'vpn-link', 'vpn', 'tgw'),
    ],
  );

describe('reachMatrix', () => {
  it('has a row per VPC and on-premises network, by name then id, and the internet as the last column', () => {
    const m = reachMatrix(design());
    expect(m.rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'dc', 'd']);
    expect(m.columns.map((c) => c.id)).toEqual(['a', 'b', 'c', 'dc', 'd', 'net']);
    expect(m.rows[0]).toEqual({ id: 'a', kind: 'vpc', name: 'app', label: 'VPC app' });
    expect(m.rows[3]).toMatchObject({ kind: 'on-premises', name: 'dc', label: 'On-premises network dc' });
    expect(m.columns[5]).toMatchObject({ kind: 'internet', name: 'Internet' });
  });

  it('answers each ordered pair with reach, and leaves the diagonal empty', () => {
    const doc = design();
    const m = reachMatrix(doc);
    expect(m.cells).toHaveLength(m.rows.length);
    m.rows.forEach((row, i) => {
      expect(m.cells[i]).toHaveLength(m.columns.length);
      m.columns.forEach((column, j) => {
        if (row.id === column.id) expect(m.cells[i]![j]).toBeNull();
        else expect(m.cells[i]![j]).toEqual(reach(doc, row.id, column.id));
      });
    });
  });

  it('shows what the spec decides for the design: peering is not transitive, overlapping VPCs never reach', () => {
    const m = reachMatrix(design());
    const cell = (from: string, to: string) => m.cells[m.rows.findIndex((r) => r.id === from)]![m.columns.findIndex((c) => c.id === to)]!;
    expect(cell('a', 'b')).toMatchObject({ reachable: true, blockedBy: [] });
    expect(cell('b', 'a').reachable).toBe(true);
    expect(cell('a', 'c').reachable).toBe(false);
    expect(cell('a', 'c').blockedBy[0]!.rule).toBe('peering-not-transitive');
    expect(cell('a', 'd').reachable).toBe(false);
    expect(cell('a', 'd').blockedBy.map((b) => b.rule)).toContain('tgw-cidr-conflict');
    expect(cell('dc', 'd')).toMatchObject({ reachable: true });
    expect(cell('a', 'net')).toMatchObject({ reachable: true });
    expect(cell('b', 'net').reachable).toBe(false);
  });

  it('orders equal names by id, case-insensitively before by case', () => {
    const doc = buildDocument([
      vpc('vpc-2', ['10.0.0.0/16'], { name: 'shared' }),
      vpc('vpc-1', ['10.1.0.0/16'], { name: 'shared' }),
      vpc('vpc-0', ['10.2.0.0/16'], { name: 'Shared' }),
      vpc('zeta', ['10.3.0.0/16'], { name: ' ' }),
      vpc('vpc-9', ['10.4.0.0/16'], { name: 'Alpha' }),
    ]);
    const m = reachMatrix(doc);
    expect(m.rows.map((r) => r.id)).toEqual(['vpc-9', 'vpc-0', 'vpc-1', 'vpc-2', 'zeta']);
    // A blank name is shown as the id.
    expect(m.rows[4]!.name).toBe('zeta');
    expect(m.columns.map((c) => c.id)).toEqual(m.rows.map((r) => r.id));
  });

  it('has no internet column without an internet node, and nothing for an empty design', () => {
    const m = reachMatrix(buildDocument([vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16'])]));
    expect(m.columns.map((c) => c.kind)).toEqual(['vpc', 'vpc']);
    expect(m.cells[0]![1]).toMatchObject({ reachable: false, blockedBy: [{ rule: 'flow-no-path' }] });
    expect(reachMatrix(buildDocument([]))).toEqual({ rows: [], columns: [], cells: [] });
  });

  it('keeps to the networks asked for, sorted, once each', () => {
    const m = reachMatrix(design(), ['net', 'd', 'a', 'd']);
    expect(m.rows.map((r) => r.id)).toEqual(['a', 'd']);
    expect(m.columns.map((c) => c.id)).toEqual(['a', 'd', 'net']);
    expect(m.cells.map((row) => row.map((c) => c?.reachable ?? null))).toEqual([
      [null, false, true],
      [false, null, false],
    ]);
  });

  it('refuses an id that is not a network of the document', () => {
    expect(() => reachMatrix(design(), ['a', 'nope'])).toThrow(ReachInputError);
    expect(() => reachMatrix(design(), ['a', 'nope'])).toThrow(/no node has id "nope"/);
    expect(() => reachMatrix(design(), ['a-pub'])).toThrow(/Subnet a-pub is not a network/);
    expect(() => reachMatrix(design(), ['pcx-ab'])).toThrow(ReachInputError);
  });

  it('fills a 60-network matrix: every VPC on one transit gateway reaches every other', () => {
    const nodes = [region('r', 'eu-west-1'), node('tgw', 'transit-gateway', 'r')];
    const connections = [];
    for (let i = 0; i < 60; i++) {
      nodes.push(vpc(`v${i}`, [`10.${i}.0.0/16`], { parent: 'r' }));
      connections.push(link(`att-${i}`, 'tgw-attachment', 'tgw', `v${i}`));
    }
    const m = reachMatrix(buildDocument(nodes, connections));
    expect(m.cells.flat().filter((c) => c?.reachable)).toHaveLength(60 * 59);
  });
});
