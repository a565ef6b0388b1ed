import { describe, expect, it } from 'vitest';
import { parseCidr } from '../cidr/cidr';
import { buildDocument, onPrem, region, subnet, vpc } from '../testing/build';
import { proposeAvailabilityZone, proposeSubnetCidr, proposeVpcCidr } from './propose';

describe('proposeVpcCidr', () => {
  it('proposes 10.0.0.0/16 on an empty canvas', () => {
    expect(proposeVpcCidr(buildDocument([]))).toBe('10.0.0.0/16');
  });
  it('skips every block drawn, VPCs and on-premises networks alike', () => {
    const doc = buildDocument([vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/17', '10.2.0.0/16']), onPrem('dc', ['10.3.0.0/16'])]);
    expect(proposeVpcCidr(doc)).toBe('10.4.0.0/16');
  });
  it('ignores malformed blocks instead of failing', () => {
    const doc = buildDocument([vpc('a', ['10.0.0.0/33', 'nonsense'])]);
    expect(proposeVpcCidr(doc)).toBe('10.0.0.0/16');
  });
  it('moves on to 172.16.0.0/12 when 10.0.0.0/8 is full', () => {
    const doc = buildDocument([vpc('big', ['10.0.0.0/8'])]);
    expect(proposeVpcCidr(doc)).toBe('172.16.0.0/16');
  });
  it('avoids blocks claimed by the caller', () => {
    const doc = buildDocument([]);
    const claimed = parseCidr(proposeVpcCidr(doc)!);
    if (!claimed.ok) throw new Error('the proposal does not parse');
    expect(proposeVpcCidr(doc, 16, [claimed.block])).toBe('10.1.0.0/16');
  });
});

describe('proposeSubnetCidr', () => {
  it('proposes the first /24 of an empty VPC', () => {
    const doc = buildDocument([vpc('a', ['10.8.0.0/16'])]);
    expect(proposeSubnetCidr(doc, 'a')).toBe('10.8.0.0/24');
  });
  it('proposes the next free /24, filling gaps', () => {
    const doc = buildDocument([
      vpc('a', ['10.8.0.0/16']),
      subnet('s1', 'a', '10.8.0.0/24'),
      subnet('s2', 'a', '10.8.2.0/24'),
    ]);
    expect(proposeSubnetCidr(doc, 'a')).toBe('10.8.1.0/24');
  });
  it('uses a secondary block when the primary is full', () => {
    const doc = buildDocument([vpc('a', ['10.8.0.0/24', '10.9.0.0/16']), subnet('s1', 'a', '10.8.0.0/24')]);
    expect(proposeSubnetCidr(doc, 'a')).toBe('10.9.0.0/24');
  });
  it('proposes a quarter of a small VPC', () => {
    const doc = buildDocument([vpc('a', ['192.168.1.0/24'])]);
    expect(proposeSubnetCidr(doc, 'a')).toBe('192.168.1.0/26');
  });
  it('gives nothing for a VPC without a valid block', () => {
    const doc = buildDocument([vpc('a', ['x'])]);
    expect(proposeSubnetCidr(doc, 'a')).toBeUndefined();
  });
});

describe('proposeAvailabilityZone', () => {
  it('proposes zone a of the region', () => {
    const doc = buildDocument([region('r', 'eu-west-1'), vpc('a', ['10.0.0.0/16'], { parent: 'r' })]);
    expect(proposeAvailabilityZone(doc, 'a')).toBe('eu-west-1a');
  });
  it('spreads subnets added one after another across the region\'s zones, filling gaps first', () => {
    const withSubnets = (...azs: string[]) =>
      buildDocument([
        region('r', 'ap-northeast-1'),
        vpc('a', ['10.0.0.0/16'], { parent: 'r' }),
        ...azs.map((az, i) => ({ id: `s${i}`, kind: 'subnet' as const, parent: 'a', props: { cidr: `10.0.${i}.0/24`, az } })),
      ]);
    // ap-northeast-1 has zones a, c and d (no b for new accounts).
    expect(proposeAvailabilityZone(withSubnets('ap-northeast-1a'), 'a')).toBe('ap-northeast-1c');
    expect(proposeAvailabilityZone(withSubnets('ap-northeast-1a', 'ap-northeast-1c'), 'a')).toBe('ap-northeast-1d');
    expect(proposeAvailabilityZone(withSubnets('ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d'), 'a')).toBe('ap-northeast-1a');
    expect(proposeAvailabilityZone(withSubnets('ap-northeast-1a', 'ap-northeast-1d', 'ap-northeast-1a'), 'a')).toBe('ap-northeast-1c');
  });
  it('proposes nothing outside a region', () => {
    expect(proposeAvailabilityZone(buildDocument([vpc('a', ['10.0.0.0/16'])]), 'a')).toBeUndefined();
  });
});
