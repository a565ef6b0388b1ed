import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { vifTarget } from './vif-target';

const nodes = [
  vpc('prod', ['10.0.0.0/16']),
  node('vgw', 'vpn-gateway', 'prod'),
  node('dx', 'dx-connection'),
  node('dxgw', 'dx-gateway'),
  node('net', 'internet'),
];
const run = (connections: Record<string, unknown>[]) => vifTarget.check(indexOf(buildDocument(nodes, connections)));

describe('vif-target', () => {
  it('accepts each VIF type on the ends AWS allows', () => {
    expect(
      run([
        link('p1', 'vif', 'dx', 'vgw', { type: 'private' }),
        link('p2', 'vif', 'dxgw', 'dx', { type: 'private' }),
        link('t1', 'vif', 'dx', 'dxgw', { type: 'transit' }),
        link('u1', 'vif', 'dx', 'net', { type: 'public' }),
      ]),
    ).toEqual([]);
  });

  it('refuses a transit VIF on a VGW, naming the VIF, the VGW and the DX connection', () => {
    const findings = run([link('t1', 'vif', 'dx', 'vgw', { type: 'transit' })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vif-target', severity: 'error', subjects: ['t1', 'vgw', 'dx'] });
    expect(findings[0]!.message).toBe(
      'Transit virtual interface t1 from Direct Connect connection dx cannot end on Virtual private gateway vgw: ' +
        'a transit virtual interface ends only on a Direct Connect gateway, which is then associated with transit gateways.',
    );
  });

  it('refuses a public VIF anywhere but the internet, and a private or transit VIF on the internet', () => {
    const findings = run([
      link('u1', 'vif', 'vgw', 'dx', { type: 'public' }),
      link('u2', 'vif', 'dx', 'dxgw', { type: 'public' }),
      link('p1', 'vif', 'dx', 'net'),
      link('t1', 'vif', 'dx', 'net', { type: 'transit' }),
    ]);
    expect(findings.map((f) => f.subjects)).toEqual([
      ['u1', 'vgw', 'dx'],
      ['u2', 'dxgw', 'dx'],
      ['p1', 'net', 'dx'],
      ['t1', 'net', 'dx'],
    ]);
    expect(findings[0]!.message).toMatch(/never a VPC/);
    // A VIF with no type given is private.
    expect(findings[2]!.message).toMatch(/^Private virtual interface p1 /);
  });

  it('leaves VIFs whose ends are not a DX connection to connection-ends-invalid', () => {
    expect(run([link('x', 'vif', 'vgw', 'dxgw', { type: 'public' })])).toEqual([]);
  });
});

describe('canConnect with vif-target', () => {
  const doc = buildDocument(nodes);
  const types = (source: string, target: string) => canConnect(doc, source, target).options.map((o) => o.props?.type);

  it('offers private and transit VIFs to a DX gateway', () => {
    expect(types('dx', 'dxgw')).toEqual(['private', 'transit']);
  });
  it('offers only a private VIF to a VGW, either way round', () => {
    expect(canConnect(doc, 'dx', 'vgw')).toMatchObject({ ok: true, kind: 'vif' });
    expect(types('dx', 'vgw')).toEqual(['private']);
    expect(types('vgw', 'dx')).toEqual(['private']);
  });
  it('offers only a public VIF to the internet node', () => {
    expect(types('dx', 'net')).toEqual(['public']);
  });
});
