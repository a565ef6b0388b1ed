import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { vpnAccelerationRequiresTgw } from './vpn-acceleration-requires-tgw';

const nodes = [
  vpc('prod', ['10.0.0.0/16']),
  node('vgw', 'vpn-gateway', 'prod'),
  node('tgw', 'transit-gateway'),
  node('fast', 'vpn-connection', undefined, { accelerated: true }),
  node('plain', 'vpn-connection'),
];
const check = (connections: Record<string, unknown>[]) => vpnAccelerationRequiresTgw.check(indexOf(buildDocument(nodes, connections)));

describe('vpn-acceleration-requires-tgw', () => {
  it('refuses an accelerated VPN on a VGW', () => {
    const findings = check([link('l1', 'vpn-link', 'vgw', 'fast')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'vpn-acceleration-requires-tgw',
      severity: 'error',
      subjects: ['l1', 'fast', 'vgw'],
      fix: { element: 'fast', prop: 'accelerated', value: false },
    });
    expect(findings[0]!.message).toBe(
      'Site-to-Site VPN connection fast is accelerated, so it cannot end on Virtual private gateway vgw: only VPN connections attached to a transit gateway can be accelerated.',
    );
  });

  it('accepts an accelerated VPN on a transit gateway, and a plain VPN on a VGW', () => {
    expect(check([link('l1', 'vpn-link', 'fast', 'tgw'), link('l2', 'vpn-link', 'plain', 'vgw')])).toEqual([]);
  });

  it('refuses drawing an accelerated VPN to a VGW, and allows it to a transit gateway', () => {
    const doc = buildDocument(nodes);
    const answer = canConnect(doc, 'fast', 'vgw');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('only VPN connections attached to a transit gateway can be accelerated');
    expect(canConnect(doc, 'fast', 'tgw').ok).toBe(true);
  });
});
