import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, vpc } from '../testing/build';
import { reach } from './reach';

const rules = (result: { blockedBy: Array<{ rule: string }> }) => result.blockedBy.map((b) => b.rule);

describe('overlapping ends do not reach each other, blocked by the rule of the hop that joins them', () => {
  it('a direct peering: peering-cidr-overlap (the peering cannot exist)', () => {
    const doc = buildDocument([vpc('a', ['10.0.0.0/16']), vpc('b', ['10.0.128.0/17'])], [link('pcx', 'vpc-peering', 'a', 'b')]);
    const result = reach(doc, 'a', 'b');
    expect(result.reachable).toBe(false);
    expect(rules(result)).toEqual(['peering-cidr-overlap']);
    expect(result.blockedBy[0]!.subjects).toEqual(['pcx', 'a', 'b']);
    expect(result.blockedBy[0]!.message).toContain('10.0.128.0/17');
  });

  it('a peering between overlapping VPCs carries no traffic onward either', () => {
    const doc = buildDocument(
      [vpc('a', ['10.0.0.0/16']), vpc('b', ['10.0.0.0/16']), vpc('c', ['10.2.0.0/16'])],
      [link('pcx-ab', 'vpc-peering', 'a', 'b'), link('pcx-bc', 'vpc-peering', 'b', 'c')],
    );
    expect(reach(doc, 'b', 'c').reachable).toBe(true);
    expect(rules(reach(doc, 'a', 'c'))).toEqual(['peering-cidr-overlap', 'peering-not-transitive']);
  });

  it('IPv6 blocks count too; distinct IPv6 blocks do not rescue overlapping IPv4 ones', () => {
    const v6 = buildDocument(
      [vpc('a', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18::/56'] } }), vpc('b', ['10.2.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18::/56'] } })],
      [link('pcx', 'vpc-peering', 'a', 'b')],
    );
    expect(rules(reach(v6, 'a', 'b'))).toEqual(['peering-cidr-overlap']);
    const disjoint = buildDocument([vpc('a', ['10.1.0.0/16']), vpc('b', ['10.2.0.0/16'])], [link('pcx', 'vpc-peering', 'a', 'b')]);
    expect(reach(disjoint, 'a', 'b').reachable).toBe(true);
  });

  it('through a transit gateway: tgw-cidr-conflict, while a third VPC still reaches both', () => {
    const doc = buildDocument(
      [vpc('a', ['10.0.0.0/16']), vpc('b', ['10.0.0.0/16']), vpc('c', ['10.3.0.0/16']), node('tgw', 'transit-gateway')],
      [link('t1', 'tgw-attachment', 'tgw', 'a'), link('t2', 'tgw-attachment', 'tgw', 'b'), link('t3', 'tgw-attachment', 'tgw', 'c')],
    );
    const result = reach(doc, 'a', 'b');
    expect(result.blockedBy).toEqual([
      {
        rule: 'tgw-cidr-conflict',
        subjects: ['tgw', 'a', 'b'],
        message: 'VPC a (10.0.0.0/16) and VPC b (10.0.0.0/16) match, so Transit gateway tgw cannot route between them: its route table keeps one route per block.',
      },
    ]);
    expect(reach(doc, 'c', 'a').reachable).toBe(true);
    expect(reach(doc, 'c', 'b').reachable).toBe(true);
  });

  it('through a DX gateway: dxgw-vpc-cidr-overlap, after dxgw-not-transitive', () => {
    const doc = buildDocument(
      [
        vpc('a', ['10.0.0.0/16']), node('vgw-a', 'vpn-gateway', 'a'), vpc('b', ['10.0.0.0/20']), node('vgw-b', 'vpn-gateway', 'b'),
        node('dxgw', 'dx-gateway'),
      ],
      [link('as-a', 'dxgw-association', 'dxgw', 'vgw-a'), link('as-b', 'dxgw-association', 'dxgw', 'vgw-b')],
    );
    const result = reach(doc, 'a', 'b');
    expect(rules(result)).toEqual(['dxgw-not-transitive', 'dxgw-vpc-cidr-overlap']);
    expect(result.blockedBy[1]!.subjects).toEqual(['dxgw', 'a', 'b']);
    expect(result.blockedBy[1]!.message).toContain('VPC b (10.0.0.0/20)');
  });

  it('between on-premises and a VPC: hybrid-cidr-overlap; a disjoint VPC on the same gateway still reaches', () => {
    const doc = buildDocument(
      [
        onPrem('dc', ['10.0.0.0/8']), node('cgw', 'customer-gateway', 'dc'), node('vpn1', 'vpn-connection'), node('tgw', 'transit-gateway'),
        vpc('a', ['10.1.0.0/16']), vpc('b', ['172.16.0.0/16']),
      ],
      [link('l1', 'vpn-link', 'cgw', 'vpn1'), link('l2', 'vpn-link', 'vpn1', 'tgw'), link('t1', 'tgw-attachment', 'tgw', 'a'), link('t2', 'tgw-attachment', 'tgw', 'b')],
    );
    const result = reach(doc, 'dc', 'a');
    expect(rules(result)).toEqual(['hybrid-cidr-overlap']);
    expect(result.blockedBy[0]!.subjects).toEqual(['tgw', 'dc', 'a']);
    expect(result.blockedBy[0]!.message).toContain('On-premises network dc (10.0.0.0/8) and VPC a (10.1.0.0/16) overlap');
    expect(rules(reach(doc, 'a', 'dc'))).toEqual(['hybrid-cidr-overlap']);
    expect(reach(doc, 'dc', 'b').reachable).toBe(true);
  });

  it('between on-premises and a VPC behind a VGW: hybrid-cidr-overlap at the VGW', () => {
    const doc = buildDocument(
      [onPrem('dc', ['10.1.2.0/24']), node('cgw', 'customer-gateway', 'dc'), node('vpn1', 'vpn-connection'), vpc('a', ['10.1.0.0/16']), node('vgw', 'vpn-gateway', 'a')],
      [link('l1', 'vpn-link', 'cgw', 'vpn1'), link('l2', 'vpn-link', 'vpn1', 'vgw')],
    );
    expect(reach(doc, 'dc', 'a').blockedBy.map((b) => [b.rule, b.subjects])).toEqual([['hybrid-cidr-overlap', ['vgw', 'dc', 'a']]]);
  });

  it('two VPCs peered with one hub that overlap each other: peering-overlapping-spokes after peering-not-transitive', () => {
    const doc = buildDocument(
      [vpc('a', ['10.1.0.0/16']), vpc('s', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16'])],
      [link('p1', 'vpc-peering', 'a', 's'), link('p2', 'vpc-peering', 's', 'b')],
    );
    expect(rules(reach(doc, 'a', 'b'))).toEqual(['peering-not-transitive', 'peering-overlapping-spokes']);
  });
});
