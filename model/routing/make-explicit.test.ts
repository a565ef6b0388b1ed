import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import type { TgwRouteTable, VpcRouteTable } from '../kinds/route-tables';
import { reach } from '../reach/reach';
import { RULE_CATALOGUE } from '../rules/catalogue';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { validate } from '../validate';
import { makeRoutesExplicit } from './make-explicit';

type Raw = Record<string, unknown>;

const nodeOf = (doc: TopologyDocument, id: string) => doc.nodes.find((n) => n.id === id)!;
const connectionOf = (doc: TopologyDocument, id: string) => doc.connections.find((c) => c.id === id)!;
const vpcTables = (doc: TopologyDocument, id: string) => (nodeOf(doc, id).props as { routeTables: VpcRouteTable[] }).routeTables;
const tgwTables = (doc: TopologyDocument, id: string) => (nodeOf(doc, id).props as { routeTables: TgwRouteTable[] }).routeTables;
const routes = (table: { routes?: Array<{ destination: string; target: string }> } | undefined) =>
  Object.fromEntries((table?.routes ?? []).map((r) => [r.destination, r.target]));
const routingFindings = (doc: TopologyDocument) => validate(doc).filter((f) => RULE_CATALOGUE[f.rule].section === 'Routing');

/** Two spokes and a shared-services VPC with the NAT gateway on one transit gateway, a BGP and a static VPN, a peering. */
function hub(): TopologyDocument {
  const nodes: Raw[] = [
    node('tgw', 'transit-gateway'),
    vpc('dev', ['10.1.0.0/16']),
    subnet('dev-a', 'dev', '10.1.1.0/24', { props: { az: 'a' } }),
    subnet('dev-a2', 'dev', '10.1.2.0/24', { props: { az: 'a' } }),
    subnet('dev-b', 'dev', '10.1.3.0/24', { props: { az: 'b' } }),
    vpc('prod', ['10.2.0.0/16']),
    subnet('prod-a', 'prod', '10.2.1.0/24', { props: { az: 'a' } }),
    vpc('shared', ['10.9.0.0/16']),
    subnet('shared-pub', 'shared', '10.9.0.0/24', { props: { az: 'a', public: true } }),
    subnet('shared-app', 'shared', '10.9.1.0/24', { props: { az: 'a' } }),
    subnet('shared-pub-b', 'shared', '10.9.2.0/24', { props: { az: 'b', public: true } }),
    subnet('shared-app-b', 'shared', '10.9.3.0/24', { props: { az: 'b' } }),
    node('igw', 'internet-gateway', 'shared'),
    node('nat', 'nat-gateway', 'shared-pub'),
    node('s3', 'vpc-endpoint', 'shared', { type: 'gateway', service: 's3' }),
    vpc('lab', ['172.31.0.0/16']),
    subnet('lab-a', 'lab', '172.31.0.0/24'),
    onPrem('dc', ['192.168.0.0/20']),
    node('cgw', 'customer-gateway', 'dc', { asn: 65001 }),
    node('vpn', 'vpn-connection', undefined, { routing: 'bgp' }),
    onPrem('branch', ['192.168.64.0/24']),
    node('cgw-b', 'customer-gateway', 'branch', { asn: 65002 }),
    node('vpn-b', 'vpn-connection', undefined, { routing: 'static' }),
    node('net', 'internet'),
  ];
  const links: Raw[] = [
    link('att-dev', 'tgw-attachment', 'tgw', 'dev'),
    link('att-prod', 'tgw-attachment', 'tgw', 'prod'),
    link('att-shared', 'tgw-attachment', 'tgw', 'shared'),
    link('vl-c', 'vpn-link', 'vpn', 'cgw'),
    link('vl-t', 'vpn-link', 'vpn', 'tgw'),
    link('vlb-c', 'vpn-link', 'vpn-b', 'cgw-b'),
    link('vlb-t', 'vpn-link', 'vpn-b', 'tgw'),
    link('pcx', 'vpc-peering', 'dev', 'lab'),
  ];
  return buildDocument(nodes, links);
}

