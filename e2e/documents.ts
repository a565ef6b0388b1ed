/**
 * Topology documents the export, share and review tests open, kept as data. Positions and sizes
 * are given, so the tests know where everything is drawn without asking the app.
 */

import { readFileSync } from 'node:fs';

type Raw = Record<string, unknown>;

const doc = (name: string, nodes: Raw[], connections: Raw[]) => ({ format: 'vpc-canvas', version: 1, name, nodes, connections });

/**
 * Two VPCs side by side, peered, each with a subnet and an instance. Bounds: (0, 0) to (1000, 260);
 * the peering runs along y = 130 from x = 400 (VPC a's right border) to x = 600 (VPC b's left one).
 */
export const PEERED_PAIR = {
  bounds: { x: 0, y: 0, width: 1000, height: 260 },
  edge: { y: 130, fromX: 400, toX: 600 },
  /** The peering's colour in the light palette (--vc-edge-peering). */
  edgeColor: [0x8c, 0x4f, 0xff] as const,
  labels: ['payments', 'ledger', 'payments-app', 'ledger-app', 'pay-1', 'ledger-1'],
  document: doc(
    'Peered pair',
    [
      { id: 'vpc-a', kind: 'vpc', name: 'payments', props: { cidrs: ['10.0.0.0/16'] }, position: { x: 0, y: 0 }, size: { width: 400, height: 260 } },
      { id: 'subnet-a', kind: 'subnet', name: 'payments-app', parent: 'vpc-a', props: { cidr: '10.0.1.0/24' }, position: { x: 40, y: 60 }, size: { width: 240, height: 150 } },
      { id: 'i-a', kind: 'instance', name: 'pay-1', parent: 'subnet-a', position: { x: 64, y: 50 } },
      { id: 'vpc-b', kind: 'vpc', name: 'ledger', props: { cidrs: ['10.1.0.0/16'] }, position: { x: 600, y: 0 }, size: { width: 400, height: 260 } },
      { id: 'subnet-b', kind: 'subnet', name: 'ledger-app', parent: 'vpc-b', props: { cidr: '10.1.1.0/24' }, position: { x: 120, y: 60 }, size: { width: 240, height: 150 } },
      { id: 'i-b', kind: 'instance', name: 'ledger-1', parent: 'subnet-b', position: { x: 64, y: 50 } },
    ],
    [{ id: 'pcx-ab', kind: 'vpc-peering', source: 'vpc-a', target: 'vpc-b' }],
  ),
};

/**
 * A peered to B, B peered to C: A and C both reach B, but peering is not transitive, so A never
 * reaches C; a flow says A must reach C, so the design has a finding too.
 */
export const PEERING_CHAIN = doc(
  'Peering chain',
  [
    { id: 'vpc-a', kind: 'vpc', name: 'alpha', props: { cidrs: ['10.0.0.0/16'] } },
    { id: 'vpc-b', kind: 'vpc', name: 'bravo', props: { cidrs: ['10.1.0.0/16'] } },
    { id: 'vpc-c', kind: 'vpc', name: 'charlie', props: { cidrs: ['10.2.0.0/16'] } },
  ],
  [
    { id: 'pcx-ab', kind: 'vpc-peering', source: 'vpc-a', target: 'vpc-b' },
    { id: 'pcx-bc', kind: 'vpc-peering', source: 'vpc-b', target: 'vpc-c' },
    { id: 'flow-ac', kind: 'flow', name: 'alpha calls charlie', source: 'vpc-a', target: 'vpc-c' },
  ],
);

/** Names no compressor can shrink, so that the document is too large for a share link. */
export function incompressible(nodes: number) {
  let seed = 12345;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.';
  const randomName = () =>
    Array.from({ length: 250 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return alphabet[seed >>> 26]!;
    }).join('');
  return doc(
    'Too large to share',
    Array.from({ length: nodes }, (_, i) => ({ id: `net-${i}`, kind: 'internet', name: randomName(), position: { x: (i % 20) * 140, y: Math.floor(i / 20) * 110 } })),
    [],
  );
}

/** Markup where names belong: it must show as the characters it is, everywhere, and never run. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '<script>alert(2)</script>';

export const HOSTILE = doc(
  HOSTILE_NAME,
  [
    { id: 'vpc-x', kind: 'vpc', name: HOSTILE_NAME, props: { cidrs: ['10.0.0.0/16'] }, position: { x: 0, y: 0 }, size: { width: 420, height: 260 } },
    { id: 'subnet-x', kind: 'subnet', name: HOSTILE_SCRIPT, parent: 'vpc-x', props: { cidr: '10.0.1.0/24' }, position: { x: 40, y: 60 }, size: { width: 260, height: 150 } },
    { id: 'i-x', kind: 'instance', name: '"><svg onload=alert(3)>', parent: 'subnet-x', position: { x: 64, y: 50 } },
    { id: 'vpc-y', kind: 'vpc', name: 'plain', props: { cidrs: ['10.1.0.0/16'] }, position: { x: 600, y: 0 }, size: { width: 400, height: 260 } },
  ],
  [{ id: 'pcx-xy', kind: 'vpc-peering', name: '<b onmouseover=alert(4)>peer</b>', source: 'vpc-x', target: 'vpc-y' }],
);

/** Refused by the parser: a subnet inside a VPC that does not exist. */
export const BROKEN_TEXT = JSON.stringify(
  doc('Broken', [{ id: 'subnet-1', kind: 'subnet', parent: 'vpc-missing', props: { cidr: '10.0.0.0/24' } }], []),
  null,
  2,
);

export const text = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

