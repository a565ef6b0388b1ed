import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { dxgwMixedAssociation } from './dxgw-mixed-association';

type Raw = Record<string, unknown>;
const nodes: Raw[] = [
  vpc('prod', ['10.0.0.0/16']),
  node('vgw', 'vpn-gateway', 'prod'),
  node('tgw', 'transit-gateway'),
  node('dx', 'dx-connection'),
  node('dxgw', 'dx-gateway'),
];
const run = (connections: Raw[]) => dxgwMixedAssociation.check(indexOf(buildDocument(nodes, connections)));

describe('dxgw-mixed-association', () => {
  it('fires on a transit gateway association after a VGW association, naming both', () => {
    const findings = run([link('as-v', 'dxgw-association', 'dxgw', 'vgw'), link('as-t', 'dxgw-association', 'tgw', 'dxgw', { allowedPrefixes: ['10.0.0.0/8'] })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'dxgw-mixed-association', severity: 'error', subjects: ['as-t', 'dxgw', 'as-v'] });
    expect(findings[0]!.message).toBe(
      'Direct Connect gateway dxgw is already used for virtual private gateways (its association with Virtual private gateway vgw), ' +
        'so it cannot also take its association with Transit gateway tgw; a Direct Connect gateway carries either VGW associations and private VIFs, ' +
        'or transit gateway associations and transit VIFs, never both.',
    );
  });

  it('counts private VIFs with VGW associations and transit VIFs with transit gateway associations', () => {
    const findings = run([link('t-vif', 'vif', 'dx', 'dxgw', { type: 'transit' }), link('p-vif', 'vif', 'dx', 'dxgw', { type: 'private' })]);
    expect(findings.map((f) => f.subjects)).toEqual([['p-vif', 'dxgw', 't-vif']]);
    expect(findings[0]!.message).toMatch(/transit gateways \(Transit virtual interface t-vif from Direct Connect connection dx\), so it cannot also take Private virtual interface p-vif/);
  });

  it('near misses: one sort only, or a public VIF', () => {
    expect(run([link('as-v', 'dxgw-association', 'dxgw', 'vgw'), link('p-vif', 'vif', 'dx', 'dxgw')])).toEqual([]);
    expect(run([link('as-t', 'dxgw-association', 'dxgw', 'tgw'), link('t-vif', 'vif', 'dx', 'dxgw', { type: 'transit' })])).toEqual([]);
    expect(run([link('as-t', 'dxgw-association', 'dxgw', 'tgw'), link('u-vif', 'vif', 'dx', 'dxgw', { type: 'public' })])).toEqual([]);
  });
});

describe('canConnect with dxgw-mixed-association', () => {
  it('refuses a private VIF to a DX gateway with a transit gateway association, and offers the transit one', () => {
    const doc = buildDocument(nodes, [link('as-t', 'dxgw-association', 'dxgw', 'tgw')]);
    const answer = canConnect(doc, 'dx', 'dxgw');
    expect(answer.options.map((o) => o.props?.type)).toEqual(['transit']);
  });
  it('refuses the second sort of association, with the reason', () => {
    const doc = buildDocument(nodes, [link('as-v', 'dxgw-association', 'dxgw', 'vgw')]);
    const answer = canConnect(doc, 'tgw', 'dxgw');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toMatch(/^Direct Connect gateway dxgw is already used for virtual private gateways \(its association with Virtual private gateway vgw\), so it cannot also take its association with Transit gateway tgw;/);
    expect(canConnect(doc, 'dx', 'dxgw').options.map((o) => o.props?.type)).toEqual(['private']);
  });
  it('accepts a transit gateway association on an unused DX gateway', () => {
    expect(canConnect(buildDocument(nodes), 'tgw', 'dxgw')).toMatchObject({ ok: true, kind: 'dxgw-association' });
  });
});
