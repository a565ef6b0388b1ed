import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, region, vpc } from '../testing/build';
import { vgwDetached } from './vgw-detached';

const check = (nodes: Record<string, unknown>[], connections: Record<string, unknown>[] = []) =>
  vgwDetached.check(indexOf(buildDocument(nodes, connections)));

const base = [
  region('tokyo', 'ap-northeast-1'),
  vpc('prod', ['10.0.0.0/16'], { parent: 'tokyo' }),
  node('dxgw', 'dx-gateway'),
  node('vpn-1', 'vpn-connection', 'tokyo'),
  node('dx', 'dx-connection', 'tokyo'),
];

describe('vgw-detached', () => {
  it('is an error when a detached VGW has a DX gateway association', () => {
    const findings = check([...base, node('spare', 'vpn-gateway', 'tokyo')], [link('assoc', 'dxgw-association', 'dxgw', 'spare')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vgw-detached', severity: 'error', subjects: ['assoc', 'spare', 'dxgw'] });
    expect(findings[0]!.message).toContain('Virtual private gateway spare');
    expect(findings[0]!.message).toContain('Direct Connect gateway dxgw');
  });

  it('warns once when a detached VGW carries VPNs and VIFs', () => {
    const findings = check(
      [...base, node('spare', 'vpn-gateway', 'tokyo')],
      [link('l1', 'vpn-link', 'vpn-1', 'spare'), link('vif-1', 'vif', 'dx', 'spare')],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vgw-detached', severity: 'warning', subjects: ['spare', 'vpn-1', 'vif-1'] });
    expect(findings[0]!.message).toMatch(/Site-to-Site VPN connection vpn-1 and the virtual interface vif-1 .* reach no VPC/);
    expect(findings[0]!.message).toContain('VPN CloudHub');
  });

  it('says a lone VPN on a detached VGW reaches no VPC', () => {
    const findings = check([...base, node('spare', 'vpn-gateway')], [link('l1', 'vpn-link', 'spare', 'vpn-1')]);
    expect(findings.map((f) => f.severity)).toEqual(['warning']);
    expect(findings[0]!.message).toContain('vpn-1 reaches no VPC');
  });

  it('says nothing about the same VGW attached to a VPC', () => {
    expect(
      check(
        [...base, node('vgw', 'vpn-gateway', 'prod')],
        [link('assoc', 'dxgw-association', 'dxgw', 'vgw'), link('l1', 'vpn-link', 'vpn-1', 'vgw'), link('vif-1', 'vif', 'dx', 'vgw')],
      ),
    ).toEqual([]);
  });

  it('says nothing about a detached VGW with nothing on it', () => {
    expect(check([...base, node('spare', 'vpn-gateway', 'tokyo')])).toEqual([]);
  });
});