describe('makeRoutesExplicit', () => {
  it('gives each VPC a main table and, with public subnets, a public one, the public subnets associated with it', () => {
    const { document, added } = makeRoutesExplicit(hub());
    expect(vpcTables(document, 'dev').map((t) => [t.id, t.main === true])).toEqual([['rt-dev-main', true]]);
    expect(vpcTables(document, 'shared').map((t) => [t.id, t.main === true])).toEqual([
      ['rt-shared-main', true],
      ['rt-shared-public', false],
    ]);
    expect(nodeOf(document, 'shared-pub').props).toMatchObject({ routeTable: 'rt-shared-public' });
    expect(nodeOf(document, 'shared-app').props?.routeTable).toBeUndefined();
    expect(added).toMatchObject({ vpcTables: 5, tgwTables: 1 });
    expect(document.version).toBe(2);
  });

  it("routes a peer's blocks through the peering, both ways", () => {
    const { document } = makeRoutesExplicit(hub());
    expect(routes(vpcTables(document, 'dev')[0])['172.31.0.0/16']).toBe('pcx');
    expect(routes(vpcTables(document, 'lab')[0])).toEqual({ '10.1.0.0/16': 'pcx' });
  });

  it('routes what the transit gateway delivers with covering routes, never over its own blocks', () => {
    const { document } = makeRoutesExplicit(hub());
    // Every network on the gateway is in 10/8 or 192.168/16, and no other network is routed elsewhere.
    expect(routes(vpcTables(document, 'prod')[0])).toEqual({ '10.0.0.0/8': 'tgw', '192.168.0.0/16': 'tgw', '0.0.0.0/0': 'tgw' });
  });

  it("sends the main table's default route to the VPC's own NAT gateway, else to the transit gateway, and the public table's to the internet gateway", () => {
    const { document } = makeRoutesExplicit(hub());
    const [main, pub] = vpcTables(document, 'shared');
    expect(routes(main)['0.0.0.0/0']).toBe('nat');
    expect(routes(pub)['0.0.0.0/0']).toBe('igw');
    expect(routes(vpcTables(document, 'dev')[0])['0.0.0.0/0']).toBe('tgw');
    // lab is on no transit gateway and has no NAT gateway: its private subnet never reached the internet.
    expect(routes(vpcTables(document, 'lab')[0])['0.0.0.0/0']).toBeUndefined();
  });

  it('writes one transit gateway table: every attachment associated, every one that may propagate propagated, static routes for the static VPN, the default toward the egress VPC', () => {
    const { document } = makeRoutesExplicit(hub());
    const [table] = tgwTables(document, 'tgw');
    expect(table!.id).toBe('tgw-rt-tgw');
    expect(table!.associations).toEqual(['att-dev', 'att-prod', 'att-shared', 'vl-t', 'vlb-t']);
    expect(table!.propagations).toEqual(['att-dev', 'att-prod', 'att-shared', 'vl-t']);
    expect(routes(table)).toEqual({ '192.168.64.0/24': 'vlb-t', '0.0.0.0/0': 'att-shared' });
  });

  it('lists one attachment subnet per availability zone, a private one where the zone has one', () => {
    const { document } = makeRoutesExplicit(hub());
    expect(connectionOf(document, 'att-dev').props).toMatchObject({ subnets: ['dev-a', 'dev-b'] });
    expect(connectionOf(document, 'att-shared').props).toMatchObject({ subnets: ['shared-app', 'shared-app-b'] });
  });

  it('associates gateway endpoints with both tables of their VPC', () => {
    const { document } = makeRoutesExplicit(hub());
    expect(nodeOf(document, 's3').props).toMatchObject({ routeTables: ['rt-shared-main', 'rt-shared-public'] });
  });

  it('leaves a result without routing findings, and the input unchanged', () => {
    const doc = hub();
    const before = structuredClone(doc);
    const { document } = makeRoutesExplicit(doc);
    expect(routingFindings(document)).toEqual([]);
    expect(doc).toEqual(before);
  });

  it('propagates the VGW into both tables', () => {
    const doc = buildDocument(
      [
        vpc('v', ['10.0.0.0/16']),
        subnet('pub', 'v', '10.0.0.0/24', { props: { public: true } }),
        subnet('app', 'v', '10.0.1.0/24'),
        node('igw', 'internet-gateway', 'v'),
        node('vgw', 'vpn-gateway', 'v'),
        onPrem('dc', ['192.168.0.0/16']),
        node('cgw', 'customer-gateway', 'dc'),
        node('vpn', 'vpn-connection'),
      ],
      [link('l1', 'vpn-link', 'vpn', 'cgw'), link('l2', 'vpn-link', 'vpn', 'vgw')],
    );
    const { document } = makeRoutesExplicit(doc);
    expect(vpcTables(document, 'v').map((t) => t.propagate)).toEqual([['vgw'], ['vgw']]);
    expect(routingFindings(document)).toEqual([]);
  });

  it('routes IPv6 to the internet gateway from public subnets and to the egress-only gateway from private ones', () => {
    const doc = buildDocument([
      vpc('v', ['10.0.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18:1:100::/56'] } }),
      subnet('pub', 'v', '10.0.0.0/24', { props: { public: true, ipv6Cidr: '2600:1f18:1:100::/64' } }),
      subnet('app', 'v', '10.0.1.0/24', { props: { ipv6Cidr: '2600:1f18:1:101::/64' } }),
      node('igw', 'internet-gateway', 'v'),
      node('eigw', 'egress-only-internet-gateway', 'v'),
    ]);
    const { document } = makeRoutesExplicit(doc);
    const [main, pub] = vpcTables(document, 'v');
    expect(routes(main)).toEqual({ '::/0': 'eigw' });
    expect(routes(pub)).toEqual({ '0.0.0.0/0': 'igw', '::/0': 'igw' });
    expect(routingFindings(document)).toEqual([]);
  });

  it("routes the networks beyond a transit gateway peering statically through it, and never propagates the peering", () => {
    const doc = buildDocument(
      [
        node('t1', 'transit-gateway'),
        node('t2', 'transit-gateway'),
        vpc('a', ['10.1.0.0/16']),
        subnet('a1', 'a', '10.1.0.0/24'),
        vpc('b', ['10.2.0.0/16']),
        subnet('b1', 'b', '10.2.0.0/24'),
        vpc('c', ['10.3.0.0/16']),
        subnet('c1', 'c', '10.3.0.0/24'),
      ],
      [link('att-a', 'tgw-attachment', 't1', 'a'), link('att-b', 'tgw-attachment', 't2', 'b'), link('att-c', 'tgw-attachment', 't2', 'c'), link('peer', 'tgw-peering', 't1', 't2')],
    );
    const { document } = makeRoutesExplicit(doc);
    const [t1] = tgwTables(document, 't1');
    const [t2] = tgwTables(document, 't2');
    expect(t1!.propagations).toEqual(['att-a']);
    expect(t1!.associations).toEqual(['att-a', 'peer']);
    expect(routes(t1)).toEqual({ '10.0.0.0/8': 'peer' });
    expect(routes(t2)).toEqual({ '10.0.0.0/8': 'peer' });
    expect(routingFindings(document)).toEqual([]);
  });

  it('keeps covering routes clear of the networks a VPC reaches through another transit gateway', () => {
    const doc = buildDocument(
      [
        node('t1', 'transit-gateway'),
        node('t2', 'transit-gateway'),
        vpc('both', ['10.0.0.0/16']),
        subnet('s', 'both', '10.0.0.0/24'),
        vpc('x', ['10.1.0.0/16']),
        vpc('y', ['10.2.0.0/16']),
      ],
      [link('a1', 'tgw-attachment', 't1', 'both'), link('a2', 'tgw-attachment', 't2', 'both'), link('ax', 'tgw-attachment', 't1', 'x'), link('ay', 'tgw-attachment', 't2', 'y')],
    );
    const { document } = makeRoutesExplicit(doc);
    // 10.2.0.0/15 may hold 10.3.0.0/16 too: nothing else lives there. 10.1.0.0/16 cannot grow: 10.0.0.0/15 holds its own block, which t2 also delivers.
    expect(routes(vpcTables(document, 'both')[0])).toEqual({ '10.1.0.0/16': 't1', '10.2.0.0/15': 't2' });
  });

  it('lets an egress VPC whose zones cannot all offer a private subnet list no attachment subnet, so arriving traffic uses its main table', () => {
    const doc = buildDocument(
      [
        node('tgw', 'transit-gateway'),
        vpc('egress', ['10.9.0.0/16']),
        subnet('pub', 'egress', '10.9.0.0/24', { props: { public: true, az: 'a' } }),
        node('igw', 'internet-gateway', 'egress'),
        node('nat', 'nat-gateway', 'pub'),
        vpc('spoke', ['10.1.0.0/16']),
        subnet('app', 'spoke', '10.1.0.0/24', { props: { az: 'a' } }),
      ],
      [link('ae', 'tgw-attachment', 'tgw', 'egress'), link('as', 'tgw-attachment', 'tgw', 'spoke')],
    );
    const { document } = makeRoutesExplicit(doc);
    expect(connectionOf(document, 'ae').props).toMatchObject({ subnets: [] });
    expect(connectionOf(document, 'as').props).toMatchObject({ subnets: ['app'] });
    expect(routes(vpcTables(document, 'egress')[0])['0.0.0.0/0']).toBe('nat');
  });

  it('leaves explicitly routed VPCs and transit gateways as they are, and picks ids nobody uses', () => {
    const own: VpcRouteTable = { id: 'rt-mine', main: true, routes: [{ destination: '0.0.0.0/0', target: 'tgw' }] };
    const tgwOwn: TgwRouteTable = { id: 'tgw-rt-tgw', associations: ['att-done'], propagations: ['att-done'] };
    const doc = buildDocument(
      [
        node('tgw', 'transit-gateway', undefined, { routeTables: [tgwOwn] }),
        node('tgw2', 'transit-gateway'),
        vpc('done', ['10.1.0.0/16'], { props: { routeTables: [own] } }),
        subnet('done-a', 'done', '10.1.0.0/24'),
        vpc('new', ['10.2.0.0/16']),
        subnet('new-a', 'new', '10.2.0.0/24'),
        node('rt-new-main', 'internet'),
      ],
      [link('att-done', 'tgw-attachment', 'tgw', 'done'), link('att-new', 'tgw-attachment', 'tgw2', 'new'), link('tgw-rt-tgw2', 'tgw-attachment', 'tgw', 'new')],
    );
    const { document, added } = makeRoutesExplicit(doc);
    expect(nodeOf(document, 'done')).toBe(doc.nodes.find((n) => n.id === 'done'));
    expect(nodeOf(document, 'tgw')).toBe(doc.nodes.find((n) => n.id === 'tgw'));
    expect(connectionOf(document, 'att-done')).toBe(doc.connections.find((c) => c.id === 'att-done'));
    expect(vpcTables(document, 'new')[0]!.id).toBe('rt-new-main-2');
    expect(tgwTables(document, 'tgw2')[0]!.id).toBe('tgw-rt-tgw2-2');
    expect(added).toMatchObject({ vpcTables: 1, tgwTables: 1 });
  });

  it('counts every route it writes', () => {
    const { document, added } = makeRoutesExplicit(hub());
    let count = 0;
    for (const n of document.nodes) for (const t of ((n.props as { routeTables?: VpcRouteTable[] } | undefined)?.routeTables ?? [])) count += t.routes?.length ?? 0;
    expect(added.routes).toBe(count);
    expect(count).toBeGreaterThan(0);
  });
});

