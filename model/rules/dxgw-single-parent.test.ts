import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { dxgwSingleParent } from './dxgw-single-parent';

type Raw = Record<string, unknown>;
const nodes: Raw[] = [vpc('prod', ['10.0.0.0/16']), node('vgw', 'vpn-gateway', 'prod'), node('gw1', 'dx-gateway'), node('gw2', 'dx-gateway'), node('gw3', 'dx-gateway')];
const run = (connections: Raw[]) => dxgwSingleParent.check(indexOf(buildDocument(nodes, connections)));

describe('dxgw-single-parent', () => {
  it('fires for each DX gateway after the first that a VGW is associated with', () => {
    const findings = run([
      link('as1', 'dxgw-association', 'gw1', 'vgw'),
      link('as2', 'dxgw-association', 'vgw', 'gw2'),
      link('as3', 'dxgw-association', 'gw3', 'vgw'),
    ]);
    expect(findings.map((f) => f.subjects)).toEqual([
      ['as2', 'vgw', 'gw2', 'gw1'],
      ['as3', 'vgw', 'gw3', 'gw1'],
    ]);
    expect(findings[0]).toMatchObject({ rule: 'dxgw-single-parent', severity: 'error' });
    expect(findings[0]!.message).toBe(
      'Virtual private gateway vgw is already associated with Direct Connect gateway gw1, so it cannot also be associated with Direct Connect gateway gw2; ' +
        'a virtual private gateway can be associated with only one Direct Connect gateway.',
    );
  });

  it('near misses: two VGWs on one DX gateway, and one VGW drawn twice to the same DX gateway', () => {
    expect(run([link('as1', 'dxgw-association', 'gw1', 'vgw'), link('as2', 'dxgw-association', 'gw1', 'vgw')])).toEqual([]);
    expect(
      dxgwSingleParent.check(
        indexOf(buildDocument([...nodes, node('other', 'vpn-gateway')], [link('as1', 'dxgw-association', 'gw1', 'vgw'), link('as2', 'dxgw-association', 'gw1', 'other')])),
      ),
    ).toEqual([]);
  });
});

describe('canConnect with dxgw-single-parent', () => {
  const doc = buildDocument(nodes, [link('as1', 'dxgw-association', 'gw1', 'vgw')]);
  it('refuses associating the VGW with a second DX gateway', () => {
    const answer = canConnect(doc, 'vgw', 'gw2');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toMatch(/already associated with Direct Connect gateway gw1/);
  });
  it('accepts a VGW that has no DX gateway yet', () => {
    expect(canConnect(buildDocument(nodes), 'vgw', 'gw2')).toMatchObject({ ok: true, kind: 'dxgw-association' });
  });
});
