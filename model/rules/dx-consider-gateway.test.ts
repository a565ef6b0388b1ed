import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { dxConsiderGateway } from './dx-consider-gateway';

type Raw = Record<string, unknown>;
const withVgw = (id: string, cidr: string): Raw[] => [vpc(id, [cidr]), node(`vgw-${id}`, 'vpn-gateway', id)];
const nodes: Raw[] = [...withVgw('a', '10.0.0.0/16'), ...withVgw('b', '10.1.0.0/16'), ...withVgw('c', '10.2.0.0/16'), node('dx', 'dx-connection'), node('dx2', 'dx-connection'), node('dxgw', 'dx-gateway'), node('loose', 'vpn-gateway')];
const run = (connections: Raw[]) => dxConsiderGateway.check(indexOf(buildDocument(nodes, connections)));

describe('dx-consider-gateway', () => {
  it('suggests a gateway when one DX connection has private VIFs to the VGWs of several VPCs', () => {
    const findings = run([link('v1', 'vif', 'dx', 'vgw-a'), link('v2', 'vif', 'vgw-b', 'dx'), link('v3', 'vif', 'dx', 'vgw-c')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'dx-consider-gateway', severity: 'info', subjects: ['dx', 'v1', 'v2', 'v3', 'a', 'b', 'c'] });
    expect(findings[0]!.message).toBe(
      'Direct Connect connection dx has private virtual interfaces straight to the virtual private gateways of 3 VPCs (VPC a, VPC b and VPC c); ' +
        'a Direct Connect gateway or a transit gateway would reach them all over fewer virtual interfaces, and scales better.',
    );
  });

  it('near misses: one VPC per connection, a DX gateway, a detached VGW, a transit VIF', () => {
    expect(run([link('v1', 'vif', 'dx', 'vgw-a'), link('v2', 'vif', 'dx2', 'vgw-b')])).toEqual([]);
    expect(run([link('v1', 'vif', 'dx', 'vgw-a'), link('v2', 'vif', 'dx', 'vgw-a'), link('v3', 'vif', 'dx', 'dxgw'), link('v4', 'vif', 'dx', 'loose')])).toEqual([]);
    expect(run([link('v1', 'vif', 'dx', 'vgw-a'), link('v2', 'vif', 'dx', 'vgw-b', { type: 'transit' })])).toEqual([]);
  });
});