describe('makeRoutesExplicit and sites reached through a VGW', () => {
  it('keeps covering routes clear of a site the VPC reaches through its VGW, so that the propagated route still wins', () => {
    const doc = buildDocument(
      [
        node('tgw', 'transit-gateway'),
        vpc('v', ['10.0.0.0/16']),
        subnet('s', 'v', '10.0.0.0/24'),
        node('vgw', 'vpn-gateway', 'v'),
        onPrem('hq', ['192.168.0.0/16']),
        node('cgw-hq', 'customer-gateway', 'hq'),
        node('vpn-hq', 'vpn-connection'),
        onPrem('branch', ['172.16.5.0/24']),
        node('cgw-branch', 'customer-gateway', 'branch'),
        node('vpn-branch', 'vpn-connection'),
        onPrem('lab', ['172.20.0.0/16']),
        node('cgw-lab', 'customer-gateway', 'lab'),
        node('vpn-lab', 'vpn-connection'),
      ],
      [
        link('att', 'tgw-attachment', 'tgw', 'v'),
        link('h1', 'vpn-link', 'vpn-hq', 'cgw-hq'),
        link('h2', 'vpn-link', 'vpn-hq', 'vgw'),
        link('b1', 'vpn-link', 'vpn-branch', 'cgw-branch'),
        link('b2', 'vpn-link', 'vpn-branch', 'tgw'),
        link('l1', 'vpn-link', 'vpn-lab', 'cgw-lab'),
        link('l2', 'vpn-link', 'vpn-lab', 'vgw'),
      ],
    );
    const { document } = makeRoutesExplicit(doc);
    // branch (on the transit gateway) may grow only as far as lab (on the VGW) allows.
    expect(routes(vpcTables(document, 'v')[0])).toEqual({ '172.16.0.0/14': 'tgw' });
    expect(vpcTables(document, 'v')[0]!.propagate).toEqual(['vgw']);
  });
});

