import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { reach } from './reach';

type Raw = Record<string, unknown>;

const rules = (result: { blockedBy: Array<{ rule: string }> }) => result.blockedBy.map((b) => b.rule);
const hops = (result: { routes?: Array<{ table: string; destination: string; target: string }> }) => (result.routes ?? []).map((r) => `${r.table}: ${r.destination} → ${r.target}`);
const site = (id: string, cidrs: string[], asn: number): Raw[] => [onPrem(id, cidrs), node(`${id}-cgw`, 'customer-gateway', id, { asn })];

describe('a VGW propagating into a VPC table', () => {
  const doc = (propagate: string[]) =>
    buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, propagate }] } }),
        subnet('dev-a', 'dev', '10.1.0.0/24'),
        node('vgw', 'vpn-gateway', 'dev'),
        ...site('hq', ['192.168.0.0/16'], 65001),
        node('vpn', 'vpn-connection', undefined, { routing: 'bgp' }),
      ],
      [link('vpn-c', 'vpn-link', 'hq-cgw', 'vpn'), link('vpn-a', 'vpn-link', 'vpn', 'vgw')],
    );

  it('reaches the site behind the VGW by the propagated route', () => {
    const result = reach(doc(['vgw']), 'dev-a', 'hq');
    expect(result).toMatchObject({ reachable: true, path: ['dev-a', 'dev', 'vgw', 'vpn-a', 'vpn', 'vpn-c', 'hq-cgw', 'hq'] });
    expect(result.routes).toEqual([{ at: 'dev', table: 'rt-dev', destination: '192.168.0.0/16', target: 'vgw', propagatedFrom: 'vgw' }]);
  });

  it('without propagation (and no static route) the VPC has no route to the site', () => {
    expect(rules(reach(doc([]), 'dev-a', 'hq'))).toEqual(['route-no-route']);
    // The site still reaches the VPC: traffic arriving through the VGW takes the local route.
    expect(reach(doc([]), 'hq', 'dev-a').reachable).toBe(true);
  });

  it('two sites propagating the same block leave the table two equal routes (hybrid-cidr-overlap)', () => {
    const d = buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, propagate: ['vgw'] }] } }),
        subnet('dev-a', 'dev', '10.1.0.0/24'),
        node('vgw', 'vpn-gateway', 'dev'),
        ...site('hq', ['192.168.0.0/16'], 65001),
        ...site('branch', ['192.168.0.0/16'], 65002),
        node('vpn-1', 'vpn-connection', undefined, { routing: 'bgp' }),
        node('vpn-2', 'vpn-connection', undefined, { routing: 'bgp' }),
      ],
      [
        link('vpn-1-c', 'vpn-link', 'hq-cgw', 'vpn-1'), link('vpn-1-a', 'vpn-link', 'vpn-1', 'vgw'),
        link('vpn-2-c', 'vpn-link', 'branch-cgw', 'vpn-2'), link('vpn-2-a', 'vpn-link', 'vpn-2', 'vgw'),
      ],
    );
    // Both propagate through the one VGW: one target, so the table holds one usable route.
    expect(reach(d, 'dev-a', 'hq').reachable).toBe(true);
  });
});

describe('a transit gateway learning one block twice', () => {
  const doc = (secondCidr: string) =>
    buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, routes: [{ destination: '0.0.0.0/0', target: 'hub' }] }] } }),
        subnet('dev-a', 'dev', '10.1.0.0/24'),
        vpc('a', ['10.2.0.0/16']),
        vpc('b', [secondCidr]),
        node('hub', 'transit-gateway', undefined, { routeTables: [{ id: 'hub-rt', associations: ['att-dev', 'att-a', 'att-b'], propagations: ['att-dev', 'att-a', 'att-b'] }] }),
      ],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-a', 'tgw-attachment', 'hub', 'a'), link('att-b', 'tgw-attachment', 'hub', 'b')],
    );

  it('from two VPCs: the packet is dropped (tgw-cidr-conflict), naming both attachments and the table', () => {
    const result = reach(doc('10.2.0.0/16'), 'dev-a', 'a');
    expect(rules(result)).toEqual(['tgw-cidr-conflict']);
    expect(result.blockedBy[0]!.subjects).toEqual(['att-a', 'att-b', 'hub', 'hub-rt']);
  });

  it('near miss: distinct blocks', () => {
    expect(reach(doc('10.3.0.0/16'), 'dev-a', 'a').reachable).toBe(true);
  });

  it('a VPC and a VPN site propagating one block: the VPC wins (AWS route evaluation order)', () => {
    const d = buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, routes: [{ destination: '0.0.0.0/0', target: 'hub' }] }] } }),
        subnet('dev-a', 'dev', '10.1.0.0/24'),
        vpc('a', ['10.2.0.0/16']),
        ...site('hq', ['10.2.0.0/16'], 65001),
        node('vpn', 'vpn-connection', undefined, { routing: 'bgp' }),
        node('hub', 'transit-gateway', undefined, { routeTables: [{ id: 'hub-rt', associations: ['att-dev', 'att-a', 'vpn-a'], propagations: ['vpn-a', 'att-a'] }] }),
      ],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-a', 'tgw-attachment', 'hub', 'a'), link('vpn-c', 'vpn-link', 'hq-cgw', 'vpn'), link('vpn-a', 'vpn-link', 'vpn', 'hub')],
    );
    expect(hops(reach(d, 'dev-a', 'a'))).toEqual(['rt-dev: 0.0.0.0/0 → hub', 'hub-rt: 10.2.0.0/16 → att-a']);
    const toSite = reach(d, 'dev-a', 'hq');
    expect(rules(toSite)).toEqual(['hybrid-cidr-overlap']);
    expect(toSite.blockedBy[0]!.subjects).toEqual(['a', 'hq']);
  });
});

