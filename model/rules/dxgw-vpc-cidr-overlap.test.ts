import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { dxgwVpcCidrOverlap } from './dxgw-vpc-cidr-overlap';

type Raw = Record<string, unknown>;
const withVgw = (id: string, cidrs: string[], extra: Raw = {}): Raw[] => [vpc(id, cidrs, extra), node(`vgw-${id}`, 'vpn-gateway', id)];
const run = (nodes: Raw[], connections: Raw[]) => dxgwVpcCidrOverlap.check(indexOf(buildDocument(nodes, connections)));

describe('dxgw-vpc-cidr-overlap', () => {
  const nodes = [...withVgw('a', ['10.0.0.0/16']), ...withVgw('b', ['172.16.0.0/16', '10.0.128.0/17']), ...withVgw('c', ['10.1.0.0/16']), node('dxgw', 'dx-gateway')];

  it('fires when two VPCs associated through their VGWs overlap, even on a secondary block', () => {
    const findings = run(nodes, [link('as-a', 'dxgw-association', 'dxgw', 'vgw-a'), link('as-b', 'dxgw-association', 'vgw-b', 'dxgw')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'dxgw-vpc-cidr-overlap', severity: 'error', subjects: ['as-b', 'b', 'a', 'dxgw'] });
    expect(findings[0]!.message).toBe(
      'VPC b (10.0.128.0/17) and VPC a (10.0.0.0/16) overlap; VPCs whose virtual private gateways are associated with Direct Connect gateway dxgw must not have matching or overlapping blocks.',
    );
  });

  it('says "match" for identical blocks, and reports each pair of VPCs once', () => {
    const findings = run(
      [...withVgw('a', ['10.0.0.0/16', '10.2.0.0/16']), ...withVgw('d', ['10.0.0.0/16', '10.2.0.0/16']), node('dxgw', 'dx-gateway')],
      [link('as-a', 'dxgw-association', 'dxgw', 'vgw-a'), link('as-d', 'dxgw-association', 'dxgw', 'vgw-d')],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/^VPC d \(10\.0\.0\.0\/16\) and VPC a \(10\.0\.0\.0\/16\) match;/);
  });

  it('near misses: distinct blocks, different DX gateways, a detached VGW, a transit gateway association', () => {
    expect(run(nodes, [link('as-a', 'dxgw-association', 'dxgw', 'vgw-a'), link('as-c', 'dxgw-association', 'dxgw', 'vgw-c')])).toEqual([]);
    expect(
      run([...nodes, node('dxgw2', 'dx-gateway')], [link('as-a', 'dxgw-association', 'dxgw', 'vgw-a'), link('as-b', 'dxgw-association', 'dxgw2', 'vgw-b')]),
    ).toEqual([]);
    expect(
      run([...nodes, node('loose', 'vpn-gateway'), node('tgw', 'transit-gateway')], [
        link('as-a', 'dxgw-association', 'dxgw', 'vgw-a'),
        link('as-l', 'dxgw-association', 'dxgw', 'loose'),
        link('as-t', 'dxgw-association', 'dxgw', 'tgw'),
      ]),
    ).toEqual([]);
  });

  it('finds exactly the overlapping VPCs among many associated ones, grouped', () => {
    const many: Raw[] = [node('dxgw', 'dx-gateway')];
    const connections: Raw[] = [];
    for (let i = 0; i < 3000; i++) {
      many.push(...withVgw(`v${i}`, [`10.${i >> 8}.${i & 255}.0/24`]));
      connections.push(link(`as${i}`, 'dxgw-association', 'dxgw', `vgw-v${i}`));
    }
    many.push(...withVgw('big', ['10.0.0.0/16']));
    connections.push(link('as-big', 'dxgw-association', 'dxgw', 'vgw-big'));
    const index = indexOf(buildDocument(many, connections));
    // Reading props and parsing blocks is the index's cost, shared by every rule: time only the rule.
    for (const n of index.nodes()) index.ipv4Blocks(n);
    const findings = dxgwVpcCidrOverlap.check(index);
    expect(findings).toHaveLength(1);
    const vpcs = findings[0]!.subjects.slice(1, -1);
    expect(findings[0]!.subjects[0]).toBe('as-big');
    expect(vpcs).toEqual(['big', ...Array.from({ length: 256 }, (_, i) => `v${255 - i}`)]);
  });

  it('groups three or more VPCs joined by overlaps into one finding naming a few', () => {
    const many: Raw[] = [node('dxgw', 'dx-gateway')];
    const connections: Raw[] = [];
    for (let i = 0; i < 500; i++) {
      many.push(...withVgw(`v${i}`, ['10.0.0.0/16']));
      connections.push(link(`as-${i}`, 'dxgw-association', 'dxgw', `vgw-v${i}`));
    }
    const findings = run(many, connections);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.subjects.slice(0, 3)).toEqual(['as-499', 'v499', 'v498']);
    expect(findings[0]!.subjects).toHaveLength(502);
    expect(findings[0]!.message).toContain('500 VPCs associated with Direct Connect gateway dxgw have matching or overlapping blocks: VPC v499 (10.0.0.0/16), VPC v498 (10.0.0.0/16), VPC v497 (10.0.0.0/16) and 497 more;');
  });
});

describe('canConnect with dxgw-vpc-cidr-overlap', () => {
  const doc = buildDocument(
    [...withVgw('a', ['10.0.0.0/16']), ...withVgw('b', ['10.0.128.0/17']), ...withVgw('c', ['10.1.0.0/16']), node('dxgw', 'dx-gateway')],
    [link('as-a', 'dxgw-association', 'dxgw', 'vgw-a')],
  );
  it('refuses associating a VGW whose VPC overlaps one already on the DX gateway', () => {
    const answer = canConnect(doc, 'vgw-b', 'dxgw');
    expect(answer.ok).toBe(false);
    expect(answer.reason).toContain('10.0.128.0/17');
    expect(answer.reason).toContain('10.0.0.0/16');
  });
  it('accepts a VGW whose VPC is distinct', () => {
    expect(canConnect(doc, 'dxgw', 'vgw-c')).toMatchObject({ ok: true, kind: 'dxgw-association' });
  });
});
