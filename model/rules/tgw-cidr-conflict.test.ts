import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { tgwCidrConflict } from './tgw-cidr-conflict';

type Raw = Record<string, unknown>;
const check = (nodes: Raw[], connections: Raw[]) => tgwCidrConflict.check(indexOf(buildDocument(nodes, connections)));

describe('tgw-cidr-conflict', () => {
  it('is an error when two attached VPCs have the same block', () => {
    const findings = check(
      [node('tgw', 'transit-gateway'), vpc('a', ['10.0.0.0/16']), vpc('b', ['172.16.0.0/16', '10.0.0.0/16'])],
      [link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-b', 'tgw-attachment', 'b', 'tgw')],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tgw-cidr-conflict', severity: 'error', subjects: ['att-b', 'b', 'a', 'tgw', 'att-a'] });
    expect(findings[0]!.message).toBe(
      "VPC b (10.0.0.0/16) has the same block as VPC a (10.0.0.0/16) on Transit gateway tgw; the transit gateway does not propagate the second VPC's route, so 10.0.0.0/16 in VPC b cannot be reached through it.",
    );
  });

  it('is a warning when blocks overlap without matching, naming the more specific one', () => {
    const findings = check(
      [node('tgw', 'transit-gateway'), vpc('a', ['10.0.0.0/16']), vpc('b', ['10.0.4.0/24'])],
      [link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-b', 'tgw-attachment', 'tgw', 'b')],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tgw-cidr-conflict', severity: 'warning', subjects: ['att-b', 'b', 'a', 'tgw', 'att-a'] });
    expect(findings[0]!.message).toContain('VPC b (10.0.4.0/24) overlaps VPC a (10.0.0.0/16) on Transit gateway tgw');
    expect(findings[0]!.message).toContain('sends traffic for 10.0.4.0/24 to VPC b, so those addresses of VPC a');
  });

  it('prefers the error when a pair both matches and overlaps', () => {
    const findings = check(
      [node('tgw', 'transit-gateway'), vpc('a', ['10.0.0.0/16', '10.5.0.0/16']), vpc('b', ['10.0.4.0/24', '10.5.0.0/16'])],
      [link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-b', 'tgw-attachment', 'tgw', 'b')],
    );
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('compares IPv6 blocks too', () => {
    const findings = check(
      [
        node('tgw', 'transit-gateway'),
        vpc('a', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:abcd:ef00::/56'] } }),
        vpc('b', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:abcd:ef00::/56'] } }),
      ],
      [link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-b', 'tgw-attachment', 'tgw', 'b')],
    );
    expect(findings.map((f) => f.severity)).toEqual(['error']);
    expect(findings[0]!.message).toContain('2600:1f18:abcd:ef00::/56');
  });

  it('says nothing about disjoint VPCs, or matching VPCs on different transit gateways', () => {
    expect(
      check(
        [node('tgw', 'transit-gateway'), node('tgw-2', 'transit-gateway'), vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16']), vpc('c', ['10.0.0.0/16'])],
        [link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-b', 'tgw-attachment', 'tgw', 'b'), link('att-c', 'tgw-attachment', 'tgw-2', 'c')],
      ),
    ).toEqual([]);
  });

  it('groups three or more VPCs joined by overlaps into one finding, an error when two have the same block', () => {
    const vpcs = Array.from({ length: 1000 }, (_, i) => vpc(`v${i}`, ['10.0.0.0/16']));
    const findings = check(
      [node('tgw', 'transit-gateway'), ...vpcs],
      vpcs.map((v, i) => link(`att-${i}`, 'tgw-attachment', 'tgw', v.id as string)),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tgw-cidr-conflict', severity: 'error' });
    expect(findings[0]!.subjects.slice(0, 3)).toEqual(['att-999', 'v999', 'v998']);
    expect(findings[0]!.subjects).toHaveLength(1 + 1000 + 1 + 999);
    expect(findings[0]!.message).toContain('1,000 VPCs on Transit gateway tgw have matching or overlapping blocks: VPC v999 (10.0.0.0/16), VPC v998 (10.0.0.0/16), VPC v997 (10.0.0.0/16) and 997 more;');
  });

  it('warns once for three VPCs that only nest', () => {
    const findings = check(
      [node('tgw', 'transit-gateway'), vpc('a', ['10.0.0.0/16']), vpc('b', ['10.0.1.0/24']), vpc('c', ['10.0.2.0/24'])],
      ['a', 'b', 'c'].map((v) => link(`att-${v}`, 'tgw-attachment', 'tgw', v)),
    );
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', subjects: ['att-c', 'c', 'b', 'a', 'tgw', 'att-b', 'att-a'] })]);
  });
});

describe('tgw-cidr-conflict while drawing', () => {
  const doc = buildDocument(
    [node('tgw', 'transit-gateway'), vpc('a', ['10.0.0.0/16']), vpc('same', ['10.0.0.0/16']), vpc('inside', ['10.0.8.0/21']), vpc('apart', ['10.1.0.0/16'])],
    [link('att-a', 'tgw-attachment', 'tgw', 'a')],
  );

  it('refuses attaching a VPC whose block matches an attached VPC', () => {
    const answer = canConnect(doc, 'same', 'tgw');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('VPC same (10.0.0.0/16) has the same block as VPC a (10.0.0.0/16)');
  });

  it('allows an overlapping VPC with a warning', () => {
    const answer = canConnect(doc, 'tgw', 'inside');
    expect(answer).toMatchObject({ ok: true, kind: 'tgw-attachment' });
    expect(answer.warnings).toEqual([expect.objectContaining({ rule: 'tgw-cidr-conflict', severity: 'warning' })]);
  });

  it('allows a disjoint VPC without warnings', () => {
    expect(canConnect(doc, 'apart', 'tgw')).toMatchObject({ ok: true, warnings: [] });
  });

  it('refuses a VPC that joins a group of overlapping VPCs with the same block', () => {
    const crowded = buildDocument(
      [node('tgw', 'transit-gateway'), vpc('a', ['10.0.0.0/16']), vpc('b', ['10.0.1.0/24']), vpc('same', ['10.0.0.0/16'])],
      [link('att-a', 'tgw-attachment', 'tgw', 'a'), link('att-b', 'tgw-attachment', 'tgw', 'b')],
    );
    const answer = canConnect(crowded, 'same', 'tgw');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('3 VPCs on Transit gateway tgw have matching or overlapping blocks');
  });
});