describe('two sites propagating one block into a transit gateway table', () => {
  const doc = (branchCidr: string) =>
    buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, routes: [{ destination: '0.0.0.0/0', target: 'hub' }] }] } }),
        subnet('dev-a', 'dev', '10.1.0.0/24'),
        ...site('hq', ['192.168.0.0/16'], 65001),
        ...site('branch', [branchCidr], 65002),
        node('vpn-1', 'vpn-connection', undefined, { routing: 'bgp' }),
        node('vpn-2', 'vpn-connection', undefined, { routing: 'bgp' }),
        node('hub', 'transit-gateway', undefined, { routeTables: [{ id: 'hub-rt', associations: ['att-dev', 'vpn-1-a', 'vpn-2-a'], propagations: ['att-dev', 'vpn-1-a', 'vpn-2-a'] }] }),
      ],
      [
        link('att-dev', 'tgw-attachment', 'hub', 'dev'),
        link('vpn-1-c', 'vpn-link', 'hq-cgw', 'vpn-1'), link('vpn-1-a', 'vpn-link', 'vpn-1', 'hub'),
        link('vpn-2-c', 'vpn-link', 'branch-cgw', 'vpn-2'), link('vpn-2-a', 'vpn-link', 'vpn-2', 'hub'),
      ],
    );

  it('drops the packet: two equal routes to two attachments (hybrid-cidr-overlap)', () => {
    const result = reach(doc('192.168.0.0/16'), 'dev-a', 'hq');
    expect(rules(result)).toEqual(['hybrid-cidr-overlap']);
    expect(result.blockedBy[0]!.subjects).toEqual(['vpn-1-a', 'vpn-2-a', 'hub', 'hub-rt']);
  });

  it('near miss: distinct site blocks', () => {
    expect(reach(doc('172.16.0.0/16'), 'dev-a', 'hq').reachable).toBe(true);
  });
});

describe('Direct Connect to an explicitly routed transit gateway', () => {
  const doc = (allowedPrefixes: string[], propagations: string[]) =>
    buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, routes: [{ destination: '192.168.0.0/16', target: 'hub' }] }] } }),
        subnet('dev-a', 'dev', '10.1.0.0/24'),
        ...site('hq', ['192.168.0.0/16'], 65001),
        node('dx', 'dx-connection'),
        node('dxgw', 'dx-gateway', undefined, { asn: 64600 }),
        node('hub', 'transit-gateway', undefined, { asn: 64512, routeTables: [{ id: 'hub-rt', associations: ['att-dev', 'dxa'], propagations }] }),
      ],
      [
        link('att-dev', 'tgw-attachment', 'hub', 'dev'),
        link('dx-l', 'dx-link', 'hq-cgw', 'dx'),
        link('vif', 'vif', 'dx', 'dxgw', { type: 'transit' }),
        link('dxa', 'dxgw-association', 'dxgw', 'hub', { allowedPrefixes }),
      ],
    );

  it('the DX gateway attachment propagates the sites of its transit VIFs', () => {
    const result = reach(doc(['10.1.0.0/16'], ['att-dev', 'dxa']), 'dev-a', 'hq');
    expect(result.reachable).toBe(true);
    expect(result.routes![1]).toEqual({ at: 'hub', table: 'hub-rt', destination: '192.168.0.0/16', target: 'dxa', propagatedFrom: 'dxa' });
    expect(rules(reach(doc(['10.1.0.0/16'], ['att-dev']), 'dev-a', 'hq'))).toEqual(['route-no-route']);
  });

  it('the site learns only the allowed prefixes: a VPC outside them is not reached from on-premises', () => {
    expect(reach(doc(['10.1.0.0/16'], ['att-dev', 'dxa']), 'hq', 'dev-a').reachable).toBe(true);
    expect(rules(reach(doc(['10.9.0.0/16'], ['att-dev', 'dxa']), 'hq', 'dev-a'))).toEqual(['dxgw-allowed-prefixes']);
  });
});

