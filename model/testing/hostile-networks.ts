/**
 * Documents shaped to hurt: deep chains, wide stars, deep nesting, long cycles. Built as raw JSON
 * values so that a test can also hand them to the parser as text, and sized by the caller. Used by
 * the hostile-input suite (`model/hostile-inputs.test.ts`) and usable by the CLI's and the
 * editor's tests.
 */

type Raw = Record<string, unknown>;

/** A raw document value (not parsed): `format`, `version`, `nodes`, `connections`. */
export interface RawDocument {
  format: 'vpc-canvas';
  version: 1;
  nodes: Raw[];
  connections: Raw[];
}

const raw = (nodes: Raw[], connections: Raw[]): RawDocument => ({ format: 'vpc-canvas', version: 1, nodes, connections });

/** The i-th distinct /24 of 10.0.0.0/8 (65,536 of them). */
const slash24 = (i: number): string => `10.${(i >> 8) & 255}.${i & 255}.0/24`;

/**
 * `length` VPCs peered in a line, v0 — v1 — … , with one flow from the first to the last: peering is
 * not transitive, so the flow fails and its explanation walks the whole chain.
 */
export function peeringChain(length: number): RawDocument {
  const nodes: Raw[] = [];
  const connections: Raw[] = [];
  for (let i = 0; i < length; i++) nodes.push({ id: `v${i}`, kind: 'vpc', name: `v${i}`, props: { cidrs: [slash24(i)] } });
  for (let i = 1; i < length; i++) connections.push({ id: `pcx${i}`, kind: 'vpc-peering', source: `v${i - 1}`, target: `v${i}` });
  connections.push({ id: 'flow', kind: 'flow', source: 'v0', target: `v${length - 1}` });
  return raw(nodes, connections);
}

/** `length` transit gateways peered in a line, each with one VPC attached, and a flow between the VPCs at the two ends. */
export function transitGatewayChain(length: number): RawDocument {
  const nodes: Raw[] = [];
  const connections: Raw[] = [];
  for (let i = 0; i < length; i++) {
    nodes.push({ id: `tgw${i}`, kind: 'transit-gateway', name: `tgw${i}` }, { id: `v${i}`, kind: 'vpc', name: `v${i}`, props: { cidrs: [slash24(i)] } });
    connections.push({ id: `att${i}`, kind: 'tgw-attachment', source: `tgw${i}`, target: `v${i}` });
    if (i > 0) connections.push({ id: `tp${i}`, kind: 'tgw-peering', source: `tgw${i - 1}`, target: `tgw${i}` });
  }
  connections.push({ id: 'flow', kind: 'flow', source: 'v0', target: `v${length - 1}` });
  return raw(nodes, connections);
}

/** A hub VPC peered with `spokes` VPCs that all have the same block (every pair of spokes overlaps). */
export function overlappingStar(spokes: number): RawDocument {
  const nodes: Raw[] = [{ id: 'hub', kind: 'vpc', name: 'hub', props: { cidrs: ['10.0.0.0/16'] } }];
  const connections: Raw[] = [];
  for (let i = 0; i < spokes; i++) {
    nodes.push({ id: `s${i}`, kind: 'vpc', name: `s${i}`, props: { cidrs: ['10.1.0.0/16'] } });
    connections.push({ id: `pcx${i}`, kind: 'vpc-peering', source: 'hub', target: `s${i}` });
  }
  return raw(nodes, connections);
}

/**
 * `vpcs` VPCs of one block on one transit gateway, `sites` on-premises networks overlapping all of
 * them over VPNs to it, and `subnets` copies of one subnet in the first VPC: every per-pair rule at
 * once (tgw-cidr-conflict, hybrid-cidr-overlap, subnet-cidr-overlap).
 */
export function overlappingEverything(vpcs: number, sites: number, subnets: number): RawDocument {
  const nodes: Raw[] = [{ id: 'tgw', kind: 'transit-gateway', name: 'tgw' }];
  const connections: Raw[] = [];
  for (let i = 0; i < vpcs; i++) {
    nodes.push({ id: `v${i}`, kind: 'vpc', name: `v${i}`, props: { cidrs: ['10.0.0.0/16'] } });
    connections.push({ id: `att${i}`, kind: 'tgw-attachment', source: 'tgw', target: `v${i}` });
  }
  for (let i = 0; i < subnets; i++) nodes.push({ id: `sub${i}`, kind: 'subnet', name: `sub${i}`, parent: 'v0', props: { cidr: '10.0.1.0/24' } });
  for (let i = 0; i < sites; i++) {
    nodes.push(
      { id: `dc${i}`, kind: 'on-premises', name: `dc${i}`, props: { cidrs: ['10.0.0.0/8'] } },
      { id: `cgw${i}`, kind: 'customer-gateway', name: `cgw${i}`, parent: `dc${i}`, props: { asn: 65000 + (i % 1000) } },
      { id: `vpn${i}`, kind: 'vpn-connection', name: `vpn${i}` },
    );
    connections.push({ id: `vl${i}a`, kind: 'vpn-link', source: `cgw${i}`, target: `vpn${i}` }, { id: `vl${i}b`, kind: 'vpn-link', source: `vpn${i}`, target: 'tgw' });
  }
  return raw(nodes, connections);
}

/** `depth` regions, each inside the one before: containment far deeper than any real design. */
export function nestedRegions(depth: number): RawDocument {
  const nodes: Raw[] = [];
  for (let i = 0; i < depth; i++) nodes.push({ id: `r${i}`, kind: 'region', name: `r${i}`, ...(i > 0 ? { parent: `r${i - 1}` } : {}), position: { x: 1, y: 2 }, props: { code: 'us-east-1' } });
  return raw(nodes, []);
}

/** `length` regions whose parents close a loop: n0 inside n1 inside … inside n0. */
export function containmentCycle(length: number): RawDocument {
  const nodes: Raw[] = [];
  for (let i = 0; i < length; i++) nodes.push({ id: `n${i}`, kind: 'region', parent: `n${(i + 1) % length}`, props: { code: 'us-east-1' } });
  return raw(nodes, []);
}

/** One VPC holding `count` gateway endpoints beside its one subnet: a level of the layout wider than a call takes arguments. */
export function wideVpc(count: number): RawDocument {
  const nodes: Raw[] = [{ id: 'v', kind: 'vpc', name: 'v', props: { cidrs: ['10.0.0.0/16'] } }, { id: 's', kind: 'subnet', name: 's', parent: 'v', props: { cidr: '10.0.0.0/24' } }];
  for (let i = 0; i < count; i++) nodes.push({ id: `e${i}`, kind: 'vpc-endpoint', name: `e${i}`, parent: 'v', props: { type: 'gateway', service: 's3' } });
  return raw(nodes, []);
}