describe('makeRoutesExplicit and a site on two VPNs to one transit gateway', () => {
  it('pins the site with a static route to the first VPN, since two equal propagated routes would drop the packet', () => {
    const doc = buildDocument(
      [
        node('tgw', 'transit-gateway'),
        vpc('v', ['10.0.0.0/16']),
        subnet('s', 'v', '10.0.0.0/24'),
        onPrem('dc', ['192.168.0.0/20']),
        node('cgw1', 'customer-gateway', 'dc', { asn: 65001 }),
        node('cgw2', 'customer-gateway', 'dc', { asn: 65002 }),
        node('vpn1', 'vpn-connection'),
        node('vpn2', 'vpn-connection'),
      ],
      [
        link('att', 'tgw-attachment', 'tgw', 'v'),
        link('a1', 'vpn-link', 'vpn1', 'cgw1'),
        link('a2', 'vpn-link', 'vpn1', 'tgw'),
        link('b1', 'vpn-link', 'vpn2', 'cgw2'),
        link('b2', 'vpn-link', 'vpn2', 'tgw'),
      ],
    );
    const [table] = tgwTables(makeRoutesExplicit(doc).document, 'tgw');
    expect(table!.propagations).toEqual(['att', 'a2', 'b2']);
    expect(routes(table)).toEqual({ '192.168.0.0/20': 'a2' });
  });
});

