/**
 * Generated AWS-shaped documents without positions, for the layout's tests and benchmark: regions
 * with a transit gateway and VPCs (public and private subnets in several AZs, instances, NAT and
 * internet gateways, endpoints), on-premises sites reaching them over Direct Connect and VPN,
 * peerings and flows. Seeded, so the same options always give the same document.
 */
import { parseDocumentValue } from '../document/parse';
import type { TopologyDocument } from '../document/types';

/** Shape of a generated network. */
export interface SampleNetworkOptions {
  regions: number;
  vpcsPerRegion: number;
  /** Availability zones per VPC (at most 6). */
  azs: number;
  /** Instances in every subnet. */
  instancesPerSubnet: number;
  /** On-premises sites; the first reaches AWS over Direct Connect, every site over VPN. */
  sites: number;
  /** Seed of the generator for peerings, flows and endpoint placement. */
  seed?: number;
}

type Raw = Record<string, unknown>;

/** Mulberry32: a small deterministic generator (Math.random would make layouts irreproducible). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGION_CODES = ['ap-northeast-1', 'us-east-1', 'eu-west-1', 'us-west-2', 'ap-southeast-2', 'eu-central-1', 'sa-east-1', 'ca-central-1'];

/** A generated network (see the module comment). */
function sampleNetwork(options: SampleNetworkOptions): TopologyDocument {
  const rand = random(options.seed ?? 1);
  const nodes: Raw[] = [];
  const connections: Raw[] = [];
  const link = (kind: string, source: string, target: string, props?: Raw) =>
    connections.push({ id: `${kind}-${connections.length}`, kind, source, target, ...(props ? { props } : {}) });

  const sites: string[] = [];
  for (let s = 0; s < options.sites; s++) {
    nodes.push({ id: `site-${s}`, kind: 'on-premises', name: `site ${s}`, props: { cidrs: [`192.168.${s}.0/24`] } });
    nodes.push({ id: `cgw-${s}`, kind: 'customer-gateway', name: `router ${s}`, parent: `site-${s}`, props: { asn: 65000 + s } });
    sites.push(`cgw-${s}`);
  }
  const hasDx = options.sites > 0;
  if (hasDx) nodes.push({ id: 'dxgw', kind: 'dx-gateway', name: 'dxgw', props: { asn: 64600 } });

  const allVpcs: string[] = [];
  const instances: string[] = [];
  let vpcNumber = 0;
  for (let r = 0; r < options.regions; r++) {
    const code = REGION_CODES[r % REGION_CODES.length]!;
    const region = `region-${r}`;
    nodes.push({ id: region, kind: 'region', name: code, props: { code } });
    const tgw = `tgw-${r}`;
    nodes.push({ id: tgw, kind: 'transit-gateway', name: `tgw ${code}`, parent: region, props: { asn: 64512 + r } });
    if (hasDx) link('dxgw-association', 'dxgw', tgw);
    if (r > 0) link('tgw-peering', `tgw-${r - 1}`, tgw);
    if (r === 0 && hasDx) {
      nodes.push({ id: 'dx-0', kind: 'dx-connection', name: 'DX location', parent: region, props: { bandwidth: '10Gbps' } });
      link('dx-link', 'dx-0', sites[0]!);
      link('vif', 'dx-0', 'dxgw', { type: 'transit' });
    }
    sites.forEach((cgw, s) => {
      if (r !== s % options.regions) return;
      const vpn = `vpn-${r}-${s}`;
      nodes.push({ id: vpn, kind: 'vpn-connection', name: `vpn site ${s}`, parent: region });
      link('vpn-link', vpn, cgw);
      link('vpn-link', vpn, tgw);
    });
    for (let v = 0; v < options.vpcsPerRegion; v++, vpcNumber++) {
      const vpc = `vpc-${r}-${v}`;
      const second = vpcNumber % 256;
      nodes.push({ id: vpc, kind: 'vpc', name: `vpc ${r}.${v}`, parent: region, props: { cidrs: [`10.${second}.0.0/16`] } });
      allVpcs.push(vpc);
      link('tgw-attachment', tgw, vpc);
      nodes.push({ id: `igw-${r}-${v}`, kind: 'internet-gateway', name: 'igw', parent: vpc });
      for (let a = 0; a < Math.min(options.azs, 6); a++) {
        const az = `${code}${'abcdef'[a]}`;
        for (const [tier, isPublic] of [['public', true], ['private', false]] as const) {
          const subnet = `subnet-${r}-${v}-${a}-${tier}`;
          const third = a * 2 + (isPublic ? 0 : 1);
          nodes.push({ id: subnet, kind: 'subnet', name: `${tier} ${az}`, parent: vpc, props: { cidr: `10.${second}.${third}.0/24`, az, public: isPublic } });
          if (isPublic && a === 0) nodes.push({ id: `nat-${r}-${v}`, kind: 'nat-gateway', name: 'nat', parent: subnet });
          for (let i = 0; i < options.instancesPerSubnet; i++) {
            const instance = `i-${r}-${v}-${a}-${tier}-${i}`;
            nodes.push({ id: instance, kind: 'instance', name: `${tier} ${i}`, parent: subnet });
            instances.push(instance);
          }
        }
      }
      if (rand() < 0.3) nodes.push({ id: `vpce-${r}-${v}`, kind: 'vpc-endpoint', name: 's3', parent: vpc, props: { type: 'gateway', service: 's3' } });
      if (v > 0 && rand() < 0.15) link('vpc-peering', `vpc-${r}-${v - 1}`, vpc);
    }
  }
  // A few flows from sites to workloads, and between workloads.
  const flows = Math.min(instances.length, Math.max(1, Math.round(instances.length / 10)));
  for (let f = 0; f < flows; f++) {
    const to = instances[Math.floor(rand() * instances.length)]!;
    const from = f % 3 === 0 && options.sites > 0 ? `site-${f % options.sites}` : instances[Math.floor(rand() * instances.length)]!;
    if (from !== to) link('flow', from, to);
  }
  return parseDocumentValue({ format: 'vpc-canvas', version: 1, name: 'sample network', nodes, connections });
}

/** A sample network of roughly `nodes` nodes: 2 AZs, 1 instance per subnet, more regions as it grows. */
export function sampleOfSize(nodes: number, seed = 1): TopologyDocument {
  // One VPC with 2 AZs is 11 nodes (VPC, IGW, NAT, 4 subnets, 4 instances); each region adds 2–3.
  const regions = Math.max(1, Math.round(Math.sqrt(nodes / 60)));
  const sites = Math.min(4, regions + 1);
  const overhead = 2 + sites * 2 + regions * 3;
  const vpcsPerRegion = Math.max(1, Math.round((nodes - overhead) / 11 / regions));
  return sampleNetwork({ regions, vpcsPerRegion, azs: 2, instancesPerSubnet: 1, sites, seed });
}
