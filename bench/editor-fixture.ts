/**
 * Generated AWS-shaped documents for the editor benchmark: regions holding VPCs, each VPC with
 * an internet gateway, subnets and instances, a transit gateway per region attaching its VPCs,
 * and peerings between neighbours. Deterministic: the same `n` always gives the same document.
 */
import { parseDocumentValue, type TopologyDocument } from '../model';
import { arrange } from '../model/edit/arrange';

type Raw = Record<string, unknown>;

/** Nodes per VPC: the VPC, its IGW, 4 subnets and 4 instances. */
const PER_VPC = 10;
const VPCS_PER_REGION = 12;

/** A document of exactly `n` nodes (n ≥ 12), laid out. */
export function benchDocument(n: number): TopologyDocument {
  const nodes: Raw[] = [];
  const connections: Raw[] = [];
  let vpcCount = 0;
  let region: string | undefined;
  let tgw: string | undefined;
  let previousVpc: string | undefined;
  const room = () => n - nodes.length;
  while (room() >= PER_VPC + (vpcCount % VPCS_PER_REGION === 0 ? 2 : 0)) {
    if (vpcCount % VPCS_PER_REGION === 0) {
      const r = vpcCount / VPCS_PER_REGION;
      region = `region-${r}`;
      tgw = `tgw-${r}`;
      nodes.push({ id: region, kind: 'region', name: `region ${r}`, props: { code: ['us-east-1', 'eu-west-1', 'ap-northeast-1', 'us-west-2'][r % 4] } });
      nodes.push({ id: tgw, kind: 'transit-gateway', name: `hub ${r}`, parent: region, props: { asn: 64512 + r } });
      previousVpc = undefined;
    }
    const v = vpcCount++;
    const vpc = `vpc-${v}`;
    const second = Math.floor(v / 256);
    const third = v % 256;
    nodes.push({ id: vpc, kind: 'vpc', name: `vpc ${v}`, parent: region, props: { cidrs: [`${10 + second}.${third}.0.0/16`] } });
    nodes.push({ id: `igw-${v}`, kind: 'internet-gateway', name: `igw ${v}`, parent: vpc });
    for (let s = 0; s < 4; s++) {
      const subnet = `subnet-${v}-${s}`;
      nodes.push({ id: subnet, kind: 'subnet', name: `subnet ${v}.${s}`, parent: vpc, props: { cidr: `${10 + second}.${third}.${s}.0/24`, public: s === 0 } });
      nodes.push({ id: `i-${v}-${s}`, kind: 'instance', name: `app ${v}.${s}`, parent: subnet });
    }
    connections.push({ id: `att-${v}`, kind: 'tgw-attachment', source: tgw, target: vpc });
    if (previousVpc && v % 3 === 1) connections.push({ id: `pcx-${v}`, kind: 'vpc-peering', source: previousVpc, target: vpc });
    previousVpc = vpc;
  }
  for (let i = 0; room() > 0; i++) nodes.push({ id: `net-${i}`, kind: 'internet', name: `internet ${i}` });
  return arrange(parseDocumentValue({ format: 'vpc-canvas', version: 1, name: `Benchmark, ${n} nodes`, nodes, connections }));
}

/** The node the benchmark drags: an instance in the first VPC, in view at zoom 1. */
export const DRAGGED_NODE = 'i-0-1';

/** The view both benchmark pages open with: zoom 1, the layout's corner offset to leave empty pane to pan from. */
export const BENCH_VIEWPORT = { x: 160, y: 40, zoom: 1 };

/** Layout of the editor around its canvas, which the baseline page copies so both canvases have the same size. */
export const EDITOR_CHROME = { top: 48, left: 216, right: 320, bottom: 190 };