/** Site `dc<n>` (192.168.<n>.0/24) and its customer gateway, on Direct Connect connection `dx<n>` with a transit VIF to `dxgw`. */
function dxSite(n: number, dxgw: string): { nodes: ReturnType<typeof node>[]; links: ReturnType<typeof link>[] } {
  return {
    nodes: [onPrem(`dc${n}`, [`192.168.${n}.0/24`]), node(`cgw${n}`, 'customer-gateway', `dc${n}`, { asn: 65001 + n }), node(`dx${n}`, 'dx-connection')],
    links: [link(`dl${n}`, 'dx-link', `dx${n}`, `cgw${n}`), link(`vif${n}`, 'vif', `dx${n}`, dxgw, { type: 'transit' })],
  };
}

describe('makeRoutesExplicit and a site behind both a transit VIF and a BGP VPN', () => {
  /** dc0 on Direct Connect (primary) and a BGP VPN to the transit gateway; dc1 on Direct Connect only; a VPC on the gateway. */
  function dxWithVpnBackup(): TopologyDocument {
    return buildDocument(
      [
        node('tgw', 'transit-gateway', undefined, { asn: 64512 }),
        node('dxgw', 'dx-gateway', undefined, { asn: 64900 }),
        vpc('v', ['10.0.0.0/16']),
        subnet('s', 'v', '10.0.0.0/24', { props: { az: 'a' } }),
        ...dxSite(0, 'dxgw').nodes,
        ...dxSite(1, 'dxgw').nodes,
        node('vpn0', 'vpn-connection', undefined, { routing: 'bgp' }),
      ],
      [
        link('att-v', 'tgw-attachment', 'tgw', 'v'),
        link('dxa', 'dxgw-association', 'dxgw', 'tgw', { allowedPrefixes: ['10.0.0.0/8', '192.168.0.0/16'] }),
        ...dxSite(0, 'dxgw').links,
        ...dxSite(1, 'dxgw').links,
        link('vpn0-c', 'vpn-link', 'vpn0', 'cgw0'),
        link('vpn0-t', 'vpn-link', 'vpn0', 'tgw'),
      ],
    );
  }

  it('gives the DX gateway attachment a table of its own that sends dc0 over the VPN, and leaves the others on the default table', () => {
    const [main, fromDx] = tgwTables(makeRoutesExplicit(dxWithVpnBackup()).document, 'tgw');
    expect(main!.associations).toEqual(['att-v', 'vpn0-t']);
    expect(routes(main)).toEqual({});
    expect(fromDx).toMatchObject({ id: 'tgw-rt-tgw-dxa', associations: ['dxa'], propagations: main!.propagations });
    // Static beats propagated (AWS's route evaluation order): the DX gateway's own route to dc0 is not used for its traffic.
    expect(routes(fromDx)).toEqual({ '192.168.0.0/24': 'vpn0-t' });
  });

  it('keeps dc1 reaching dc0 over the VPN, as before, while the VPC still reaches dc0 over Direct Connect', () => {
    const doc = dxWithVpnBackup();
    const { document } = makeRoutesExplicit(doc);
    const before = reach(doc, 'dc1', 'dc0');
    const after = reach(document, 'dc1', 'dc0');
    expect(before.reachable).toBe(true);
    expect(after.reachable).toBe(true);
    expect(after.path).toEqual(expect.arrayContaining(['dxa', 'vpn0-t']));
    expect(after.routes).toContainEqual({ at: 'tgw', table: 'tgw-rt-tgw-dxa', destination: '192.168.0.0/24', target: 'vpn0-t' });
    const vpcToDc0 = reach(document, 'v', 'dc0');
    expect(vpcToDc0.reachable).toBe(true);
    expect(vpcToDc0.path).toContain('dxa');
    expect(vpcToDc0.path).not.toContain('vpn0-t');
    expect(routingFindings(document)).toEqual([]);
  });
});

