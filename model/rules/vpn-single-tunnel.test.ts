import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node } from '../testing/build';
import { vpnSingleTunnel } from './vpn-single-tunnel';

describe('vpn-single-tunnel', () => {
  it('warns about a VPN connection with one tunnel and offers the second', () => {
    const findings = vpnSingleTunnel.check(indexOf(buildDocument([node('vpn', 'vpn-connection', undefined, { tunnels: 1 }, { name: 'branch VPN' })])));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'vpn-single-tunnel',
      severity: 'warning',
      subjects: ['vpn'],
      fix: { element: 'vpn', prop: 'tunnels', value: 2 },
    });
    expect(findings[0]!.message).toMatch(/^Site-to-Site VPN connection branch VPN uses one tunnel/);
  });

  it('says nothing about the default two tunnels', () => {
    expect(vpnSingleTunnel.check(indexOf(buildDocument([node('vpn', 'vpn-connection'), node('vpn-2', 'vpn-connection', undefined, { tunnels: 2 })])))).toEqual([]);
  });
});
