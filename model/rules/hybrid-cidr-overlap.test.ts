import { describe, expect, it } from 'vitest';
import { parseCidr, type CidrBlock } from '../cidr/cidr';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem, vpc } from '../testing/build';
import { blockLookup, connectedVpcs, hybridCidrOverlap } from './hybrid-cidr-overlap';

type Raw = Record<string, unknown>;
const site = (id: string, cidrs: string[]): Raw[] => [onPrem(id, cidrs), node(`cgw-${id}`, 'customer-gateway', id)];
const withVgw = (id: string, cidrs: string[]): Raw[] => [vpc(id, cidrs), node(`vgw-${id}`, 'vpn-gateway', id)];
const vpn = (id: string, cgw: string, aws: string): Raw[] => [link(`${id}-c`, 'vpn-link', id, cgw), link(`${id}-a`, 'vpn-link', id, aws)];
const block = (text: string): CidrBlock => {
  const parsed = parseCidr(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.block;
};

describe('hybrid-cidr-overlap', () => {
  it('warns when an on-premises block overlaps a VPC reached over a VPN to its VGW', () => {
    const doc = buildDocument([...site('dc', ['192.168.0.0/16', '10.0.0.0/8']), ...withVgw('prod', ['10.1.0.0/16']), node('vpn1', 'vpn-connection')], vpn('vpn1', 'cgw-dc', 'vgw-prod'));
    const findings = hybridCidrOverlap.check(indexOf(doc));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'hybrid-cidr-overlap', severity: 'warning', subjects: ['dc', 'prod'] });
    expect(findings[0]!.message).toBe(
      "On-premises network dc (10.0.0.0/8) overlaps VPC prod (10.1.0.0/16), which it is connected to; the VPC's local route wins, so those on-premises addresses are unreachable from VPC prod.",
    );
  });

  it('follows Direct Connect to a VGW, through a DX gateway, and through a transit gateway', () => {
    const doc = buildDocument(
      [
        ...site('dc', ['10.0.0.0/8']),
        node('dx', 'dx-connection'),
        node('dxgw', 'dx-gateway'),
        node('dxgw-t', 'dx-gateway'),
        node('tgw', 'transit-gateway'),
        node('tgw2', 'transit-gateway'),
        node('vpn1', 'vpn-connection'),
        ...withVgw('direct', ['10.1.0.0/16']),
        ...withVgw('via-dxgw', ['10.2.0.0/16']),
        vpc('via-tgw', ['10.3.0.0/16']),
        vpc('via-dxgw-tgw', ['10.4.0.0/16']),
      ],
      [
        link('dl', 'dx-link', 'dx', 'cgw-dc'),
        link('v1', 'vif', 'dx', 'vgw-direct'),
        link('v2', 'vif', 'dx', 'dxgw'),
        link('a1', 'dxgw-association', 'dxgw', 'vgw-via-dxgw'),
        ...vpn('vpn1', 'cgw-dc', 'tgw'),
        link('att1', 'tgw-attachment', 'tgw', 'via-tgw'),
        link('v3', 'vif', 'dx', 'dxgw-t', { type: 'transit' }),
        link('a2', 'dxgw-association', 'dxgw-t', 'tgw2'),
        link('att2', 'tgw-attachment', 'via-dxgw-tgw', 'tgw2'),
      ],
    );
    const findings = hybridCidrOverlap.check(indexOf(doc));
    // One finding for the network, naming every VPC it overlaps.
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subjects.slice(1).sort()).toEqual(['direct', 'via-dxgw', 'via-dxgw-tgw', 'via-tgw']);
    expect(findings[0]!.message).toMatch(/^On-premises network dc overlaps 4 VPCs it is connected to: VPC [\w-]+ \(10\.\d\.0\.0\/16 overlaps 10\.0\.0\.0\/8\), .* and 1 more; /);
  });

  it('near misses: distinct blocks, and VPCs joined only through paths that are not "connected"', () => {
    const doc = buildDocument(
      [
        ...site('dc', ['10.0.0.0/8']),
        ...site('branch', ['172.16.0.0/16']),
        node('vpn1', 'vpn-connection'),
        node('vpn2', 'vpn-connection'),
        node('dxgw', 'dx-gateway'),
        node('tgw', 'transit-gateway'),
        node('tgw-peer', 'transit-gateway'),
        ...withVgw('hub', ['192.168.0.0/16']),
        ...withVgw('other', ['10.5.0.0/16']),
        vpc('peer', ['10.6.0.0/16']),
        vpc('far', ['10.7.0.0/16']),
        vpc('branch-vpc', ['10.8.0.0/16']),
        node('vgw-branch', 'vpn-gateway'),
      ],
      [
        ...vpn('vpn1', 'cgw-dc', 'vgw-hub'),
        // The hub's VGW is associated with a DX gateway that also holds another VPC: VGW to VGW is not a path.
        link('a1', 'dxgw-association', 'dxgw', 'vgw-hub'),
        link('a2', 'dxgw-association', 'dxgw', 'vgw-other'),
        // VPC peering is not followed; the hub's transit gateway (and the one peered with it) is
        // not reached from dc at all: dc's only way in is the hub's VGW.
        link('pcx', 'vpc-peering', 'hub', 'peer'),
        link('att', 'tgw-attachment', 'tgw', 'hub'),
        link('tp', 'tgw-peering', 'tgw', 'tgw-peer'),
        link('att-far', 'tgw-attachment', 'tgw-peer', 'far'),
        // Another site's CloudHub VGW does not lead back to dc.
        ...vpn('vpn2', 'cgw-branch', 'vgw-branch'),
      ],
    );
    const index = indexOf(doc);
    expect(hybridCidrOverlap.check(index)).toEqual([]);
    expect(connectedVpcs(index, index.node('dc')!).map((v) => v.id)).toEqual(['hub']);
  });

  it('follows transit gateway peerings, as reach does', () => {
    const doc = buildDocument(
      [...site('dc', ['10.0.0.0/24']), node('vpn1', 'vpn-connection'), node('t1', 'transit-gateway'), node('t2', 'transit-gateway'), node('t3', 'transit-gateway'), vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16'])],
      [...vpn('vpn1', 'cgw-dc', 't2'), link('p12', 'tgw-peering', 't2', 't1'), link('p13', 'tgw-peering', 't1', 't3'), link('att-a', 'tgw-attachment', 't3', 'a'), link('att-b', 'tgw-attachment', 't1', 'b')],
    );
    const index = indexOf(doc);
    expect(connectedVpcs(index, index.node('dc')!).map((v) => v.id)).toEqual(['b', 'a']);
    expect(hybridCidrOverlap.check(index).map((f) => f.subjects)).toEqual([['dc', 'a']]);
  });

  it('finds overlaps among many VPCs without comparing every pair', () => {
    const nodes: Raw[] = [...site('dc', ['10.3.0.0/16', '172.16.0.0/12']), node('tgw', 'transit-gateway'), node('vpn1', 'vpn-connection')];
    const connections: Raw[] = [...vpn('vpn1', 'cgw-dc', 'tgw')];
    for (let i = 0; i < 5000; i++) {
      nodes.push(vpc(`v${i}`, [`10.${i >> 8}.${i & 255}.0/24`]));
      connections.push(link(`att${i}`, 'tgw-attachment', 'tgw', `v${i}`));
    }
    const index = indexOf(buildDocument(nodes, connections));
    // Reading props and parsing blocks is the index's cost, shared by every rule: time only the rule.
    for (const n of index.nodes()) index.ipv4Blocks(n);
    const findings = hybridCidrOverlap.check(index);
    // VPC v768 is 10.3.0.0/24, … v1023 is 10.3.255.0/24: exactly those are inside 10.3.0.0/16.
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subjects).toEqual(['dc', ...Array.from({ length: 256 }, (_, i) => `v${768 + i}`)]);
    expect(findings[0]!.message).toContain('overlaps 256 VPCs it is connected to: VPC v768 (10.3.0.0/24 overlaps 10.3.0.0/16), VPC v769');
  });
});

describe('blockLookup', () => {
  const lookup = blockLookup(['10.0.0.0/8', '10.1.0.0/16', '192.168.1.0/24', '172.16.0.0/12'].map(block));
  it('finds the on-premises block that overlaps, nested either way', () => {
    expect(lookup(block('10.9.0.0/16'))?.text).toBe('10.0.0.0/8');
    expect(lookup(block('192.168.0.0/16'))?.text).toBe('192.168.1.0/24');
    expect(lookup(block('172.31.255.0/24'))?.text).toBe('172.16.0.0/12');
  });
  it('finds nothing for disjoint blocks', () => {
    expect(lookup(block('11.0.0.0/8'))).toBeUndefined();
    expect(lookup(block('192.168.2.0/24'))).toBeUndefined();
    expect(lookup(block('0.0.0.0/5'))).toBeUndefined();
  });
});
