/**
 * The design at a glance, for the review page and its Markdown report: how many of each thing,
 * and, per region, how much IPv4 address space the VPCs take and how much of it subnets use.
 */
import type { CidrBlock } from '../cidr/cidr';
import type { TopologyDocument, TopologyNode } from '../document/types';
import { indexOf, type TopologyIndex } from '../graph/topology-index';
import { CONNECTION_KIND_LIST, type ConnectionKind } from '../kinds/connection-kinds';
import { NODE_KIND_LIST, type NodeKind } from '../kinds/node-kinds';

/** How the report names the group of VPCs and subnets outside any region (or in one without a code). */
export const NO_REGION_LABEL = 'no region';

/** IPv4 address counts: every block counted once, however many VPCs or subnets repeat it. */
export interface AddressSpace {
  /** Addresses in the union of the VPCs' IPv4 blocks. */
  vpcAddresses: number;
  /** Addresses in the union of the subnets' IPv4 blocks. */
  subnetAddresses: number;
  /**
   * Addresses of VPC space that subnets take: each subnet's block clipped to its own VPC's blocks,
   * so that a subnet drawn outside its VPC (`subnet-outside-vpc`) cannot push this past 100 %.
   */
  allocatedAddresses: number;
  /** allocatedAddresses as a percentage of vpcAddresses (0–100); undefined when there is no VPC space. */
  allocatedPercent: number | undefined;
}

/** One region of the design (or the group of elements without one). */
export interface RegionSummary extends AddressSpace {
  /** The region code; undefined for the "no region" group. */
  region: string | undefined;
  /** The code, or NO_REGION_LABEL. */
  label: string;
  vpcs: number;
  subnets: number;
}

/** What `summarizeDesign` answers. */
export interface DesignSummary {
  /** The document's name, trimmed; undefined when it has none. */
  name: string | undefined;
  vpcs: number;
  subnets: number;
  transitGateways: number;
  onPremisesNetworks: number;
  /** Number of nodes of every kind (zero included). */
  nodesByKind: Record<NodeKind, number>;
  /** Number of connections of every kind (zero included). */
  connectionsByKind: Record<ConnectionKind, number>;
  connections: number;
  /** Regions by code, then the "no region" group when anything lacks a region. */
  regions: RegionSummary[];
  /** The whole design: blocks repeated across regions are counted once here too. */
  total: AddressSpace;
}

type Interval = readonly [first: bigint, last: bigint];

/** Addresses in the union of the intervals (sort, then sweep). */
function unionSize(intervals: Interval[]): bigint {
  const sorted = [...intervals].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let total = 0n;
  let start: bigint | undefined;
  let end = 0n;
  for (const [first, last] of sorted) {
    if (start === undefined || first > end + 1n) {
      if (start !== undefined) total += end - start + 1n;
      start = first;
      end = last;
    } else if (last > end) {
      end = last;
    }
  }
  if (start !== undefined) total += end - start + 1n;
  return total;
}

/** The parts of a subnet's block that lie inside its own VPC's blocks. */
function clippedToVpc(index: TopologyIndex, subnet: TopologyNode, block: CidrBlock): Interval[] {
  const vpc = index.vpcOf(subnet);
  if (!vpc) return [];
  const parts: Interval[] = [];
  for (const outer of index.ipv4Blocks(vpc)) {
    const first = outer.first > block.first ? outer.first : block.first;
    const last = outer.last < block.last ? outer.last : block.last;
    if (first <= last) parts.push([first, last]);
  }
  return parts;
}

class SpaceAccumulator {
  readonly vpc: Interval[] = [];
  readonly subnet: Interval[] = [];
  readonly allocated: Interval[] = [];

  result(): AddressSpace {
    const vpcAddresses = Number(unionSize(this.vpc));
    const allocatedAddresses = Number(unionSize(this.allocated));
    return {
      vpcAddresses,
      subnetAddresses: Number(unionSize(this.subnet)),
      allocatedAddresses,
      allocatedPercent: vpcAddresses > 0 ? (allocatedAddresses / vpcAddresses) * 100 : undefined,
    };
  }
}

interface RegionGroup {
  vpcs: number;
  subnets: number;
  space: SpaceAccumulator;
}

/** Counts per kind and IPv4 address space per region (see DesignSummary). Linear in the document. */
export function summarizeDesign(doc: TopologyDocument): DesignSummary {
  const index = indexOf(doc);
  const nodesByKind = Object.fromEntries(NODE_KIND_LIST.map((kind) => [kind, index.nodesOfKind(kind).length])) as Record<NodeKind, number>;
  const connectionsByKind = Object.fromEntries(CONNECTION_KIND_LIST.map((kind) => [kind, index.connectionsOfKind(kind).length])) as Record<
    ConnectionKind,
    number
  >;

  // Map keys are codes; '' stands for "no region" (a region code is never empty: regionOf trims it away).
  const groups = new Map<string, RegionGroup>();
  const group = (code: string | undefined): RegionGroup => {
    const key = code ?? '';
    let found = groups.get(key);
    if (!found) {
      found = { vpcs: 0, subnets: 0, space: new SpaceAccumulator() };
      groups.set(key, found);
    }
    return found;
  };
  const total = new SpaceAccumulator();

  // A region drawn without VPCs yet is still part of the design.
  for (const region of index.nodesOfKind('region')) {
    const code = index.regionOf(region);
    if (code !== undefined) group(code);
  }
  for (const vpc of index.nodesOfKind('vpc')) {
    const g = group(index.regionOf(vpc));
    g.vpcs++;
    for (const block of index.ipv4Blocks(vpc)) {
      g.space.vpc.push([block.first, block.last]);
      total.vpc.push([block.first, block.last]);
    }
  }
  for (const subnet of index.nodesOfKind('subnet')) {
    const g = group(index.regionOf(subnet));
    g.subnets++;
    for (const block of index.ipv4Blocks(subnet)) {
      g.space.subnet.push([block.first, block.last]);
      total.subnet.push([block.first, block.last]);
      const parts = clippedToVpc(index, subnet, block);
      g.space.allocated.push(...parts);
      total.allocated.push(...parts);
    }
  }

  const codes = [...groups.keys()].filter((code) => code !== '').sort();
  if (groups.has('')) codes.push('');
  const regions = codes.map((code): RegionSummary => {
    const g = groups.get(code)!;
    return {
      region: code === '' ? undefined : code,
      label: code === '' ? NO_REGION_LABEL : code,
      vpcs: g.vpcs,
      subnets: g.subnets,
      ...g.space.result(),
    };
  });

  return {
    name: doc.name?.trim() || undefined,
    vpcs: nodesByKind.vpc,
    subnets: nodesByKind.subnet,
    transitGateways: nodesByKind['transit-gateway'],
    onPremisesNetworks: nodesByKind['on-premises'],
    nodesByKind,
    connectionsByKind,
    connections: doc.connections.length,
    regions,
    total: total.result(),
  };
}
