import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem, vpc } from '../testing/build';
import { sitesBehindVgw, tgwTablePropagatedRoutes, vpcTablePropagatedRoutes } from './propagated-routes';
import { routingOf } from './routing';
import { indexOf } from './topology-index';

/**
 * A VPC with a VGW reached by a VPN (site hq), a private VIF (site dc) and a private VIF through a
 * DX gateway (site branch); a transit gateway with a VPC attachment, a BGP VPN (site hq), a static
 * VPN (site lab), a DX gateway attachment with a transit VIF (site colo) and a peering.
 */
const doc = buildDocument(
  [
    vpc('app', ['10.1.0.0/16'], {
      props: { ipv6Cidrs: ['2600:1f18::/56'], routeTables: [{ id: 'rt-app', main: true, propagate: ['vgw', 'igw', 'missing'] }, { id: 'rt-none', routes: [] }] },
    }),
    node('vgw', 'vpn-gateway', 'app'),
    node('igw', 'internet-gateway', 'app'),
    onPrem('hq', ['192.168.0.0/16', '172.16.0.0/20']),
    node('cgw-hq', 'customer-gateway', 'hq'),
    onPrem('dc', ['192.169.0.0/16']),
    node('cgw-dc', 'customer-gateway', 'dc'),
    onPrem('branch', ['192.170.0.0/16']),
    node('cgw-branch', 'customer-gateway', 'branch'),
    onPrem('lab', ['192.171.0.0/16']),
    node('cgw-lab', 'customer-gateway', 'lab'),
    onPrem('colo', ['192.172.0.0/16']),
    node('cgw-colo', 'customer-gateway', 'colo'),
    node('vpn-hq', 'vpn-connection'),
    node('vpn-hq-tgw', 'vpn-connection'),
    node('vpn-lab', 'vpn-connection', undefined, { routing: 'static' }),
    node('dx', 'dx-connection'),
    node('dx-branch', 'dx-connection'),
    node('dx-colo', 'dx-connection'),
    node('dxgw', 'dx-gateway'),
    node('dxgw-t', 'dx-gateway'),
    vpc('shared', ['10.2.0.0/16']),
    node('tgw', 'transit-gateway', undefined, {
      routeTables: [{ id: 'tgw-rt', associations: [], propagations: ['att-shared', 'vpn-hq-aws', 'vpn-lab-aws', 'dxa-t', 'peer', 'pcx', 'nope'] }],
    }),
    node('tgw-2', 'transit-gateway'),
  ],
  [
    link('vpn-hq-cgw', 'vpn-link', 'vpn-hq', 'cgw-hq'),
    link('vpn-hq-vgw', 'vpn-link', 'vpn-hq', 'vgw'),
    link('dx-dc', 'dx-link', 'dx', 'cgw-dc'),
    link('vif-dc', 'vif', 'dx', 'vgw', { type: 'private' }),
    link('dx-br', 'dx-link', 'dx-branch', 'cgw-branch'),
    link('vif-br', 'vif', 'dx-branch', 'dxgw', { type: 'private' }),
    link('dxa-vgw', 'dxgw-association', 'dxgw', 'vgw'),
    link('att-shared', 'tgw-attachment', 'tgw', 'shared'),
    link('vpn-hq2-cgw', 'vpn-link', 'vpn-hq-tgw', 'cgw-hq'),
    link('vpn-hq-aws', 'vpn-link', 'vpn-hq-tgw', 'tgw'),
    link('vpn-lab-cgw', 'vpn-link', 'vpn-lab', 'cgw-lab'),
    link('vpn-lab-aws', 'vpn-link', 'vpn-lab', 'tgw'),
    link('dx-co', 'dx-link', 'dx-colo', 'cgw-colo'),
    link('vif-co', 'vif', 'dx-colo', 'dxgw-t', { type: 'transit' }),
    link('dxa-t', 'dxgw-association', 'dxgw-t', 'tgw'),
    link('peer', 'tgw-peering', 'tgw', 'tgw-2'),
    link('pcx', 'vpc-peering', 'app', 'shared'),
  ],
);
const index = indexOf(doc);
const table = (id: string) => routingOf(index).tables.get(id)!;

describe('sitesBehindVgw', () => {
  it('finds the sites of the VPNs, the private VIFs and the DX gateway associations that reach the VGW', () => {
    expect(sitesBehindVgw(index, index.node('vgw')!).map((s) => s.id).sort()).toEqual(['branch', 'dc', 'hq']);
  });
});

describe('vpcTablePropagatedRoutes', () => {
  it("learns each site block behind the table's VGWs, and nothing from ids that are not a VGW of the VPC", () => {
    const entry = table('rt-app');
    const routes = vpcTablePropagatedRoutes(index, entry.node, entry.table);
    expect(routes.map((r) => `${r.destination} ${r.via} ${r.owner}`).sort()).toEqual([
      '172.16.0.0/20 vgw hq',
      '192.168.0.0/16 vgw hq',
      '192.169.0.0/16 vgw dc',
      '192.170.0.0/16 vgw branch',
    ]);
  });

  it('learns nothing for a table without propagation', () => {
    const entry = table('rt-none');
    expect(vpcTablePropagatedRoutes(index, entry.node, entry.table)).toEqual([]);
  });
});

describe('tgwTablePropagatedRoutes', () => {
  it('learns VPC blocks, BGP VPN sites and transit-VIF sites; nothing from a static VPN, a peering or a non-attachment', () => {
    const entry = table('tgw-rt');
    const routes = tgwTablePropagatedRoutes(index, entry.node, entry.table);
    expect(routes.map((r) => `${r.destination} ${r.via} ${r.owner} ${r.source}`)).toEqual([
      '10.2.0.0/16 att-shared shared vpc',
      '192.168.0.0/16 vpn-hq-aws hq vpn',
      '172.16.0.0/20 vpn-hq-aws hq vpn',
      '192.172.0.0/16 dxa-t colo dx-gateway',
    ]);
  });

  it('includes the IPv6 blocks of an attached VPC', () => {
    const withApp = buildDocument(
      [vpc('app', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2600:1f18::/56'] } }), node('tgw', 'transit-gateway', undefined, { routeTables: [{ id: 't', propagations: ['att'] }] })],
      [link('att', 'tgw-attachment', 'tgw', 'app')],
    );
    const i = indexOf(withApp);
    const entry = routingOf(i).tables.get('t')!;
    expect(tgwTablePropagatedRoutes(i, entry.node, entry.table).map((r) => r.destination)).toEqual(['10.1.0.0/16', '2600:1f18::/56']);
  });

  it('learns nothing from a VPC attachment drawn to something that is not a VPC (connection-ends-invalid)', () => {
    const drawn = buildDocument(
      [vpc('app', ['10.1.0.0/16']), node('sub', 'subnet', 'app', { cidr: '10.1.1.0/24' }), node('tgw', 'transit-gateway', undefined, { routeTables: [{ id: 't', propagations: ['att'] }] })],
      [link('att', 'tgw-attachment', 'tgw', 'sub')],
    );
    const i = indexOf(drawn);
    const entry = routingOf(i).tables.get('t')!;
    expect(tgwTablePropagatedRoutes(i, entry.node, entry.table)).toEqual([]);
  });
});
