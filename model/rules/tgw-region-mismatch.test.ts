import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, region, vpc } from '../testing/build';
import { tgwRegionMismatch } from './tgw-region-mismatch';

const nodes = [
  region('tokyo', 'ap-northeast-1'),
  region('virginia', 'us-east-1'),
  node('tgw', 'transit-gateway', 'tokyo'),
  vpc('local', ['10.0.0.0/16'], { parent: 'tokyo' }),
  vpc('remote', ['10.1.0.0/16'], { parent: 'virginia' }),
  vpc('nowhere', ['10.2.0.0/16']),
  node('vpn-local', 'vpn-connection', 'tokyo'),
  node('vpn-remote', 'vpn-connection', 'virginia'),
];
const check = (connections: Record<string, unknown>[]) => tgwRegionMismatch.check(indexOf(buildDocument(nodes, connections)));

describe('tgw-region-mismatch', () => {
  it('refuses a VPC attachment across regions', () => {
    const findings = check([link('att', 'tgw-attachment', 'remote', 'tgw')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tgw-region-mismatch', severity: 'error', subjects: ['att', 'remote', 'tgw'] });
    expect(findings[0]!.message).toBe(
      'VPC remote (10.1.0.0/16) is in us-east-1 but Transit gateway tgw is in ap-northeast-1; a transit gateway attaches only VPCs of its own region (reach other regions through a transit gateway peering).',
    );
  });

  it('refuses a VPN attachment across regions', () => {
    const findings = check([link('l', 'vpn-link', 'tgw', 'vpn-remote')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tgw-region-mismatch', severity: 'error', subjects: ['l', 'vpn-remote', 'tgw'] });
    expect(findings[0]!.message).toContain('attaches only VPN connections of its own region');
  });

  it('accepts attachments in the same region, and says nothing when a region is unknown', () => {
    expect(
      check([link('a1', 'tgw-attachment', 'local', 'tgw'), link('a2', 'tgw-attachment', 'tgw', 'nowhere'), link('l', 'vpn-link', 'vpn-local', 'tgw')]),
    ).toEqual([]);
  });

  it('refuses drawing an attachment to a VPC of another region, and allows one in the same region', () => {
    const doc = buildDocument(nodes);
    const answer = canConnect(doc, 'remote', 'tgw');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('VPC remote (10.1.0.0/16) is in us-east-1');
    expect(canConnect(doc, 'vpn-remote', 'tgw').ok).toBe(false);
    expect(canConnect(doc, 'local', 'tgw').ok).toBe(true);
    expect(canConnect(doc, 'vpn-local', 'tgw').ok).toBe(true);
  });
});
