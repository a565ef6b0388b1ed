import { addressingOf } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/**
 * What may follow the region code in a zone name: AZ letters (`ap-northeast-1a`), or a dash and
 * a Local Zone or Wavelength Zone name (`us-west-2-lax-1a`, `us-east-1-wl1-bos-wlz-1`). A bare
 * prefix match would take `us-east-10a` for a zone of `us-east-1`.
 */
const ZONE_SUFFIX = /^(?:[a-z]+|-[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** True when the zone name belongs to the region. */
export function zoneInRegion(az: string, regionCode: string): boolean {
  const zone = az.trim().toLowerCase();
  const code = regionCode.trim().toLowerCase();
  return zone.startsWith(code) && ZONE_SUFFIX.test(zone.slice(code.length));
}

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const { subnet, props } of addressingOf(index).subnets) {
    const az = props.az?.trim();
    const code = index.regionOf(subnet);
    // Without a zone or a known region there is nothing to compare.
    if (!az || !code || zoneInRegion(az, code)) continue;
    const vpc = index.vpcOf(subnet);
    const region = index.ancestorOfKind(subnet, 'region');
    findings.push(
      finding(
        'subnet-az-region',
        `${index.label(subnet)} is in availability zone ${az}, which is not a zone of region ${code}${vpc ? ` where ${index.label(vpc)} is` : ''}; a subnet lives in one zone of its VPC's region.`,
        [subnet.id, vpc?.id, region?.id],
      ),
    );
  }
  return findings;
}

/** `subnet-az-region`: a subnet's availability zone that does not belong to its region. */
export const subnetAzRegion = defineRule('subnet-az-region', { check });
