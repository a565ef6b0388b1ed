/**
 * Topology documents the export, share and review tests open, kept as data. Positions and sizes
 * are given, so the tests know where everything is drawn without asking the app.
 */

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