describe('makeRoutesExplicit and traffic a DX gateway would get back', () => {
  /** The reachability of every ordered pair of `ids`, as "a→b" for each pair that reaches. */
  const reached = (doc: TopologyDocument, ids: string[]) => ids.flatMap((a) => ids.filter((b) => b !== a && reach(doc, a, b).reachable).map((b) => `${a}→${b}`));

  it('writes one table when the sites behind the DX gateway have no other way', () => {
    const doc = buildDocument(
      [
        node('tgw', 'transit-gateway', undefined, { asn: 64512 }),
        node('dxgw', 'dx-gateway', undefined, { asn: 64900 }),
        ...dxSite(0, 'dxgw').nodes,
        ...dxSite(1, 'dxgw').nodes,
      ],
      [
        link('dxa', 'dxgw-association', 'dxgw', 'tgw', { allowedPrefixes: ['192.168.0.0/16'] }),
        ...dxSite(0, 'dxgw').links,
        ...dxSite(1, 'dxgw').links,
      ],
    );
    const { document } = makeRoutesExplicit(doc);
    expect(tgwTables(document, 'tgw').map((t) => t.associations)).toEqual([['dxa']]);
    // The DX gateway joins neither site to the other (dxgw-not-transitive), before as after.
    expect(reached(doc, ['dc0', 'dc1'])).toEqual([]);
    expect(reached(document, ['dc0', 'dc1'])).toEqual([]);
  });

  it("sends the DX gateway's traffic for a site across a peering when the peer gateway reaches it by a VPN", () => {
    const doc = buildDocument(
      [
        node('t1', 'transit-gateway', undefined, { asn: 64512 }),
        node('t2', 'transit-gateway', undefined, { asn: 64513 }),
        node('dxgw', 'dx-gateway', undefined, { asn: 64900 }),
        vpc('v', ['10.0.0.0/16']),
        subnet('s', 'v', '10.0.0.0/24'),
        vpc('w', ['10.1.0.0/16']),
        subnet('ws', 'w', '10.1.0.0/24'),
        ...dxSite(0, 'dxgw').nodes,
        ...dxSite(1, 'dxgw').nodes,
        node('vpn0', 'vpn-connection', undefined, { routing: 'bgp' }),
      ],
      [
        link('att-v', 'tgw-attachment', 't1', 'v'),
        link('att-w', 'tgw-attachment', 't2', 'w'),
        link('peer', 'tgw-peering', 't1', 't2'),
        link('dxa', 'dxgw-association', 'dxgw', 't1', { allowedPrefixes: ['10.0.0.0/8', '192.168.0.0/16'] }),
        ...dxSite(0, 'dxgw').links,
        ...dxSite(1, 'dxgw').links,
        link('vpn0-c', 'vpn-link', 'vpn0', 'cgw0'),
        link('vpn0-t', 'vpn-link', 'vpn0', 't2'),
      ],
    );
    const { document } = makeRoutesExplicit(doc);
    const [, fromDx] = tgwTables(document, 't1');
    expect(fromDx!.associations).toEqual(['dxa']);
    expect(routes(fromDx)['192.168.0.0/24']).toBe('peer');
    const ends = ['v', 'w', 'dc0', 'dc1'];
    expect(reached(document, ends)).toEqual(reached(doc, ends));
    expect(reached(document, ends)).toContain('dc1→dc0');
    expect(routingFindings(document)).toEqual([]);
  });

  it('sends it to a second DX gateway behind which the site also sits, where the first is preferred', () => {
    const doc = buildDocument(
      [
        node('tgw', 'transit-gateway', undefined, { asn: 64512 }),
        node('dxA', 'dx-gateway', undefined, { asn: 64900 }),
        node('dxB', 'dx-gateway', undefined, { asn: 64901 }),
        vpc('v', ['10.0.0.0/16']),
        subnet('s', 'v', '10.0.0.0/24'),
        ...dxSite(0, 'dxA').nodes,
        ...dxSite(1, 'dxA').nodes,
        // dc0's second connection, to the second DX gateway.
        node('dx0b', 'dx-connection'),
      ],
      [
        link('att-v', 'tgw-attachment', 'tgw', 'v'),
        link('dxa', 'dxgw-association', 'dxA', 'tgw', { allowedPrefixes: ['10.0.0.0/8', '192.168.0.0/16'] }),
        link('dxb', 'dxgw-association', 'dxB', 'tgw', { allowedPrefixes: ['10.0.0.0/8', '192.168.0.0/16'] }),
        ...dxSite(0, 'dxA').links,
        link('dl0b', 'dx-link', 'dx0b', 'cgw0'),
        link('vif0b', 'vif', 'dx0b', 'dxB', { type: 'transit' }),
        ...dxSite(1, 'dxA').links,
      ],
    );
    const { document } = makeRoutesExplicit(doc);
    const [main, fromA] = tgwTables(document, 'tgw');
    // Two DX gateways propagate dc0 at the same rank: the default table pins the first, so dxa's own table needs the second.
    expect(routes(main)).toEqual({ '192.168.0.0/24': 'dxa' });
    expect(fromA).toMatchObject({ associations: ['dxa'], routes: [{ destination: '192.168.0.0/24', target: 'dxb' }] });
    const ends = ['v', 'dc0', 'dc1'];
    expect(reached(document, ends)).toEqual(reached(doc, ends));
    expect(reached(document, ends)).toContain('dc1→dc0');
    expect(routingFindings(document)).toEqual([]);
  });
});
