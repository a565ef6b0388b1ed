/** Allowed prefixes are what on-premises learns (routing.md, "Version 2 also corrects version 1's reach"). */
import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { reach } from './reach';

type Raw = Record<string, unknown>;

const rules = (result: { blockedBy: Array<{ rule: string }> }) => result.blockedBy.map((b) => b.rule);

const siteWithDx = [
  onPrem('dc', ['192.168.0.0/16']),
  node('cgw', 'customer-gateway', 'dc'),
  node('dx1', 'dx-connection'),
  node('dxgw', 'dx-gateway'),
];
const dxLinks = (type: 'transit' | 'private') => [link('dl', 'dx-link', 'cgw', 'dx1'), link('vif1', 'vif', 'dx1', 'dxgw', { type })];

/** A transit gateway associated with the DX gateway, with VPCs a (10.1/16, subnet a-app 10.1.1/24) and b (10.2/16, subnet b-app 10.2.1/24). */
function throughTransitGateway(allowedPrefixes: string[], extraNodes: Raw[] = [], extraLinks: Raw[] = []) {
  return buildDocument(
    [
      ...siteWithDx,
      node('tgw', 'transit-gateway'),
      vpc('a', ['10.1.0.0/16']),
      subnet('a-app', 'a', '10.1.1.0/24'),
      vpc('b', ['10.2.0.0/16']),
      subnet('b-app', 'b', '10.2.1.0/24'),
      ...extraNodes,
    ],
    [
      ...dxLinks('transit'),
      link('assoc', 'dxgw-association', 'dxgw', 'tgw', { allowedPrefixes }),
      link('att-a', 'tgw-attachment', 'tgw', 'a'),
      link('att-b', 'tgw-attachment', 'tgw', 'b'),
      ...extraLinks,
    ],
  );
}

describe('allowed prefixes through a transit gateway association', () => {
  it('a site reaches a VPC whose block an allowed prefix contains, both ways', () => {
    const doc = throughTransitGateway(['10.1.0.0/16']);
    expect(reach(doc, 'dc', 'a').reachable).toBe(true);
    expect(reach(doc, 'a', 'dc').reachable).toBe(true);
    expect(reach(doc, 'dc', 'a-app').reachable).toBe(true);
  });

  it('a VPC block outside every allowed prefix is not reached (dxgw-allowed-prefixes)', () => {
    const doc = throughTransitGateway(['10.1.0.0/16']);
    const result = reach(doc, 'dc', 'b');
    expect(result.reachable).toBe(false);
    expect(result.blockedBy).toEqual([
      {
        rule: 'dxgw-allowed-prefixes',
        subjects: ['assoc', 'b', 'tgw'],
        message:
          'Direct Connect gateway association assoc advertises only 10.1.0.0/16 on-premises, which does not contain 10.2.0.0/16 of VPC b: on-premises learns only the allowed prefixes, so it has no route there.',
      },
    ]);
    expect(rules(reach(doc, 'b-app', 'dc'))).toEqual(['dxgw-allowed-prefixes']);
  });

  it('a subnet is reached when a prefix contains its block, though not the whole VPC', () => {
    const doc = throughTransitGateway(['10.2.1.0/24']);
    expect(reach(doc, 'dc', 'b-app').reachable).toBe(true);
    expect(rules(reach(doc, 'dc', 'b'))).toEqual(['dxgw-allowed-prefixes']);
  });

  it('an association to a transit gateway without allowed prefixes advertises nothing', () => {
    expect(rules(reach(throughTransitGateway([]), 'dc', 'a'))).toEqual(['dxgw-allowed-prefixes']);
  });

  it('another way in (a VPN to the transit gateway) still reaches, whatever the prefixes', () => {
    const doc = throughTransitGateway(['10.1.0.0/16'], [node('vpn', 'vpn-connection')], [link('v1', 'vpn-link', 'cgw', 'vpn'), link('v2', 'vpn-link', 'vpn', 'tgw')]);
    expect(reach(doc, 'dc', 'b').path).toEqual(['dc', 'cgw', 'v1', 'vpn', 'v2', 'tgw', 'att-b', 'b']);
  });

  it('sites reaching each other, or VPCs, are not concerned', () => {
    const doc = throughTransitGateway([]);
    expect(reach(doc, 'a', 'b').reachable).toBe(true);
  });
});

describe('allowed prefixes through a VGW association', () => {
  const throughVgw = (allowedPrefixes: string[]) =>
    buildDocument(
      [...siteWithDx, vpc('a', ['10.1.0.0/16', '10.9.0.0/16']), node('vgw', 'vpn-gateway', 'a')],
      [...dxLinks('private'), link('assoc', 'dxgw-association', 'dxgw', 'vgw', { allowedPrefixes })],
    );

  it('an empty list advertises every block of the VPC', () => {
    expect(reach(throughVgw([]), 'dc', 'a').reachable).toBe(true);
  });

  it('a list must contain every block of the VPC for the VPC to be reached', () => {
    expect(reach(throughVgw(['10.0.0.0/8']), 'dc', 'a').reachable).toBe(true);
    const result = reach(throughVgw(['10.1.0.0/16']), 'dc', 'a');
    expect(rules(result)).toEqual(['dxgw-allowed-prefixes']);
    expect(result.blockedBy[0]!.message).toContain('does not contain 10.9.0.0/16 of VPC a');
  });
});

describe('allowed prefixes toward the internet', () => {
  const egress = (allowedPrefixes: string[]) =>
    buildDocument(
      [
        ...siteWithDx,
        node('tgw', 'transit-gateway'),
        vpc('e', ['10.9.0.0/16']),
        subnet('e-pub', 'e', '10.9.1.0/24', { props: { public: true } }),
        node('e-igw', 'internet-gateway', 'e'),
        node('e-nat', 'nat-gateway', 'e-pub'),
        node('net', 'internet'),
      ],
      [...dxLinks('transit'), link('assoc', 'dxgw-association', 'dxgw', 'tgw', { allowedPrefixes }), link('att-e', 'tgw-attachment', 'tgw', 'e')],
    );

  it('a site leaves through an egress VPC over Direct Connect only when it learns the default route', () => {
    expect(reach(egress(['0.0.0.0/0']), 'dc', 'net').path).toEqual(['dc', 'cgw', 'dl', 'dx1', 'vif1', 'dxgw', 'assoc', 'tgw', 'att-e', 'e', 'e-nat', 'e-igw', 'net']);
    // The way straight out through the internet gateway is no way either (a VPC is not a transit point).
    expect(rules(reach(egress(['10.0.0.0/8']), 'dc', 'net'))).toEqual(['dxgw-allowed-prefixes', 'vpc-not-transit']);
  });
});
