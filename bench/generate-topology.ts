/**
 * Large, AWS-shaped topology documents for the model benchmark: regions of VPCs (about five
 * subnets across three AZs each, some public with an internet gateway and a NAT gateway), a few
 * transit gateways per region with most VPCs attached, random peerings inside a region,
 * on-premises sites with a VPN to a transit gateway and Direct Connect through DX gateways, some
 * VPCs on VGWs associated with a second DX gateway, and flows. Seeded, so every run measures the
 * same documents. Mostly valid: a few duplicated blocks give the overlap rules something to find.
 */

type Raw = Record<string, unknown>;

/** Counts of what a generated document holds, for the benchmark's table. */
export interface GeneratedTopology {
  /** The document as JSON data (not yet parsed). */
  value: { format: 'vpc-canvas'; version: 1; name: string; nodes: Raw[]; connections: Raw[] };
  vpcIds: string[];
  siteIds: string[];
  tgwIds: string[];
  /** VPC ids per region code, for picking same-region pairs. */
  vpcsByRegion: Map<string, string[]>;
}

const REGION_CODES = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-central-1', 'eu-north-1',
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'ap-south-1', 'ca-central-1', 'sa-east-1',
];

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same document. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks an element of a non-empty list. */
export function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** The VPC's /22 inside 10.0.0.0/8: 16,384 distinct blocks, enough for every size benchmarked. */
function vpcBlock(i: number): { second: number; third: number } {
  return { second: Math.floor(i / 64) % 256, third: (i % 64) * 4 };
}

