import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { routingOf } from '../graph/routing';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { graphOf } from './graph';
import { tgwTableRoutes, vpcTableRoutes } from './propagation';

type Raw = Record<string, unknown>;

/** A site `<id>` with customer gateway `<id>-cgw`. */
const site = (id: string, cidr: string): Raw[] => [onPrem(id, [cidr]), node(`${id}-cgw`, 'customer-gateway', id)];
/** A VPN `<id>` from a site to an AWS gateway, with links `<id>-c` and `<id>-a` (the attachment, on a transit gateway). */
const vpnTo = (id: string, siteId: string, aws: string, routing: 'bgp' | 'static') => ({
  nodes: [node(id, 'vpn-connection', undefined, { routing })],
  links: [link(`${id}-c`, 'vpn-link', `${siteId}-cgw`, id), link(`${id}-a`, 'vpn-link', id, aws)],
});
/** A DX connection `<id>` from a site, with a VIF `<id>-vif` of the given type to `end`. */
const dxTo = (id: string, siteId: string, end: string, type: 'private' | 'transit') => ({
  nodes: [node(id, 'dx-connection')],
  links: [link(`${id}-l`, 'dx-link', `${siteId}-cgw`, id), link(`${id}-vif`, 'vif', id, end, { type })],
});

const routesOf = (routes: ReadonlyArray<{ destination: string; target: string; origin: string; propagatedFrom?: string }>) =>
  routes.map((r) => `${r.destination} → ${r.target} (${r.origin}${r.propagatedFrom ? ` from ${r.propagatedFrom}` : ''})`).sort();

describe('what a VPC table learns from its VGW', () => {
  const bgp = vpnTo('vpn-bgp', 'hq', 'vgw', 'bgp');
  const stat = vpnTo('vpn-static', 'branch', 'vgw', 'static');
  const direct = dxTo('dx-1', 'colo', 'vgw', 'private');
  const viaDxgw = dxTo('dx-2', 'lab', 'dxgw', 'private');
  const doc = (propagate: string[]) =>
    buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-main', main: true, routes: [{ destination: '0.0.0.0/0', target: 'vgw' }], propagate }] } }),
        subnet('a', 'dev', '10.1.0.0/24'),
        node('vgw', 'vpn-gateway', 'dev'),
        node('dxgw', 'dx-gateway'),
        ...site('hq', '192.168.0.0/16'), ...site('branch', '172.16.0.0/16'), ...site('colo', '172.20.0.0/16'), ...site('lab', '172.30.0.0/16'),
        ...bgp.nodes, ...stat.nodes, ...direct.nodes, ...viaDxgw.nodes,
      ],
      [...bgp.links, ...stat.links, ...direct.links, ...viaDxgw.links, link('assoc', 'dxgw-association', 'dxgw', 'vgw')],
    );
  const table = (propagate: string[]) => {
    const d = doc(propagate);
    const index = indexOf(d);
    const routed = routingOf(index).routedVpc(index.node('dev')!)!;
    return vpcTableRoutes(graphOf(index), routed.vpc, routed.tables[0]!);
  };

  it('learns the blocks of every site behind the VGW: BGP and static VPNs, private VIFs direct or through a DX gateway', () => {
    expect(routesOf(table(['vgw']))).toEqual([
      '0.0.0.0/0 → vgw (static)',
      '172.16.0.0/16 → vgw (vpn from vgw)',
      '172.20.0.0/16 → vgw (vpn from vgw)',
      '172.30.0.0/16 → vgw (vpn from vgw)',
      '192.168.0.0/16 → vgw (vpn from vgw)',
    ]);
  });

  it('learns nothing without propagation, or from an id that is not its VGW', () => {
    expect(routesOf(table([]))).toEqual(['0.0.0.0/0 → vgw (static)']);
    expect(routesOf(table(['dxgw']))).toEqual(['0.0.0.0/0 → vgw (static)']);
  });
});

describe('what a transit gateway table learns from its propagations', () => {
  const bgp = vpnTo('vpn-bgp', 'hq', 'hub', 'bgp');
  const stat = vpnTo('vpn-static', 'branch', 'hub', 'static');
  const transit = dxTo('dx-1', 'colo', 'dxgw', 'transit');
  const table = (propagations: string[], routes: Raw[] = []) => {
    const d = buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2001:db8:1::/56'] } }),
        node('hub', 'transit-gateway', undefined, { routeTables: [{ id: 'hub-rt', associations: [], propagations, routes }] }),
        node('us', 'transit-gateway'),
        node('dxgw', 'dx-gateway'),
        ...site('hq', '192.168.0.0/16'), ...site('branch', '172.16.0.0/16'), ...site('colo', '172.20.0.0/16'),
        ...bgp.nodes, ...stat.nodes, ...transit.nodes,
      ],
      [...bgp.links, ...stat.links, ...transit.links, link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('dxa', 'dxgw-association', 'dxgw', 'hub'), link('peer', 'tgw-peering', 'hub', 'us')],
    );
    const index = indexOf(d);
    const routed = routingOf(index).routedTgw(index.node('hub')!)!;
    return routesOf(tgwTableRoutes(graphOf(index), routed.tgw, routed.tables[0]!));
  };

  it("learns a VPC's blocks (both families), a BGP VPN's site, and the sites of the DX gateway's transit VIFs", () => {
    expect(table(['att-dev', 'vpn-bgp-a', 'dxa'])).toEqual([
      '10.1.0.0/16 → att-dev (vpc from att-dev)',
      '172.20.0.0/16 → dxa (dx-gateway from dxa)',
      '192.168.0.0/16 → vpn-bgp-a (vpn from vpn-bgp-a)',
      '2001:db8:1::/56 → att-dev (vpc from att-dev)',
    ]);
  });

  it('learns nothing from a static VPN, a peering or an id that is not an attachment; static routes stay', () => {
    expect(table(['vpn-static-a', 'peer', 'dev'], [{ destination: '172.16.0.0/16', target: 'vpn-static-a' }])).toEqual(['172.16.0.0/16 → vpn-static-a (static)']);
  });
});