describe('IPv6 and the exception to the local route', () => {
  it('an egress-only internet gateway carries IPv6 to the internet, never IPv4', () => {
    const doc = (routes: Raw[]) =>
      buildDocument([
        vpc('dev', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2001:db8:1::/56'], routeTables: [{ id: 'rt-dev', main: true, routes }] } }),
        subnet('dev-a', 'dev', '10.1.0.0/24', { props: { ipv6Cidr: '2001:db8:1::/64' } }),
        node('eigw', 'egress-only-internet-gateway', 'dev'),
        node('inet', 'internet'),
      ]);
    const result = reach(doc([{ destination: '::/0', target: 'eigw' }]), 'dev-a', 'inet');
    expect(result).toMatchObject({ reachable: true, path: ['dev-a', 'dev', 'eigw', 'inet'] });
    expect(hops(result)).toEqual(['rt-dev: ::/0 → eigw']);
    // IPv4 to the gateway is a blackhole, and IPv6 has no route: both met one hop out, sorted by rule id.
    expect(rules(reach(doc([{ destination: '0.0.0.0/0', target: 'eigw' }]), 'dev-a', 'inet'))).toEqual(['route-blackhole', 'route-no-route']);
  });

  it("a route for exactly a subnet's block to an appliance overrides the local route (AWS's one exception)", () => {
    const doc = (destination: string) =>
      buildDocument(
        [
          vpc('dev', ['10.1.0.0/16'], {
            props: { routeTables: [{ id: 'rt-dev', main: true, routes: [{ destination, target: 'fw' }] }, { id: 'rt-fw', routes: [] }] },
          }),
          subnet('dev-a', 'dev', '10.1.0.0/24'),
          subnet('dev-fw', 'dev', '10.1.9.0/24', { props: { routeTable: 'rt-fw' } }),
          node('fw', 'instance', 'dev-fw', { sourceDestCheck: false }),
          vpc('other', ['10.2.0.0/16']),
          subnet('other-a', 'other', '10.2.0.0/24'),
          node('hub', 'transit-gateway'),
        ],
        [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-other', 'tgw-attachment', 'hub', 'other')],
      );
    // Traffic from the transit gateway is routed by the attachment subnet's table (here the main one).
    const inspected = reach(doc('10.1.0.0/24'), 'other-a', 'dev-a');
    expect(inspected).toMatchObject({ reachable: true, path: ['other-a', 'other', 'att-other', 'hub', 'att-dev', 'dev', 'fw', 'dev-a'] });
    expect(hops(inspected)).toEqual(['rt-dev: 10.1.0.0/24 → fw', 'rt-fw: 10.1.0.0/16 → local']);
    // A route for the VPC's whole block is no exception: the local route wins.
    expect(hops(reach(doc('10.1.0.0/16'), 'other-a', 'dev-a'))).toEqual(['rt-dev: 10.1.0.0/16 → local']);
  });
});

describe('Direct Connect to the VGW of an explicitly routed VPC', () => {
  const doc = (allowedPrefixes: string[]) =>
    buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, propagate: ['vgw'] }] } }),
        subnet('dev-a', 'dev', '10.1.0.0/24'),
        node('vgw', 'vpn-gateway', 'dev'),
        ...site('hq', ['192.168.0.0/16'], 65001),
        node('dx', 'dx-connection'),
        node('dxgw', 'dx-gateway', undefined, { asn: 64600 }),
      ],
      [link('dx-l', 'dx-link', 'hq-cgw', 'dx'), link('vif', 'vif', 'dx', 'dxgw', { type: 'private' }), link('dxa', 'dxgw-association', 'dxgw', 'vgw', { allowedPrefixes })],
    );

  it('the site reaches the VPC blocks that an allowed prefix contains, or every block when the list is empty', () => {
    expect(reach(doc([]), 'hq', 'dev-a').reachable).toBe(true);
    expect(reach(doc(['10.0.0.0/8']), 'hq', 'dev-a').reachable).toBe(true);
    expect(rules(reach(doc(['10.1.0.0/24']), 'hq', 'dev-a'))).toEqual(['dxgw-allowed-prefixes']);
  });

  it('the VPC reaches the site through the VGW it propagates from, private VIFs through the DX gateway included', () => {
    const result = reach(doc([]), 'dev-a', 'hq');
    expect(result.reachable).toBe(true);
    expect(result.routes).toEqual([{ at: 'dev', table: 'rt-dev', destination: '192.168.0.0/16', target: 'vgw', propagatedFrom: 'vgw' }]);
  });
});