/** Generates a topology of `vpcCount` VPCs; `flowsPer` VPCs get one flow each. */
export function generateTopology(vpcCount: number, seed = 1, flowsPer = 20): GeneratedTopology {
  const random = seededRandom(seed);
  const nodes: Raw[] = [];
  const connections: Raw[] = [];
  const regionCount = Math.min(REGION_CODES.length, Math.max(2, Math.round(Math.sqrt(vpcCount) / 6)));
  const regions = REGION_CODES.slice(0, regionCount);
  const vpcIds: string[] = [];
  const tgwIds: string[] = [];
  const siteIds: string[] = [];
  const vpcsByRegion = new Map<string, string[]>(regions.map((r) => [r, []]));
  const tgwsByRegion = new Map<string, string[]>();
  const vgwDxgwByRegion = new Map<string, string>();
  const dxgwByRegion = new Map<string, string>();

  nodes.push({ id: 'internet', kind: 'internet', name: 'Internet' });
  let prefixCounter = 0;
  for (const code of regions) {
    const regionId = `region-${code}`;
    nodes.push({ id: regionId, kind: 'region', name: code, props: { code } });
    const tgws: string[] = [];
    const dxgw = `dxgw-${code}`;
    nodes.push({ id: dxgw, kind: 'dx-gateway', name: `dxgw ${code}`, props: { asn: 64600 } });
    dxgwByRegion.set(code, dxgw);
    for (let t = 0; t < 3; t++) {
      const id = `tgw-${code}-${t}`;
      nodes.push({ id, kind: 'transit-gateway', name: `hub ${code} ${t}`, parent: regionId, props: { asn: 64512 + t } });
      tgws.push(id);
      tgwIds.push(id);
      // Distinct allowed prefixes per association, so that the DX gateway's associations do not clash.
      connections.push({
        id: `dxgwa-${id}`, kind: 'dxgw-association', source: dxgw, target: id,
        props: { allowedPrefixes: [`10.255.${prefixCounter++}.0/24`] },
      });
    }
    tgwsByRegion.set(code, tgws);
    const vgwDxgw = `dxgw-vgw-${code}`;
    nodes.push({ id: vgwDxgw, kind: 'dx-gateway', name: `dxgw for VGWs ${code}`, props: { asn: 64700 } });
    vgwDxgwByRegion.set(code, vgwDxgw);
  }

  for (let i = 0; i < vpcCount; i++) {
    const code = regions[i % regionCount]!;
    const vpc = `vpc-${i}`;
    // One VPC in two hundred reuses an earlier VPC's block: realistic mistakes for the overlap rules.
    const { second, third } = vpcBlock(i > 10 && random() < 0.005 ? Math.floor(random() * i) : i);
    nodes.push({ id: vpc, kind: 'vpc', name: `app-${i}`, parent: `region-${code}`, props: { cidrs: [`10.${second}.${third}.0/22`] } });
    vpcIds.push(vpc);
    vpcsByRegion.get(code)!.push(vpc);
    const isPublic = random() < 0.3;
    for (let s = 0; s < 5; s++) {
      const id = `${vpc}-s${s}`;
      nodes.push({
        id, kind: 'subnet', name: `${i}-${s}`, parent: vpc,
        props: { cidr: `10.${second}.${third + (s >> 1)}.${(s & 1) * 128}/25`, az: `${code}${'abc'[s % 3]}`, public: isPublic && s < 2 },
      });
    }
    nodes.push({ id: `${vpc}-i`, kind: 'instance', name: `server ${i}`, parent: `${vpc}-s2` });
    if (isPublic) {
      nodes.push({ id: `${vpc}-igw`, kind: 'internet-gateway', name: `igw ${i}`, parent: vpc });
      nodes.push({ id: `${vpc}-nat`, kind: 'nat-gateway', name: `nat ${i}`, parent: `${vpc}-s0` });
    }
    const tgws = tgwsByRegion.get(code)!;
    const roll = random();
    if (roll < 0.85) {
      const t = Math.floor(random() * tgws.length);
      connections.push({ id: `tgwa-${i}`, kind: 'tgw-attachment', source: tgws[t]!, target: vpc });
      // A few VPCs on two hubs of their region.
      if (roll < 0.05) connections.push({ id: `tgwa-${i}-b`, kind: 'tgw-attachment', source: tgws[(t + 1) % tgws.length]!, target: vpc });
    } else if (roll < 0.95) {
      nodes.push({ id: `${vpc}-vgw`, kind: 'vpn-gateway', name: `vgw ${i}`, parent: vpc });
      connections.push({ id: `dxgwa-${vpc}`, kind: 'dxgw-association', source: vgwDxgwByRegion.get(code)!, target: `${vpc}-vgw` });
    }
  }

  // Peerings: about one for every two VPCs, between VPCs of one region, never the same pair twice.
  const peered = new Set<string>();
  for (const [, ids] of vpcsByRegion) {
    for (const a of ids) {
      if (random() >= 0.5 || ids.length < 2) continue;
      const b = pick(random, ids);
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (a === b || peered.has(key)) continue;
      peered.add(key);
      connections.push({ id: `pcx-${peered.size}`, kind: 'vpc-peering', source: a, target: b });
    }
  }

  // On-premises sites: a VPN to a transit gateway and a Direct Connect link with a transit VIF.
  const siteCount = Math.max(2, Math.round(vpcCount / 50));
  for (let k = 0; k < siteCount; k++) {
    const code = regions[k % regionCount]!;
    const site = `site-${k}`;
    siteIds.push(site);
    nodes.push({ id: site, kind: 'on-premises', name: `data centre ${k}`, props: { cidrs: [`172.${16 + (k >> 8)}.${k & 255}.0/24`] } });
    nodes.push({ id: `${site}-cgw`, kind: 'customer-gateway', name: `router ${k}`, parent: site, props: { ip: `198.51.${k >> 8}.${k & 255}`, asn: 65000 + k } });
    nodes.push({ id: `${site}-cgw-dx`, kind: 'customer-gateway', name: `dx router ${k}`, parent: site, props: { asn: 65000 + k } });
    nodes.push({ id: `${site}-vpn`, kind: 'vpn-connection', name: `vpn ${k}`, parent: `region-${code}` });
    connections.push({ id: `${site}-vl-c`, kind: 'vpn-link', source: `${site}-vpn`, target: `${site}-cgw` });
    connections.push({ id: `${site}-vl-t`, kind: 'vpn-link', source: `${site}-vpn`, target: pick(random, tgwsByRegion.get(code)!) });
    nodes.push({ id: `${site}-dx`, kind: 'dx-connection', name: `dx ${k}`, parent: `region-${code}`, props: { bandwidth: '10Gbps' } });
    connections.push({ id: `${site}-dxl`, kind: 'dx-link', source: `${site}-dx`, target: `${site}-cgw-dx` });
    connections.push({ id: `${site}-vif-t`, kind: 'vif', source: `${site}-dx`, target: dxgwByRegion.get(code)!, props: { type: 'transit' } });
    connections.push({ id: `${site}-vif-p`, kind: 'vif', source: `${site}-dx`, target: vgwDxgwByRegion.get(code)!, props: { type: 'private' } });
  }

  // Flows: VPC to VPC in a region, site to VPC, and subnet to the internet.
  const flowCount = Math.max(3, Math.round(vpcCount / flowsPer));
  for (let f = 0; f < flowCount; f++) {
    const kind = f % 3;
    let source: string;
    let target: string;
    if (kind === 0) {
      const ids = vpcsByRegion.get(pick(random, regions))!;
      source = pick(random, ids);
      target = pick(random, ids);
      if (source === target) continue;
    } else if (kind === 1) {
      source = pick(random, siteIds);
      target = pick(random, vpcIds);
    } else {
      source = `${pick(random, vpcIds)}-s2`;
      target = 'internet';
    }
    connections.push({ id: `flow-${f}`, kind: 'flow', source, target, ...(target === 'internet' ? { props: { bidirectional: false } } : {}) });
  }

  return {
    value: { format: 'vpc-canvas', version: 1, name: `Benchmark: ${vpcCount} VPCs`, nodes, connections },
    vpcIds,
    siteIds,
    tgwIds,
    vpcsByRegion,
  };
}
