import { describe, expect, it } from 'vitest';
import { canConnect } from '../connect';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { dxgwAllowedPrefixes } from './dxgw-allowed-prefixes';

type Raw = Record<string, unknown>;
const nodes: Raw[] = [
  vpc('prod', ['10.0.0.0/16', '10.1.0.0/16']),
  node('vgw', 'vpn-gateway', 'prod'),
  node('tgw1', 'transit-gateway'),
  node('tgw2', 'transit-gateway'),
  node('dxgw', 'dx-gateway'),
  node('dxgw2', 'dx-gateway'),
];
const run = (connections: Raw[]) => dxgwAllowedPrefixes.check(indexOf(buildDocument(nodes, connections)));
const assoc = (id: string, a: string, b: string, allowedPrefixes?: string[]) =>
  link(id, 'dxgw-association', a, b, allowedPrefixes ? { allowedPrefixes } : undefined);

describe('dxgw-allowed-prefixes', () => {
  it('is an error for a transit gateway association without allowed prefixes', () => {
    const findings = run([assoc('as1', 'dxgw', 'tgw1')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'dxgw-allowed-prefixes', severity: 'error', subjects: ['as1', 'dxgw', 'tgw1'] });
    expect(findings[0]!.message).toBe(
      'Direct Connect gateway association as1 between Direct Connect gateway dxgw and Transit gateway tgw1 has no allowed prefixes; ' +
        'a transit gateway association advertises on-premises only the allowed prefixes, so AWS requires at least one.',
    );
  });

  it('is an error when prefixes of two transit gateway associations on one DX gateway overlap', () => {
    const findings = run([assoc('as1', 'dxgw', 'tgw1', ['10.0.0.0/16', '10.8.0.0/16']), assoc('as2', 'tgw2', 'dxgw', ['10.8.4.0/24'])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', subjects: ['as2', 'as1', 'dxgw'] });
    expect(findings[0]!.message).toBe(
      'On Direct Connect gateway dxgw, the allowed prefix 10.8.4.0/24 for Transit gateway tgw2 overlaps 10.8.0.0/16 for Transit gateway tgw1; ' +
        'allowed prefixes of transit gateway associations on one Direct Connect gateway must not overlap.',
    );
  });

  it('groups three or more transit gateway associations whose prefixes overlap into one finding', () => {
    const doc = buildDocument(
      [...nodes, node('tgw3', 'transit-gateway')],
      [assoc('as1', 'dxgw', 'tgw1', ['10.0.0.0/8']), assoc('as2', 'dxgw', 'tgw2', ['10.1.0.0/16']), assoc('as3', 'dxgw', 'tgw3', ['10.2.0.0/16'])],
    );
    const findings = dxgwAllowedPrefixes.check(indexOf(doc));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', subjects: ['as3', 'as2', 'as1', 'dxgw'] })]);
    expect(findings[0]!.message).toContain(
      'the allowed prefixes of 3 transit gateway associations overlap one another: 10.2.0.0/16 for Transit gateway tgw3, 10.1.0.0/16 for Transit gateway tgw2 and 10.0.0.0/8 for Transit gateway tgw1;',
    );
  });

  it('warns when a VGW association\'s prefixes cover none of the VPC\'s blocks', () => {
    const findings = run([assoc('as1', 'dxgw', 'vgw', ['10.0.1.0/24', '192.168.0.0/16'])]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', subjects: ['as1', 'prod', 'vgw', 'dxgw'] });
    expect(findings[0]!.message).toBe(
      'The allowed prefixes (10.0.1.0/24, 192.168.0.0/16) of Direct Connect gateway association as1 with Virtual private gateway vgw cover none of ' +
        "VPC prod (10.0.0.0/16, 10.1.0.0/16); a prefix must be the VPC's block or a wider one, so nothing is advertised on-premises.",
    );
  });

  it('near misses', () => {
    // Prefixes given, disjoint; the same prefix on two different DX gateways.
    expect(run([assoc('as1', 'dxgw', 'tgw1', ['10.0.0.0/16']), assoc('as2', 'dxgw', 'tgw2', ['10.1.0.0/16'])])).toEqual([]);
    expect(run([assoc('as1', 'dxgw', 'tgw1', ['10.0.0.0/16']), assoc('as2', 'dxgw2', 'tgw2', ['10.0.0.0/16'])])).toEqual([]);
    // A VGW association without prefixes advertises the VPC's blocks; a wider prefix covers one of them.
    expect(run([assoc('as1', 'dxgw', 'vgw')])).toEqual([]);
    expect(run([assoc('as1', 'dxgw', 'vgw', ['10.1.0.0/16'])])).toEqual([]);
    expect(run([assoc('as1', 'dxgw', 'vgw', ['10.0.0.0/8'])])).toEqual([]);
    // Malformed prefixes are cidr-invalid's finding, not a missing list.
    expect(run([assoc('as1', 'dxgw', 'tgw1', ['10.0.0.0/33'])])).toEqual([]);
  });

  it('does not refuse drawing an association, which has no prefixes yet', () => {
    expect(canConnect(buildDocument(nodes), 'dxgw', 'tgw1')).toMatchObject({ ok: true, kind: 'dxgw-association' });
  });
});
