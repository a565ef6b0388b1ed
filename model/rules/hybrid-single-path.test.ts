import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem, vpc } from '../testing/build';
import { hybridSinglePath } from './hybrid-single-path';

const nodes = [
  vpc('prod', ['10.0.0.0/16']),
  node('vgw', 'vpn-gateway', 'prod'),
  onPrem('hq', ['192.168.0.0/16']),
  node('cgw-1', 'customer-gateway', 'hq'),
  node('cgw-2', 'customer-gateway', 'hq'),
  node('vpn-1', 'vpn-connection'),
  node('vpn-2', 'vpn-connection'),
  node('dx', 'dx-connection'),
];
const oneVpn = [link('a', 'vpn-link', 'vpn-1', 'cgw-1'), link('b', 'vpn-link', 'vpn-1', 'vgw')];
const check = (connections: Record<string, unknown>[]) => hybridSinglePath.check(indexOf(buildDocument(nodes, connections)));

describe('hybrid-single-path', () => {
  it('notes a network that reaches AWS through one VPN only', () => {
    const findings = check(oneVpn);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'hybrid-single-path', severity: 'info', subjects: ['hq', 'vpn-1'] });
    expect(findings[0]!.message).toMatch(/^On-premises network hq \(192\.168\.0\.0\/16\) reaches AWS only through Site-to-Site VPN connection vpn-1/);
  });

  it('says nothing with a second VPN from a second customer gateway', () => {
    expect(check([...oneVpn, link('c', 'vpn-link', 'vpn-2', 'cgw-2'), link('d', 'vpn-link', 'vpn-2', 'vgw')])).toEqual([]);
  });

  it('says nothing with a Direct Connect connection as well', () => {
    expect(check([...oneVpn, link('c', 'dx-link', 'dx', 'cgw-2'), link('v', 'vif', 'dx', 'vgw')])).toEqual([]);
  });

  it('still notes it when the second path is half drawn', () => {
    const findings = check([...oneVpn, link('c', 'vpn-link', 'vpn-2', 'cgw-2'), link('e', 'dx-link', 'dx', 'cgw-2')]);
    expect(findings.map((f) => f.subjects)).toEqual([['hq', 'vpn-1']]);
  });

  it('says nothing about a VPN that reaches nothing yet', () => {
    expect(check([link('a', 'vpn-link', 'vpn-1', 'cgw-1')])).toEqual([]);
  });
});
