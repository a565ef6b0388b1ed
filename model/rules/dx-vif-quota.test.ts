import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { dxVifQuota } from './dx-vif-quota';

type Raw = Record<string, unknown>;
const base: Raw[] = [vpc('prod', ['10.0.0.0/16']), node('vgw', 'vpn-gateway', 'prod'), node('dxgw', 'dx-gateway'), node('net', 'internet')];
const vifs = (n: number, dx: string, target: string, type: string, prefix: string) =>
  Array.from({ length: n }, (_, i) => link(`${prefix}${i}`, 'vif', dx, target, { type }));
const run = (nodes: Raw[], connections: Raw[]) => dxVifQuota.check(indexOf(buildDocument(nodes, connections)));

describe('dx-vif-quota', () => {
  it('allows one VIF on a hosted connection and refuses the second', () => {
    const hosted = [...base, node('dx', 'dx-connection', undefined, { type: 'hosted' })];
    expect(run(hosted, [link('v1', 'vif', 'dx', 'vgw')])).toEqual([]);
    const findings = run(hosted, [link('v1', 'vif', 'dx', 'vgw'), link('v2', 'vif', 'dx', 'net', { type: 'public' })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'dx-vif-quota', severity: 'error', subjects: ['v2', 'dx'] });
    expect(findings[0]!.message).toBe(
      'Direct Connect connection dx is a hosted connection and already has Private virtual interface v1; ' +
        'a hosted connection carries only one virtual interface, so Public virtual interface v2 needs a connection of its own.',
    );
  });

  it('allows 50 private and public VIFs and 4 transit VIFs on a dedicated connection, not 51 or 5', () => {
    const dedicated = [...base, node('dx', 'dx-connection')];
    const atQuota = [...vifs(30, 'dx', 'vgw', 'private', 'p'), ...vifs(20, 'dx', 'net', 'public', 'u'), ...vifs(4, 'dx', 'dxgw', 'transit', 't')];
    expect(run(dedicated, atQuota)).toEqual([]);
    const findings = run(dedicated, [...atQuota, link('p-extra', 'vif', 'dx', 'vgw'), link('t-extra', 'vif', 'dx', 'dxgw', { type: 'transit' })]);
    expect(findings.map((f) => f.subjects)).toEqual([
      ['p-extra', 'dx'],
      ['t-extra', 'dx'],
    ]);
    expect(findings[0]!.message).toBe(
      'Direct Connect connection dx has 51 private and public virtual interfaces; a dedicated connection carries at most 50, so Private virtual interface p-extra is over the quota.',
    );
    expect(findings[1]!.message).toMatch(/has 5 transit virtual interfaces; a dedicated connection carries at most 4/);
  });
});

describe('canConnect with dx-vif-quota', () => {
  it('refuses a second VIF on a hosted connection', () => {
    const doc = buildDocument([...base, node('dx', 'dx-connection', undefined, { type: 'hosted' })], [link('v1', 'vif', 'dx', 'net', { type: 'public' })]);
    const answer = canConnect(doc, 'dx', 'vgw');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toBe(
      'Direct Connect connection dx is a hosted connection and already has Public virtual interface v1; ' +
        'a hosted connection carries only one virtual interface, so the new private virtual interface needs a connection of its own.',
    );
  });
  it('accepts the first VIF on a hosted connection', () => {
    const doc = buildDocument([...base, node('dx', 'dx-connection', undefined, { type: 'hosted' })]);
    expect(canConnect(doc, 'dx', 'net').ok).toBe(true);
  });
});
