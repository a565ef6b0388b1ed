import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { connectionEndsInvalid } from './connection-ends-invalid';

const nodes = [
  vpc('prod', ['10.0.0.0/16']),
  vpc('dev', ['10.1.0.0/16']),
  subnet('web', 'prod', '10.0.0.0/24'),
  node('tgw', 'transit-gateway'),
  node('vpn', 'vpn-connection'),
  node('dx', 'dx-connection'),
  node('net', 'internet'),
  onPrem('dc', ['192.168.0.0/16']),
  node('cgw', 'customer-gateway', 'dc'),
];
const run = (connections: Array<Record<string, unknown>>) => connectionEndsInvalid.check(indexOf(buildDocument(nodes, connections)));

describe('connection-ends-invalid', () => {
  it('refuses a peering from a VPC to a subnet, naming both ends and what the kind joins', () => {
    const findings = run([link('pcx', 'vpc-peering', 'prod', 'web')]);
    expect(findings).toEqual([
      {
        rule: 'connection-ends-invalid',
        severity: 'error',
        message: 'VPC peering pcx cannot join VPC prod to Subnet web: a VPC peering joins a VPC and another VPC.',
        subjects: ['pcx', 'prod', 'web'],
      },
    ]);
  });

  it('refuses a connection from a node to itself', () => {
    const findings = run([link('loop', 'vpc-peering', 'prod', 'prod', undefined)]);
    expect(findings).toEqual([expect.objectContaining({ subjects: ['loop', 'prod'], message: 'VPC peering loop joins VPC prod to itself.' })]);
  });

  it('lists every kind each end may be', () => {
    const [f] = run([link('l', 'vpn-link', 'vpn', 'prod')]);
    expect(f!.message).toBe(
      'VPN link l cannot join Site-to-Site VPN connection vpn to VPC prod: a VPN link joins a Site-to-Site VPN connection and a customer gateway, a virtual private gateway or a transit gateway.',
    );
  });

  it('checks the direction of a flow', () => {
    const findings = run([link('f', 'flow', 'net', 'prod')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subjects).toEqual(['f', 'net', 'prod']);
    expect(findings[0]!.message).toBe(
      'Flow f cannot join Internet net to VPC prod: a flow goes from a VPC, a subnet, an instance or an on-premises network to a VPC, a subnet, an instance, an on-premises network or the internet.',
    );
  });

  it('accepts connections whose ends fit, either way round unless directed', () => {
    expect(
      run([
        link('pcx', 'vpc-peering', 'prod', 'dev'),
        link('att', 'tgw-attachment', 'prod', 'tgw'),
        link('l1', 'vpn-link', 'cgw', 'vpn'),
        link('l2', 'vpn-link', 'vpn', 'tgw'),
        link('dxl', 'dx-link', 'dx', 'cgw'),
        link('pub', 'vif', 'dx', 'net', { type: 'public' }),
        link('f1', 'flow', 'web', 'net'),
        link('f2', 'flow', 'dc', 'prod'),
      ]),
    ).toEqual([]);
  });

  it('makes canConnect refuse what validation reports', () => {
    const doc = buildDocument(nodes);
    expect(canConnect(doc, 'prod', 'web', { kind: 'vpc-peering' })).toMatchObject({ ok: false, reason: expect.stringContaining('a VPC peering joins a VPC and another VPC') });
  });
});
