import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, region, subnet, vpc } from '../testing/build';
import { NO_REGION_LABEL, summarizeDesign } from './summary';

const hybrid = () =>
  buildDocument(
    [
      region('tokyo', 'ap-northeast-1'),
      region('osaka', 'ap-northeast-3'),
      vpc('prod', ['10.0.0.0/16'], { parent: 'tokyo' }),
      // Inside prod's block: the overlap is counted once.
      vpc('prod-copy', ['10.0.128.0/17'], { parent: 'tokyo' }),
      vpc('shared', ['10.1.0.0/16', '10.2.0.0/24', 'not a cidr'], { parent: 'tokyo' }),
      subnet('prod-a', 'prod', '10.0.0.0/24'),
      subnet('prod-b', 'prod', '10.0.1.0/24'),
      // Overlaps prod-a (a subnet-cidr-overlap error): its addresses count once.
      subnet('prod-a-again', 'prod', '10.0.0.0/25'),
      subnet('copy-a', 'prod-copy', '10.0.128.0/24'),
      subnet('shared-a', 'shared', '10.2.0.0/25'),
      // Outside its VPC (subnet-outside-vpc): counted as subnet space, not as allocated VPC space.
      subnet('shared-stray', 'shared', '192.168.0.0/24'),
      vpc('dr', ['10.0.0.0/16'], { parent: 'osaka' }),
      subnet('dr-a', 'dr', '10.0.0.0/20'),
      vpc('sandbox', ['172.16.0.0/20']),
      subnet('sandbox-a', 'sandbox', '172.16.0.0/22'),
      node('tgw', 'transit-gateway', 'tokyo'),
      node('tgw-osaka', 'transit-gateway', 'osaka'),
      onPrem('dc', ['192.168.0.0/16']),
    ],
    [
      link('att-prod', 'tgw-attachment', 'tgw', 'prod'),
      link('att-shared', 'tgw-attachment', 'tgw', 'shared'),
      link('att-dr', 'tgw-attachment', 'tgw-osaka', 'dr'),
      link('tgw-peer', 'tgw-peering', 'tgw', 'tgw-osaka'),
      link('pcx', 'vpc-peering', 'prod', 'sandbox'),
    ],
  );

describe('summarizeDesign', () => {
  it('counts each kind of node and connection', () => {
    const summary = summarizeDesign(hybrid());
    expect(summary).toMatchObject({ vpcs: 5, subnets: 8, transitGateways: 2, onPremisesNetworks: 1, connections: 5 });
    expect(summary.nodesByKind.region).toBe(2);
    expect(summary.nodesByKind.instance).toBe(0);
    expect(summary.connectionsByKind).toMatchObject({ 'tgw-attachment': 3, 'tgw-peering': 1, 'vpc-peering': 1, flow: 0 });
  });

  it('sums VPC and subnet space per region, counting overlapping blocks once', () => {
    const [tokyo, osaka, none] = summarizeDesign(hybrid()).regions;
    // /16 (prod, with prod-copy's /17 inside it) + /16 + /24 (shared; the malformed block is ignored).
    expect(tokyo).toMatchObject({ region: 'ap-northeast-1', label: 'ap-northeast-1', vpcs: 3, subnets: 6, vpcAddresses: 65_536 + 65_536 + 256 });
    // 10.0.0.0/23 (prod-a, prod-b, prod-a-again inside prod-a) + /24 + /25 + the stray /24.
    expect(tokyo!.subnetAddresses).toBe(512 + 256 + 128 + 256);
    expect(tokyo!.allocatedAddresses).toBe(512 + 256 + 128);
    expect(tokyo!.allocatedPercent).toBeCloseTo((896 / 131_328) * 100, 10);
    expect(osaka).toMatchObject({ region: 'ap-northeast-3', vpcs: 1, subnets: 1, vpcAddresses: 65_536, subnetAddresses: 4096, allocatedAddresses: 4096 });
    expect(osaka!.allocatedPercent).toBe(6.25);
    expect(none).toMatchObject({ region: undefined, label: NO_REGION_LABEL, vpcs: 1, subnets: 1, vpcAddresses: 4096, allocatedPercent: 25 });
  });

  it('counts a block used in two regions once in the total', () => {
    const { total } = summarizeDesign(hybrid());
    // 10.0.0.0/16 is in Tokyo and Osaka.
    expect(total.vpcAddresses).toBe(131_328 + 4096);
    expect(total.subnetAddresses).toBe(4096 + 256 + 128 + 256 + 1024);
    expect(total.allocatedAddresses).toBe(4096 + 256 + 128 + 1024);
  });

  it('orders regions by code, with "no region" last, merging regions drawn twice and keeping empty ones', () => {
    const doc = buildDocument([
      region('r2', 'us-east-1'),
      region('r1', 'eu-west-1'),
      region('r1-again', ' eu-west-1 '),
      region('blank', '  '),
      vpc('a', ['10.0.0.0/16'], { parent: 'r1' }),
      vpc('b', ['10.1.0.0/16'], { parent: 'r1-again' }),
      vpc('c', ['10.2.0.0/16'], { parent: 'blank' }),
    ]);
    const regions = summarizeDesign(doc).regions;
    expect(regions.map((r) => r.label)).toEqual(['eu-west-1', 'us-east-1', NO_REGION_LABEL]);
    expect(regions[0]).toMatchObject({ vpcs: 2, vpcAddresses: 131_072, subnetAddresses: 0, allocatedPercent: 0 });
    expect(regions[1]).toMatchObject({ vpcs: 0, subnets: 0, vpcAddresses: 0, allocatedPercent: undefined });
    expect(regions[2]).toMatchObject({ vpcs: 1, vpcAddresses: 65_536 });
  });

  it('has no "no region" group when everything has a region, and handles an empty document', () => {
    expect(summarizeDesign(buildDocument([region('r', 'eu-west-1'), vpc('a', ['10.0.0.0/16'], { parent: 'r' })])).regions.map((r) => r.label)).toEqual([
      'eu-west-1',
    ]);
    const empty = summarizeDesign(buildDocument([]));
    expect(empty).toMatchObject({ name: undefined, vpcs: 0, regions: [], total: { vpcAddresses: 0, allocatedPercent: undefined } });
  });

  it('merges adjacent and nested blocks exactly, up to the whole IPv4 space', () => {
    const doc = buildDocument([
      vpc('a', ['0.0.0.0/1']),
      vpc('b', ['128.0.0.0/1']),
      vpc('c', ['10.0.0.0/8']),
      subnet('s', 'a', '0.0.0.0/1'),
    ]);
    expect(summarizeDesign(doc).total).toEqual({ vpcAddresses: 2 ** 32, subnetAddresses: 2 ** 31, allocatedAddresses: 2 ** 31, allocatedPercent: 50 });
  });

  it('sums 10,000 VPCs and their subnets exactly', () => {
    const nodes = [region('r', 'eu-west-1')];
    for (let i = 0; i < 10_000; i++) {
      nodes.push(vpc(`v${i}`, [`10.${i % 256}.${Math.floor(i / 256)}.0/24`], { parent: 'r' }));
      nodes.push(subnet(`s${i}`, `v${i}`, `10.${i % 256}.${Math.floor(i / 256)}.0/25`));
    }
    const summary = summarizeDesign(buildDocument(nodes));
    expect(summary.regions[0]).toMatchObject({ vpcs: 10_000, vpcAddresses: 2_560_000, allocatedAddresses: 1_280_000, allocatedPercent: 50 });
  });
});
