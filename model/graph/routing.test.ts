import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { attachmentLabel, routeFactsOf, routingOf, subnetRouteTable, tgwAttachments } from './routing';
import { indexOf } from './topology-index';

const doc = buildDocument(
  [
    vpc('dev', ['10.1.0.0/16'], {
      props: {
        routeTables: [
          { id: 'rt-main', main: true, routes: [{ destination: '0.0.0.0/0', target: 'igw' }, { destination: '10.9.0.0/16', target: 'fw' }, { destination: 'nope', target: 'gone' }] },
          { id: 'rt-b', routes: [{ destination: '::/0', target: 'igw' }] },
        ],
      },
    }),
    subnet('a', 'dev', '10.1.0.0/24'),
    subnet('b', 'dev', '10.1.1.0/24', { props: { routeTable: 'rt-b' } }),
    subnet('c', 'dev', '10.1.2.0/24', { props: { routeTable: 'tgw-rt' } }),
    node('igw', 'internet-gateway', 'dev'),
    node('fw', 'instance', 'a'),
    vpc('plain', ['10.2.0.0/16']),
    subnet('p', 'plain', '10.2.0.0/24'),
    node('tgw', 'transit-gateway', undefined, { routeTables: [{ id: 'tgw-rt', routes: [{ destination: '10.0.0.0/8', target: 'blackhole' }] }] }),
    node('vpn', 'vpn-connection'),
  ],
  [link('att', 'tgw-attachment', 'tgw', 'dev'), link('vpn-aws', 'vpn-link', 'vpn', 'tgw'), link('pcx', 'vpc-peering', 'dev', 'plain')],
);
const index = indexOf(doc);
const byId = (id: string) => index.node(id)!;
const subnetNode = (id: string) => index.nodesOfKind('subnet').find((s) => s.id === id)!;

describe('routingOf', () => {
  it('lists the explicitly routed VPCs and gateways, and every table by id with its owner', () => {
    const routing = routingOf(index);
    expect(routing.vpcs.map((v) => [v.vpc.id, v.mains.map((t) => t.id)])).toEqual([['dev', ['rt-main']]]);
    expect(routing.tgws.map((t) => t.tgw.id)).toEqual(['tgw']);
    expect([...routing.tables].map(([id, e]) => [id, e.owner, e.node.id])).toEqual([
      ['rt-main', 'vpc', 'dev'],
      ['rt-b', 'vpc', 'dev'],
      ['tgw-rt', 'tgw', 'tgw'],
    ]);
    expect(routing.routedVpc(byId('plain'))).toBeUndefined();
    expect(routingOf(index)).toBe(routing);
  });

  it("gives each subnet its table: explicit, the main one, or none when the association is not one of its VPC's tables", () => {
    expect(subnetRouteTable(index, subnetNode('a'))).toMatchObject({ table: { id: 'rt-main' }, explicit: false });
    expect(subnetRouteTable(index, subnetNode('b'))).toMatchObject({ table: { id: 'rt-b' }, explicit: true });
    expect(subnetRouteTable(index, subnetNode('c'))).toBeUndefined();
    expect(subnetRouteTable(index, subnetNode('p'))).toBeUndefined();
  });

  it("lists a transit gateway's attachments, naming them as AWS does", () => {
    const attachments = tgwAttachments(index, byId('tgw'));
    expect([...attachments.keys()]).toEqual(['att', 'vpn-aws']);
    expect(attachmentLabel(index, byId('tgw'), attachments.get('vpn-aws')!)).toBe('VPN attachment vpn-aws (Site-to-Site VPN connection vpn)');
  });
});

describe('routeFactsOf', () => {
  it('reads each route once: destination, target, routes to appliances and default routes to an internet gateway', () => {
    const facts = routeFactsOf(index);
    expect(facts.vpcRoutes.map((f) => [f.route.destination, f.destination?.canonical, f.targetNode?.id ?? f.targetConnection?.id])).toEqual([
      ['0.0.0.0/0', '0.0.0.0/0', 'igw'],
      ['10.9.0.0/16', '10.9.0.0/16', 'fw'],
      ['nope', undefined, undefined],
      ['::/0', '::/0', 'igw'],
    ]);
    expect(facts.tgwRoutes.map((f) => f.owner.table.id)).toEqual(['tgw-rt']);
    expect(facts.toInstances.map((f) => f.route.destination)).toEqual(['10.9.0.0/16']);
    expect([...facts.defaultToIgw].map(([table, gw]) => [table.id, gw])).toEqual([
      ['rt-main', { 4: 'igw' }],
      ['rt-b', { 6: 'igw' }],
    ]);
  });
});
