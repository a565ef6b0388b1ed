import { describe, expect, it } from 'vitest';
import { canPlace } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem, region, vpc } from '../testing/build';
import { quotaDefaultExceeded } from './quota-default-exceeded';

type Raw = Record<string, unknown>;
const run = (nodes: Raw[], connections: Raw[] = []) => quotaDefaultExceeded.check(indexOf(buildDocument(nodes, connections)));
const vpcs = (n: number, parent: string | undefined, prefix = 'v') =>
  Array.from({ length: n }, (_, i) => vpc(`${prefix}${i}`, [`10.${i}.0.0/16`], parent ? { parent } : {}));

describe('quota-default-exceeded', () => {
  it('accepts 5 VPCs in a region', () => {
    expect(run([region('tokyo', 'ap-northeast-1'), ...vpcs(5, 'tokyo')])).toEqual([]);
  });

  it('warns at 6 VPCs in a region, saying the quota can be raised', () => {
    const findings = run([region('tokyo', 'ap-northeast-1'), ...vpcs(6, 'tokyo')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'quota-default-exceeded', severity: 'warning' });
    expect(findings[0]!.subjects).toEqual(['tokyo', 'v0', 'v1', 'v2', 'v3', 'v4', 'v5']);
    expect(findings[0]!.message).toBe('Region ap-northeast-1 has 6 VPCs, more than the default quota of 5; the quota can be raised through a Service Quotas request.');
  });

  it('counts per region code, across region boxes with the same code, and not across codes', () => {
    const split = run([region('t1', 'ap-northeast-1'), region('t2', 'ap-northeast-1'), ...vpcs(3, 't1', 'a'), ...vpcs(3, 't2', 'b')]);
    expect(split).toHaveLength(1);
    expect(split[0]!.subjects.slice(0, 2)).toEqual(['t1', 't2']);
    expect(run([region('t', 'ap-northeast-1'), region('o', 'ap-northeast-3'), ...vpcs(3, 't', 'a'), ...vpcs(3, 'o', 'b')])).toEqual([]);
  });

  it('does not count nodes whose region is unknown', () => {
    expect(run([region('tokyo', 'ap-northeast-1'), ...vpcs(5, 'tokyo'), ...vpcs(3, undefined, 'x')])).toEqual([]);
  });

  it('counts internet gateways, egress-only ones and VGWs attached or not', () => {
    const nodes: Raw[] = [region('r', 'us-east-1'), ...vpcs(3, 'r')];
    for (let i = 0; i < 3; i++) nodes.push(node(`igw${i}`, 'internet-gateway', `v${i}`), node(`digw${i}`, 'internet-gateway', 'r'));
    for (let i = 0; i < 3; i++) nodes.push(node(`vgw${i}`, 'vpn-gateway', `v${i}`), node(`dvgw${i}`, 'vpn-gateway', 'r'));
    for (let i = 0; i < 5; i++) nodes.push(node(`eigw${i}`, 'egress-only-internet-gateway', 'r'));
    const findings = run(nodes);
    expect(findings.map((f) => f.message.match(/has (\d+) (.*?), more/)!.slice(1))).toEqual([
      ['6', 'internet gateways'],
      ['6', 'virtual private gateways'],
    ]);
  });

  it('counts transit gateways, VPN connections and accelerated VPN connections', () => {
    const nodes: Raw[] = [region('r', 'us-east-1')];
    for (let i = 0; i < 6; i++) nodes.push(node(`tgw${i}`, 'transit-gateway', 'r'));
    for (let i = 0; i < 51; i++) nodes.push(node(`vpn${i}`, 'vpn-connection', 'r', { accelerated: i < 11 }));
    const messages = run(nodes).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringContaining('6 transit gateways, more than the default quota of 5'),
      expect.stringContaining('51 Site-to-Site VPN connections, more than the default quota of 50'),
      expect.stringContaining('11 accelerated Site-to-Site VPN connections, more than the default quota of 10'),
    ]);
  });

  it('counts a customer gateway in the region of each VPN connection that uses it', () => {
    const nodes: Raw[] = [region('r', 'us-east-1'), region('o', 'eu-west-1'), onPrem('dc', ['192.168.0.0/16'])];
    const connections: Raw[] = [];
    for (let i = 0; i < 51; i++) {
      nodes.push(node(`cgw${i}`, 'customer-gateway', 'dc'), node(`vpn${i}`, 'vpn-connection', i < 50 ? 'r' : 'o'));
      connections.push(link(`l${i}`, 'vpn-link', `vpn${i}`, `cgw${i}`));
    }
    expect(run(nodes, connections)).toEqual([]);
    // The fifty-first gateway also gets a VPN in us-east-1: 51 there.
    nodes.push(node('vpn-extra', 'vpn-connection', 'r'));
    connections.push(link('l-extra', 'vpn-link', 'vpn-extra', 'cgw50'));
    const findings = run(nodes, connections).filter((f) => f.message.includes('customer gateways'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('Region us-east-1 has 51 customer gateways');
    expect(findings[0]!.subjects).toContain('cgw50');
  });

  it('warns, without refusing, when a sixth VPC is dropped into a region', () => {
    const doc = buildDocument([region('tokyo', 'ap-northeast-1'), ...vpcs(5, 'tokyo')]);
    const answer = canPlace(doc, 'vpc', 'tokyo');
    expect(answer.ok).toBe(true);
    expect(answer.warnings.map((f) => f.rule)).toContain('quota-default-exceeded');
    expect(canPlace(buildDocument([region('tokyo', 'ap-northeast-1'), ...vpcs(4, 'tokyo')]), 'vpc', 'tokyo').warnings.map((f) => f.rule)).not.toContain(
      'quota-default-exceeded',
    );
  });
});
