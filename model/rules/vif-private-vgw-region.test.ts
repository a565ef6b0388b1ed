import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, region, vpc } from '../testing/build';
import { vifPrivateVgwRegion } from './vif-private-vgw-region';

type Raw = Record<string, unknown>;
const nodes: Raw[] = [
  region('tokyo', 'ap-northeast-1'),
  region('osaka', 'ap-northeast-3'),
  vpc('tk', ['10.0.0.0/16'], { parent: 'tokyo' }),
  vpc('os', ['10.1.0.0/16'], { parent: 'osaka' }),
  vpc('nowhere', ['10.2.0.0/16']),
  node('vgw-tk', 'vpn-gateway', 'tk'),
  node('vgw-os', 'vpn-gateway', 'os'),
  node('vgw-nowhere', 'vpn-gateway', 'nowhere'),
  node('dx', 'dx-connection', 'tokyo'),
  node('dxgw', 'dx-gateway'),
];
const run = (connections: Raw[]) => vifPrivateVgwRegion.check(indexOf(buildDocument(nodes, connections)));

describe('vif-private-vgw-region', () => {
  it('fires on a private VIF straight to a VGW in another region', () => {
    const findings = run([link('vif1', 'vif', 'dx', 'vgw-os')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vif-private-vgw-region', severity: 'error', subjects: ['vif1', 'vgw-os', 'dx'] });
    expect(findings[0]!.message).toBe(
      'Private virtual interface vif1 goes from Direct Connect connection dx in ap-northeast-1 straight to Virtual private gateway vgw-os in ap-northeast-3; ' +
        "a private VIF reaches a virtual private gateway only in its connection's region, so use a Direct Connect gateway for other regions.",
    );
  });

  it('near misses: same region, unknown region, through a DX gateway, not private', () => {
    expect(
      run([
        link('v1', 'vif', 'dx', 'vgw-tk'),
        link('v2', 'vif', 'vgw-nowhere', 'dx'),
        link('v3', 'vif', 'dx', 'dxgw'),
        link('v4', 'vif', 'dx', 'vgw-os', { type: 'transit' }),
      ]),
    ).toEqual([]);
  });
});

describe('canConnect with vif-private-vgw-region', () => {
  const doc = buildDocument(nodes);
  it('refuses a VIF from a DX connection to a VGW in another region, saying why', () => {
    const answer = canConnect(doc, 'dx', 'vgw-os');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toMatch(/^The new private virtual interface goes from Direct Connect connection dx in ap-northeast-1 straight to Virtual private gateway vgw-os in ap-northeast-3;/);
  });
  it('accepts one to a VGW in the same region', () => {
    expect(canConnect(doc, 'dx', 'vgw-tk').ok).toBe(true);
  });
});
