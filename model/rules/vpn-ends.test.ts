import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { asConnectionId, asNodeId, PROPOSED_ID } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem, vpc } from '../testing/build';
import { vpnEnds } from './vpn-ends';

const nodes = [
  vpc('prod', ['10.0.0.0/16']),
  node('vgw', 'vpn-gateway', 'prod'),
  node('tgw', 'transit-gateway'),
  onPrem('hq', ['192.168.0.0/16']),
  node('cgw-1', 'customer-gateway', 'hq'),
  node('cgw-2', 'customer-gateway', 'hq'),
  node('vpn', 'vpn-connection'),
];
const doc = (connections: Record<string, unknown>[]) => buildDocument(nodes, connections);
const check = (connections: Record<string, unknown>[]) => vpnEnds.check(indexOf(doc(connections)));

describe('vpn-ends', () => {
  it('accepts one customer gateway and one VGW', () => {
    expect(check([link('l1', 'vpn-link', 'vpn', 'cgw-1'), link('l2', 'vpn-link', 'vgw', 'vpn')])).toEqual([]);
  });

  it('accepts one customer gateway and one transit gateway', () => {
    expect(check([link('l1', 'vpn-link', 'vpn', 'cgw-1'), link('l2', 'vpn-link', 'vpn', 'tgw')])).toEqual([]);
  });

  it('reports a missing AWS side', () => {
    const findings = check([link('l1', 'vpn-link', 'vpn', 'cgw-1')]);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'vpn-ends', severity: 'error', subjects: ['vpn'] }),
    ]);
    expect(findings[0]!.message).toMatch(/^Site-to-Site VPN connection vpn has no virtual private gateway or transit gateway/);
  });

  it('reports both sides missing in one finding', () => {
    const findings = check([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('has no customer gateway and no virtual private gateway or transit gateway');
  });

  it('reports a second customer gateway, naming the first', () => {
    const findings = check([
      link('l1', 'vpn-link', 'vpn', 'cgw-1'),
      link('l2', 'vpn-link', 'vpn', 'vgw'),
      link('l3', 'vpn-link', 'cgw-2', 'vpn'),
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vpn-ends', severity: 'error', subjects: ['vpn', 'cgw-1', 'cgw-2', 'l1', 'l3'] });
    expect(findings[0]!.message).toContain('ends on Customer gateway cgw-1 and Customer gateway cgw-2');
  });

  it('reports a repeated link to the same customer gateway', () => {
    const findings = check([link('l1', 'vpn-link', 'vpn', 'cgw-1'), link('l2', 'vpn-link', 'vpn', 'vgw'), link('l3', 'vpn-link', 'vpn', 'cgw-1')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subjects: ['vpn', 'cgw-1', 'l1', 'l3'] });
    expect(findings[0]!.message).toContain('is linked to Customer gateway cgw-1 by 2 links');
  });

  it('says the same whatever the order of the links in the file', () => {
    const links = [link('l1', 'vpn-link', 'vpn', 'cgw-1'), link('l2', 'vpn-link', 'vpn', 'vgw'), link('l3', 'vpn-link', 'vpn', 'cgw-1'), link('l4', 'vpn-link', 'vpn', 'cgw-2')];
    const key = (fs: ReturnType<typeof check>) => fs.map((f) => `${f.message}|${[...f.subjects].sort().join(',')}`).sort();
    expect(key(check([...links].reverse()))).toEqual(key(check(links)));
    expect(check(links)).toHaveLength(2);
  });

  it('reports a second AWS side even when the first is a VGW and the second a transit gateway', () => {
    const findings = check([link('l1', 'vpn-link', 'vpn', 'cgw-1'), link('l2', 'vpn-link', 'vpn', 'vgw'), link('l3', 'vpn-link', 'vpn', 'tgw')]);
    expect(findings.map((f) => f.subjects)).toEqual([['vpn', 'tgw', 'vgw', 'l3', 'l2']]);
    expect(findings[0]!.message).toContain('Virtual private gateway vgw');
  });
});

describe('vpn-ends while drawing', () => {
  it('allows the first link of a VPN, though it still lacks its other side', () => {
    expect(canConnect(doc([]), 'vpn', 'cgw-1')).toMatchObject({ ok: true, kind: 'vpn-link' });
  });

  it('reports nothing missing about a proposed first link', () => {
    const index = indexOf(doc([]));
    const proposal = { id: asConnectionId(PROPOSED_ID), kind: 'vpn-link' as const, source: asNodeId('vpn'), target: asNodeId('cgw-1') };
    expect(vpnEnds.checkConnection!(index.withConnection(proposal), proposal)).toEqual([]);
  });

  it('allows the second side', () => {
    expect(canConnect(doc([link('l1', 'vpn-link', 'vpn', 'cgw-1')]), 'vgw', 'vpn').ok).toBe(true);
  });

  it('refuses a second customer gateway', () => {
    const answer = canConnect(doc([link('l1', 'vpn-link', 'vpn', 'cgw-1')]), 'vpn', 'cgw-2');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('already ends on Customer gateway cgw-1');
  });

  it('refuses a third link', () => {
    const answer = canConnect(doc([link('l1', 'vpn-link', 'vpn', 'cgw-1'), link('l2', 'vpn-link', 'vpn', 'vgw')]), 'tgw', 'vpn');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('already ends on Virtual private gateway vgw');
  });
});
