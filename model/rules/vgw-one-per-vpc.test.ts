import { describe, expect, it } from 'vitest';
import { canPlace } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, vpc } from '../testing/build';
import { vgwOnePerVpc } from './vgw-one-per-vpc';

describe('vgw-one-per-vpc', () => {
  it('fires on a second VGW in one VPC, naming the VPC and the first gateway', () => {
    const doc = buildDocument([vpc('prod', ['10.0.0.0/16']), node('vgw-1', 'vpn-gateway', 'prod'), node('vgw-2', 'vpn-gateway', 'prod')]);
    const findings = vgwOnePerVpc.check(indexOf(doc));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'vgw-one-per-vpc', severity: 'error', subjects: ['vgw-2', 'prod', 'vgw-1'] });
    expect(findings[0]!.message).toContain('VPC prod');
    expect(findings[0]!.message).toContain('vgw-1');
  });

  it('does not fire for one VGW per VPC, nor for detached VGWs', () => {
    const doc = buildDocument([
      vpc('prod', ['10.0.0.0/16']),
      vpc('dev', ['10.1.0.0/16']),
      node('vgw-1', 'vpn-gateway', 'prod'),
      node('vgw-2', 'vpn-gateway', 'dev'),
      node('vgw-3', 'vpn-gateway'),
      node('vgw-4', 'vpn-gateway'),
    ]);
    expect(vgwOnePerVpc.check(indexOf(doc))).toEqual([]);
  });

  it('refuses moving an existing VGW into a VPC that has one, whatever the document order', () => {
    const doc = buildDocument([vpc('prod', ['10.0.0.0/16']), node('vgw-early', 'vpn-gateway'), node('vgw-1', 'vpn-gateway', 'prod')]);
    const answer = canPlace(doc, 'vpn-gateway', 'prod', 'vgw-early');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toMatch(/only one virtual private gateway/);
  });
});
