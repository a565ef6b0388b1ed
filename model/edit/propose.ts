/**
 * Address blocks the editor proposes for new VPCs and subnets: the first free block that
 * overlaps nothing already drawn. The user can always type another one.
 */
import { nextFreeBlock, parseCidr, type CidrBlock } from '../cidr/cidr';
import type { TopologyDocument } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { availabilityZonesOf } from '../kinds/availability-zones';

/** The private ranges of RFC 1918, in the order VPCs are proposed from. */
const PRIVATE_POOLS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((text) => {
  const parsed = parseCidr(text, 4);
  if (!parsed.ok) throw new Error(`bad pool ${text}`);
  return parsed.block;
});

/** Every valid IPv4 block of the document's VPCs and on-premises networks. */
function networkBlocks(doc: TopologyDocument): CidrBlock[] {
  const index = indexOf(doc);
  return [...index.nodesOfKind('vpc'), ...index.nodesOfKind('on-premises')].flatMap((n) => index.ipv4Blocks(n));
}

/**
 * A free block of `prefix` length (a /16 unless said) in the private ranges that overlaps no VPC
 * or on-premises block in the document, nor any of `alsoAvoid`. Undefined when all are taken.
 */
export function proposeVpcCidr(doc: TopologyDocument, prefix = 16, alsoAvoid: readonly CidrBlock[] = []): string | undefined {
  const avoid = [...networkBlocks(doc), ...alsoAvoid];
  for (const pool of PRIVATE_POOLS) {
    if (prefix < pool.prefix) continue;
    const block = nextFreeBlock(pool, prefix, avoid);
    if (block) return block.text;
  }
  return undefined;
}

/** The subnet size proposed inside a VPC block: a /24, or a quarter of a block smaller than a /22. */
function defaultSubnetPrefix(vpcBlock: CidrBlock): number {
  return Math.min(28, Math.max(24, vpcBlock.prefix + 2));
}

/**
 * The next free block inside the VPC `vpcId` that overlaps none of its subnets nor `alsoAvoid`:
 * a /24 unless `prefix` says otherwise. Tries each of the VPC's blocks in order. Undefined when
 * the VPC has no valid block or no room left.
 */
export function proposeSubnetCidr(doc: TopologyDocument, vpcId: string, prefix?: number, alsoAvoid: readonly CidrBlock[] = []): string | undefined {
  const index = indexOf(doc);
  const vpc = index.node(vpcId);
  if (vpc?.kind !== 'vpc') return undefined;
  const taken = [
    ...index.childrenOfKind(vpc.id, 'subnet').flatMap((s) => {
      const cidr = index.props(s).cidr;
      const parsed = cidr === undefined ? undefined : parseCidr(cidr, 4);
      return parsed?.ok ? [parsed.block] : [];
    }),
    ...alsoAvoid,
  ];
  for (const block of index.ipv4Blocks(vpc)) {
    const free = nextFreeBlock(block, prefix ?? defaultSubnetPrefix(block), taken);
    if (free) return free.text;
  }
  return undefined;
}

/**
 * The availability zone proposed for a new subnet of VPC `vpcId`: the first of its region's zones
 * used by the fewest of the VPC's subnets, so that subnets added one after another spread across
 * zones as AWS advises for high availability. Undefined when the region is unknown.
 */
export function proposeAvailabilityZone(doc: TopologyDocument, vpcId: string): string | undefined {
  const index = indexOf(doc);
  const vpc = index.node(vpcId);
  const region = vpc ? index.regionOf(vpc) : undefined;
  if (!region || !vpc) return undefined;
  const zones = availabilityZonesOf(region);
  const used = new Map(zones.map((zone) => [zone, 0]));
  for (const subnet of index.childrenOfKind(vpc.id, 'subnet')) {
    const az = index.props(subnet).az;
    if (az !== undefined && used.has(az)) used.set(az, used.get(az)! + 1);
  }
  return zones.reduce((best, zone) => (used.get(zone)! < used.get(best)! ? zone : best));
}
