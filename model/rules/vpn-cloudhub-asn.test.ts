import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem, vpc } from '../testing/build';
import { vpnCloudhubAsn } from './vpn-cloudhub-asn';

type Raw = Record<string, unknown>;

/** Two sites, each with a customer gateway and a VPN to one VGW. */
function twoSites(asnA: number | undefined, asnB: number | undefined, options: { routingB?: string; sameSite?: boolean } = {}) {
  const nodes: Raw[] = [
    vpc('prod', ['10.0.0.0/16']),
    node('vgw', 'vpn-gateway', 'prod'),
    onPrem('hq', ['192.168.0.0/16']),
    onPrem('branch', ['172.20.0.0/16']),
    node('cgw-a', 'customer-gateway', 'hq', asnA === undefined ? undefined : { asn: asnA }),
    node('cgw-b', 'customer-gateway', options.sameSite ? 'hq' : 'branch', asnB === undefined ? undefined : { asn: asnB }),
    node('vpn-a', 'vpn-connection'),
    node('vpn-b', 'vpn-connection', undefined, options.routingB ? { routing: options.routingB } : undefined),
  ];
  const connections: Raw[] = [
    link('a1', 'vpn-link', 'vpn-a', 'cgw-a'),
    link('a2', 'vpn-link', 'vpn-a', 'vgw'),
    link('b1', 'vpn-link', 'vpn-b', 'cgw-b'),
    link('b2', 'vpn-link', 'vgw', 'vpn-b'),
  ];
  return vpnCloudhubAsn.check(indexOf(buildDocument(nodes, connections)));
}

describe('vpn-cloudhub-asn', () => {
  it('warns when two sites on one VGW share an ASN', () => {
    const findings = twoSites(65000, 65000);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'vpn-cloudhub-asn',
      severity: 'warning',
      subjects: ['cgw-b', 'cgw-a', 'vgw', 'vpn-b', 'vpn-a'],
    });
    expect(findings[0]!.message).toContain('Customer gateway cgw-b of On-premises network branch (172.20.0.0/16)');
    expect(findings[0]!.message).toContain('Customer gateway cgw-a of On-premises network hq (192.168.0.0/16)');
    expect(findings[0]!.message).toContain('BGP ASN 65000 on Virtual private gateway vgw');
  });

  it('accepts distinct ASNs', () => {
    expect(twoSites(65000, 65001)).toEqual([]);
  });

  it('accepts a shared ASN within one site (two routers of one data centre)', () => {
    expect(twoSites(65000, 65000, { sameSite: true })).toEqual([]);
  });

  it('says nothing while an ASN is not chosen', () => {
    expect(twoSites(65000, undefined)).toEqual([]);
  });

  it('warns about a static VPN among several sites', () => {
    const findings = twoSites(65000, 65001, { routingB: 'static' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vpn-cloudhub-asn', severity: 'warning', subjects: ['vpn-b', 'vgw', 'branch'] });
    expect(findings[0]!.message).toContain('Site-to-Site VPN connection vpn-b uses static routing to Virtual private gateway vgw');
    expect(findings[0]!.message).toContain('On-premises network branch (172.20.0.0/16) cannot reach the other sites');
  });

  it('says nothing about a static VPN when the VGW joins one site only', () => {
    expect(twoSites(65000, 65000, { routingB: 'static', sameSite: true })).toEqual([]);
  });
});
