import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { flowNoPath } from './flow-no-path';

const check = (doc: ReturnType<typeof buildDocument>) => flowNoPath.check(indexOf(doc));

const triangle = [vpc('a', ['10.1.0.0/16']), vpc('s', ['10.0.0.0/16'], { name: 'shared-services' }), vpc('b', ['10.2.0.0/16'])];
const peerings = [link('p1', 'vpc-peering', 'a', 's'), link('p2', 'vpc-peering', 's', 'b')];

describe('flow-no-path and the flow findings', () => {
  it('a flow that holds gives no finding', () => {
    expect(check(buildDocument(triangle, [...peerings, link('f', 'flow', 'a', 's')]))).toEqual([]);
  });

  it('a flow that fails gives one error with the blocking rule, the flow first among the subjects', () => {
    const findings = check(buildDocument(triangle, [...peerings, { ...link('f', 'flow', 'a', 'b'), name: 'app-to-db' }]));
    expect(findings).toEqual([
      {
        rule: 'peering-not-transitive',
        severity: 'error',
        subjects: ['f', 's', 'a', 'b'],
        message:
          'Flow app-to-db (VPC a ↔ VPC b) does not hold. VPC peering is not transitive: VPC shared-services is peered with both VPC a and VPC b, but traffic cannot pass through it.',
      },
    ]);
  });

  it('gives flow-no-path when nothing joins the ends', () => {
    const findings = check(buildDocument([...triangle, onPrem('dc', ['192.168.0.0/16'])], [...peerings, link('f', 'flow', 'dc', 'a')]));
    expect(findings.map((f) => [f.rule, f.severity, f.subjects])).toEqual([['flow-no-path', 'error', ['f', 'dc', 'a']]]);
    expect(findings[0]!.message).toContain('No chain of connections joins On-premises network dc and VPC a.');
  });

  it('is an error even when the blocking rule is usually a warning (hybrid-cidr-overlap)', () => {
    const doc = buildDocument(
      [onPrem('dc', ['10.1.0.0/24']), node('cgw', 'customer-gateway', 'dc'), node('vpn', 'vpn-connection'), vpc('a', ['10.1.0.0/16']), node('vgw', 'vpn-gateway', 'a')],
      [link('l1', 'vpn-link', 'cgw', 'vpn'), link('l2', 'vpn-link', 'vpn', 'vgw'), link('f', 'flow', 'dc', 'a')],
    );
    expect(check(doc).map((f) => [f.rule, f.severity, f.subjects])).toEqual([['hybrid-cidr-overlap', 'error', ['f', 'vgw', 'dc', 'a']]]);
  });

  it('a flow to the internet is checked outbound only, whatever bidirectional says', () => {
    const nodes = [vpc('a', ['10.1.0.0/16']), subnet('web', 'a', '10.1.1.0/24', { props: { public: true } }), node('net', 'internet')];
    const holds = buildDocument([...nodes, node('igw', 'internet-gateway', 'a')], [link('f', 'flow', 'web', 'net', { bidirectional: true })]);
    expect(check(holds)).toEqual([]);
    const fails = check(buildDocument(nodes, [link('f', 'flow', 'web', 'net')]));
    expect(fails.map((f) => [f.rule, f.subjects[0]])).toEqual([['flow-no-path', 'f']]);
    expect(fails[0]!.message).toContain('(Subnet web → Internet net)');
  });

  it('reports nat-remote-use for on-premises egress through a VPC', () => {
    const doc = buildDocument(
      [
        vpc('a', ['10.1.0.0/16']), subnet('pub', 'a', '10.1.1.0/24', { props: { public: true } }), node('igw', 'internet-gateway', 'a'), node('nat', 'nat-gateway', 'pub'),
        node('vgw', 'vpn-gateway', 'a'), onPrem('dc', ['192.168.0.0/16']), node('cgw', 'customer-gateway', 'dc'), node('vpn', 'vpn-connection'), node('net', 'internet'),
      ],
      [link('l1', 'vpn-link', 'cgw', 'vpn'), link('l2', 'vpn-link', 'vpn', 'vgw'), link('f', 'flow', 'dc', 'net'), link('g', 'flow', 'dc', 'a')],
    );
    expect(check(doc).map((f) => [f.rule, f.severity, f.subjects[0]])).toEqual([['nat-remote-use', 'error', 'f']]);
  });

  it('gives one finding for a bidirectional flow that fails both ways', () => {
    const findings = check(buildDocument(triangle, [link('f', 'flow', 'a', 'b', { bidirectional: true })]));
    expect(findings).toHaveLength(1);
  });

  it('checks a one-way flow in its direction only, and skips ends of the wrong kinds', () => {
    const doc = buildDocument([...triangle, node('tgw', 'transit-gateway')], [...peerings, link('f', 'flow', 'a', 's', { bidirectional: false }), link('bad', 'flow', 'tgw', 'a')]);
    expect(check(doc)).toEqual([]);
  });
});