/**
 * Document version 2, explicitly routed: spokes dev and prod and a shared-services VPC on one
 * transit gateway with two tables (spokes: dev and prod, learning shared; shared: learning both),
 * dev with a public table whose default route goes to its internet gateway, and a flow from dev to
 * shared. Free of findings as drawn.
 */
export const ROUTED_SPOKES = {
  format: 'vpc-canvas',
  version: 2,
  name: 'Routed spokes',
  nodes: [
    { id: 'region-1', kind: 'region', props: { code: 'eu-west-1' }, position: { x: 0, y: 0 }, size: { width: 1120, height: 640 } },
    {
      id: 'vpc-dev', kind: 'vpc', name: 'dev', parent: 'region-1', position: { x: 40, y: 60 }, size: { width: 440, height: 230 },
      props: {
        cidrs: ['10.1.0.0/16'],
        routeTables: [
          { id: 'rt-dev-private', name: 'private', main: true, routes: [{ destination: '10.2.0.0/16', target: 'tgw-hub' }] },
          { id: 'rt-dev-public', name: 'public', routes: [{ destination: '0.0.0.0/0', target: 'igw-dev' }] },
        ],
      },
    },
    { id: 'subnet-dev-app', kind: 'subnet', name: 'dev-app', parent: 'vpc-dev', props: { cidr: '10.1.0.0/24', az: 'eu-west-1a' }, position: { x: 20, y: 60 }, size: { width: 190, height: 130 } },
    {
      id: 'subnet-dev-public', kind: 'subnet', name: 'dev-public', parent: 'vpc-dev', position: { x: 230, y: 60 }, size: { width: 190, height: 130 },
      props: { cidr: '10.1.1.0/24', az: 'eu-west-1a', public: true, routeTable: 'rt-dev-public' },
    },
    { id: 'igw-dev', kind: 'internet-gateway', parent: 'vpc-dev', position: { x: 300, y: -20 } },
    {
      id: 'vpc-prod', kind: 'vpc', name: 'prod', parent: 'region-1', position: { x: 640, y: 60 }, size: { width: 440, height: 230 },
      props: { cidrs: ['10.3.0.0/16'], routeTables: [{ id: 'rt-prod', name: 'prod-main', main: true, routes: [{ destination: '10.2.0.0/16', target: 'tgw-hub' }] }] },
    },
    { id: 'subnet-prod-app', kind: 'subnet', name: 'prod-app', parent: 'vpc-prod', props: { cidr: '10.3.0.0/24', az: 'eu-west-1a' }, position: { x: 20, y: 60 }, size: { width: 190, height: 130 } },
    {
      id: 'vpc-shared', kind: 'vpc', name: 'shared', parent: 'region-1', position: { x: 340, y: 420 }, size: { width: 440, height: 190 },
      props: { cidrs: ['10.2.0.0/16'], routeTables: [{ id: 'rt-shared', name: 'shared-main', main: true, routes: [{ destination: '10.0.0.0/8', target: 'tgw-hub' }] }] },
    },
    { id: 'subnet-shared-app', kind: 'subnet', name: 'shared-app', parent: 'vpc-shared', props: { cidr: '10.2.0.0/24', az: 'eu-west-1a' }, position: { x: 20, y: 50 }, size: { width: 190, height: 120 } },
    {
      id: 'tgw-hub', kind: 'transit-gateway', name: 'hub', parent: 'region-1', position: { x: 528, y: 320 },
      props: {
        routeTables: [
          { id: 'tgw-rt-spokes', name: 'spokes', associations: ['att-dev', 'att-prod'], propagations: ['att-shared'] },
          { id: 'tgw-rt-shared', name: 'shared', associations: ['att-shared'], propagations: ['att-dev', 'att-prod'] },
        ],
      },
    },
  ],
  connections: [
    { id: 'att-dev', kind: 'tgw-attachment', source: 'tgw-hub', target: 'vpc-dev' },
    { id: 'att-prod', kind: 'tgw-attachment', source: 'tgw-hub', target: 'vpc-prod' },
    { id: 'att-shared', kind: 'tgw-attachment', source: 'tgw-hub', target: 'vpc-shared' },
    { id: 'flow-dev-shared', kind: 'flow', name: 'dev to shared', source: 'vpc-dev', target: 'vpc-shared', props: { bidirectional: false } },
  ],
};

type EditableDocument = { name?: string; nodes: Raw[]; connections: Raw[] };

/** The tgw-hub example, read afresh for each caller (tests edit it). */
export const tgwHubExample = (): EditableDocument => JSON.parse(readFileSync(new URL('../examples/tgw-hub.json', import.meta.url), 'utf8')) as EditableDocument;

/**
 * The tgw-hub example as "deployed", for the compare tests: vpc-orders with another block, a
 * legacy VPC the design lacks, and no vpc-analytics (nor anything in it or joined to it).
 */
export function deployedTgwHub(): EditableDocument {
  const deployed = tgwHubExample();
  deployed.name = 'Deployed';
  const orders = deployed.nodes.find((n) => n.id === 'vpc-orders')!;
  orders.props = { ...(orders.props as object), cidrs: ['10.99.0.0/16'] };
  deployed.nodes.push({ id: 'vpc-legacy', kind: 'vpc', name: 'legacy', props: { cidrs: ['10.200.0.0/16'] }, position: { x: 40, y: 40 }, size: { width: 300, height: 200 } });
  const gone = new Set(deployed.nodes.filter((n) => n.id === 'vpc-analytics' || n.parent === 'vpc-analytics').map((n) => n.id));
  deployed.nodes = deployed.nodes.filter((n) => !gone.has(n.id as string) && !gone.has(n.parent as string));
  deployed.connections = deployed.connections.filter((c) => !gone.has(c.source as string) && !gone.has(c.target as string));
  return deployed;
}
