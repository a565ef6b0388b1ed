import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, region, subnet, vpc } from '../testing/build';
import { subnetAzRegion, zoneInRegion } from './subnet-az-region';

const inRegion = (code: string, az: string | undefined) =>
  subnetAzRegion.check(
    indexOf(buildDocument([region('r', code), vpc('v', ['10.0.0.0/16'], { parent: 'r' }), subnet('s', 'v', '10.0.1.0/24', { props: az === undefined ? {} : { az } })])),
  );

describe('subnet-az-region', () => {
  it('refuses a zone of another region, naming zone, region and VPC', () => {
    const findings = inRegion('ap-northeast-1', 'us-east-1a');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'subnet-az-region', severity: 'error', subjects: ['s', 'v', 'r'] });
    expect(findings[0]!.message).toBe(
      "Subnet s is in availability zone us-east-1a, which is not a zone of region ap-northeast-1 where VPC v is; a subnet lives in one zone of its VPC's region.",
    );
  });

  it('accepts the region\'s zones and Local Zones', () => {
    expect(inRegion('ap-northeast-1', 'ap-northeast-1a')).toEqual([]);
    expect(inRegion('us-west-2', 'us-west-2-lax-1a')).toEqual([]);
    expect(inRegion('us-east-1', 'us-east-1-wl1-bos-wlz-1')).toEqual([]);
  });

  it('does not take a longer region code for the same region', () => {
    expect(zoneInRegion('us-east-10a', 'us-east-1')).toBe(false);
    expect(zoneInRegion('us-west-2-lax-1a', 'us-west-2')).toBe(true);
    expect(zoneInRegion('us-west-2-lax-1a', 'us-west-1')).toBe(false);
    expect(inRegion('us-east-1', 'us-east-10a')).toHaveLength(1);
  });

  it('says nothing without a zone or without a known region', () => {
    expect(inRegion('ap-northeast-1', undefined)).toEqual([]);
    expect(inRegion('', 'us-east-1a')).toEqual([]);
    expect(subnetAzRegion.check(indexOf(buildDocument([vpc('v', ['10.0.0.0/16']), subnet('s', 'v', '10.0.1.0/24', { props: { az: 'us-east-1a' } })])))).toEqual([]);
  });
});
