import { describe, expect, it } from 'vitest';
import type { Connection, TopologyDocument, TopologyNode } from '../../document/types';
import { serializeDocument } from '../../document/serialize';
import { importAws } from './import-aws';
import { readFixtureFolder } from './testing/read-fixtures';

const HUB = 'vpc-0a60eb65b4EXAMPLE';
const SPOKE = 'vpc-06e4ab6c6cEXAMPLE';
const TGW = 'tgw-0262a0e521EXAMPLE';

const nodeOf = (doc: TopologyDocument, id: string): TopologyNode => {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};
const connectionOf = (doc: TopologyDocument, id: string): Connection => {
  const connection = doc.connections.find((c) => c.id === id);
  if (!connection) throw new Error(`no connection ${id}`);
  return connection;
};
const props = (element: { props?: Record<string, unknown> }) => element.props ?? {};

describe('importAws: the sample account (describe output as the AWS CLI prints it)', () => {
  const { document: doc, report } = importAws(readFixtureFolder());

  it('keeps only associated VPC blocks, the primary first, and reports the disassociated one', () => {
    const hub = nodeOf(doc, HUB);
    expect(hub.name).toBe('hub');
    expect(props(hub).cidrs).toEqual(['10.0.0.0/16', '10.1.0.0/16']);
    expect(props(hub).ipv6Cidrs).toEqual(['2600:1f18:ab1:2a00::/56']);
    expect(report.gaps).toContainEqual({ resource: HUB, field: 'CidrBlockAssociationSet[2]', reason: 'block 10.2.0.0/16 is disassociated: left out' });
  });

  it('places VPCs in the region of the folder they were read from, and keeps the AWS id, account and tags', () => {
    expect(nodeOf(doc, HUB).parent).toBe('region-us-east-1');
    expect(props(nodeOf(doc, HUB)).origin).toEqual({ id: HUB, kind: 'aws', account: '111122223333', region: 'us-east-1' });
    expect(props(nodeOf(doc, HUB)).tags).toEqual({ Name: 'hub', env: 'shared' });
    expect(nodeOf(doc, 'tgw-0f1e2d3c4bEXAMPLE').parent).toBe('region-eu-west-1');
  });

  it('maps gateways into their VPCs and NAT gateways into their subnets, leaving deleted ones out', () => {
    expect(nodeOf(doc, 'igw-0d0fb496b3EXAMPLE')).toMatchObject({ kind: 'internet-gateway', parent: HUB });
    expect(nodeOf(doc, 'eigw-015e0e244eEXAMPLE')).toMatchObject({ kind: 'egress-only-internet-gateway', parent: HUB });
    expect(nodeOf(doc, 'vgw-9a4cacf3')).toMatchObject({ kind: 'vpn-gateway', parent: HUB, props: { asn: 64512 } });
    expect(nodeOf(doc, 'nat-05dba92075EXAMPLE')).toMatchObject({ kind: 'nat-gateway', parent: 'subnet-0d2b3c4e5fEXAMPLE', props: { connectivity: 'public', elasticIps: 1 } });
    expect(doc.nodes.some((n) => n.id === 'nat-0c61bf8a12EXAMPLE')).toBe(false);
    expect(report.gaps).toContainEqual({ resource: 'nat-0c61bf8a12EXAMPLE', reason: 'the NAT gateway is deleted: not drawn' });
  });

  it('writes VPC route tables: static routes only, the main table, subnet associations, VGW propagation', () => {
    const tables = props(nodeOf(doc, HUB)).routeTables as Array<Record<string, unknown>>;
    expect(tables.map((t) => t.id)).toEqual(['rtb-09ba434c1bEXAMPLE', 'rtb-0b1c2d3e4fEXAMPLE']);
    expect(tables[0]).toMatchObject({
      name: 'hub-private', main: true, propagate: ['vgw-9a4cacf3'],
      routes: [{ destination: '0.0.0.0/0', target: 'nat-05dba92075EXAMPLE' }, { destination: '10.10.0.0/16', target: TGW }],
    });
    expect(tables[1]!.routes).toEqual([
      { destination: '0.0.0.0/0', target: 'igw-0d0fb496b3EXAMPLE' },
      { destination: '::/0', target: 'igw-0d0fb496b3EXAMPLE' },
    ]);
    expect(props(nodeOf(doc, 'subnet-0d2b3c4e5fEXAMPLE'))).toMatchObject({ routeTable: 'rtb-0b1c2d3e4fEXAMPLE', public: true });
    expect(props(nodeOf(doc, 'subnet-0bb1c79de3EXAMPLE')).public).toBeUndefined();
    expect(report.gaps).toContainEqual({ resource: 'rtb-09ba434c1bEXAMPLE', field: 'Routes[6]', reason: 'a route to the prefix list pl-0123456789abcdef0 is not modelled' });
  });

  it('keeps a route whose target was not imported and says so', () => {
    const spokeTables = props(nodeOf(doc, SPOKE)).routeTables as Array<{ routes: unknown[] }>;
    expect(spokeTables[0]!.routes).toContainEqual({ destination: '10.10.99.0/24', target: 'i-0123456789EXAMPLE' });
    expect(report.gaps.some((g) => g.resource === 'rtb-0c1d2e3f4aEXAMPLE' && /i-0123456789EXAMPLE, which is not in the input/.test(g.reason))).toBe(true);
  });

  it('maps gateway and interface endpoints with the service name and associated tables', () => {
    expect(nodeOf(doc, 'vpce-0b4dc7a2a9EXAMPLE')).toMatchObject({ parent: HUB, props: { type: 'gateway', service: 's3', routeTables: ['rtb-09ba434c1bEXAMPLE'] } });
    expect(nodeOf(doc, 'vpce-0c1d2e3f4aEXAMPLE')).toMatchObject({ parent: 'subnet-0a1b2c3d4eEXAMPLE', props: { type: 'interface', service: 'ssm', privateDns: true } });
  });

  it('names each transit gateway attachment by its tgw-attach id, whatever connection stands for it', () => {
    expect(connectionOf(doc, 'tgw-attach-0b5968d3b6EXAMPLE')).toMatchObject({
      kind: 'tgw-attachment', source: TGW, target: HUB, props: { subnets: ['subnet-0bb1c79de3EXAMPLE'], applianceMode: true },
    });
    expect(connectionOf(doc, 'tgw-attach-0a89069f57EXAMPLE')).toMatchObject({ kind: 'vpn-link', source: 'vpn-1a2b3c4d', target: TGW });
    expect(connectionOf(doc, 'tgw-attach-0d1e2f3a4bEXAMPLE')).toMatchObject({
      kind: 'dxgw-association', source: '5f5a5b5c-1234-4d5e-9f8a-0b1c2d3e4f5a', target: TGW, props: { allowedPrefixes: ['10.0.0.0/8'] },
    });
    expect(connectionOf(doc, 'tgw-attach-0e9f8a7b6cEXAMPLE')).toMatchObject({ kind: 'tgw-peering', source: TGW, target: 'tgw-0f1e2d3c4bEXAMPLE' });
    expect(doc.connections.some((c) => c.id === 'tgw-attach-0ffffffff0EXAMPLE')).toBe(false);
  });

  it('writes transit gateway route tables: associations, propagations, static routes and blackholes', () => {
    const tables = props(nodeOf(doc, TGW)).routeTables as Array<Record<string, unknown>>;
    expect(tables).toHaveLength(2);
    expect(tables[0]).toMatchObject({
      id: 'tgw-rtb-018774adf3EXAMPLE', name: 'shared',
      associations: ['tgw-attach-0b5968d3b6EXAMPLE', 'tgw-attach-0e9f8a7b6cEXAMPLE'],
      propagations: ['tgw-attach-0b5968d3b6EXAMPLE', 'tgw-attach-08e0bc912cEXAMPLE', 'tgw-attach-0a89069f57EXAMPLE'],
    });
    expect(tables[1]).toMatchObject({
      id: 'tgw-rtb-0b6f6aaa01EXAMPLE',
      associations: ['tgw-attach-08e0bc912cEXAMPLE', 'tgw-attach-0a89069f57EXAMPLE', 'tgw-attach-0d1e2f3a4bEXAMPLE'],
      routes: [{ destination: '0.0.0.0/0', target: 'tgw-attach-0b5968d3b6EXAMPLE' }, { destination: '10.10.0.0/16', target: 'blackhole' }],
    });
    expect(report.gaps).toContainEqual({ resource: 'tgw-0f1e2d3c4bEXAMPLE', reason: 'its route tables are not in the input (aws ec2 describe-transit-gateway-route-tables): drawn implicitly routed' });
  });

  it('draws a VPN site with the static routes as its blocks, and Direct Connect (camelCase output) with a site per location', () => {
    expect(nodeOf(doc, 'site-cgw-0e11f167')).toMatchObject({ kind: 'on-premises', props: { cidrs: ['192.168.0.0/16'] } });
    expect(nodeOf(doc, 'cgw-0e11f167')).toMatchObject({ kind: 'customer-gateway', parent: 'site-cgw-0e11f167', props: { asn: 65534, ip: '12.1.2.3' } });
    expect(nodeOf(doc, 'vpn-1a2b3c4d')).toMatchObject({ props: { routing: 'static', tunnels: 2 } });
    expect(nodeOf(doc, 'dxcon-fguhmqlc')).toMatchObject({ kind: 'dx-connection', parent: 'region-us-east-1', props: { location: 'EqDC2', bandwidth: '10Gbps', macsec: true } });
    expect(connectionOf(doc, 'dxvif-ffhhk74f')).toMatchObject({ kind: 'vif', source: 'dxcon-fguhmqlc', target: '5f5a5b5c-1234-4d5e-9f8a-0b1c2d3e4f5a', props: { type: 'transit' } });
    expect(report.gaps).toContainEqual({ resource: 'dxvif-deleted1', reason: 'the virtual interface is deleted: not drawn' });
  });

  it('keeps only active peering connections', () => {
    expect(connectionOf(doc, 'pcx-11122233')).toMatchObject({ kind: 'vpc-peering', source: HUB, target: SPOKE });
    expect(report.gaps).toContainEqual({ resource: 'pcx-00000000', reason: 'the peering connection is deleted: not drawn' });
  });

  it('reports what it read, call by call, and counts what it made', () => {
    const recognised = new Set(report.sources.map((s) => s.recognisedAs));
    for (const call of ['aws ec2 describe-vpcs', 'aws ec2 describe-subnets', 'aws ec2 search-transit-gateway-routes', 'aws directconnect describe-virtual-interfaces']) {
      expect(recognised.has(call), call).toBe(true);
    }
    expect(report.counts).toMatchObject({ vpc: 2, subnet: 3, 'transit-gateway': 2, 'route-table': 5, 'tgw-attachment': 2 });
  });
});

describe('importAws: inputs', () => {
  const files = readFixtureFolder();

  it('gives the same document whatever the order of the files, and the same ids on a second import', () => {
    const once = serializeDocument(importAws(files).document);
    expect(serializeDocument(importAws([...files].reverse()).document)).toBe(once);
    expect(serializeDocument(importAws(files).document)).toBe(once);
  });

  it('reads all calls concatenated into one file, and keys in camelCase as well as PascalCase', () => {
    const joined = files.map((f) => f.text).join('\n');
    const camel = joined.replace(/"([A-Z])([A-Za-z0-9]*)":/g, (_, first: string, rest: string) => `"${first.toLowerCase()}${rest}":`);
    const fromOne = importAws([{ path: '111122223333/us-east-1/all.json', text: camel }]).document;
    // The eu-west-1 gateway now sits in us-east-1 (its folder said otherwise); everything else is the same.
    const ids = (d: TopologyDocument) => [...d.nodes.map((n) => n.id), ...d.connections.map((c) => c.id)].sort();
    expect(ids(fromOne).filter((id) => id !== 'region-eu-west-1')).toEqual(ids(importAws(files).document).filter((id) => id !== 'region-eu-west-1'));
  });

  it('reports a file that is not AWS output, and one that is not JSON, without failing the rest', () => {
    const { document, report } = importAws([
      { path: 'notes.json', text: '{"hello": "world"}' },
      { path: 'broken.json', text: '{"Vpcs": [' },
      { path: 'vpcs.json', text: '{"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16", "State": "available"}]}' },
    ]);
    expect(document.nodes.map((n) => n.id)).toEqual(['vpc-1']);
    expect(report.gaps.map((g) => g.resource)).toEqual(['broken.json', 'notes.json', 'vpc-1']);
    expect(report.gaps[1]!.reason).toMatch(/top-level keys: hello/);
  });

  it('assigns an unlabelled per-table listing only when there is a single table, else reports it', () => {
    const base = [
      { path: 'a.json', text: JSON.stringify({ TransitGateways: [{ TransitGatewayId: 'tgw-1', State: 'available' }] }) },
      { path: 'b.json', text: JSON.stringify({ Vpcs: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16' }], TransitGatewayVpcAttachments: [{ TransitGatewayAttachmentId: 'tgw-attach-1', TransitGatewayId: 'tgw-1', VpcId: 'vpc-1', State: 'available' }] }) },
      { path: 'c.json', text: JSON.stringify({ TransitGatewayRouteTablePropagations: [{ TransitGatewayAttachmentId: 'tgw-attach-1', State: 'enabled' }] }) },
    ];
    const one = [...base, { path: 'd.json', text: JSON.stringify({ TransitGatewayRouteTables: [{ TransitGatewayRouteTableId: 'tgw-rtb-1', TransitGatewayId: 'tgw-1' }] }) }];
    const tables = (doc: TopologyDocument) => props(nodeOf(doc, 'tgw-1')).routeTables as Array<Record<string, unknown>>;
    expect(tables(importAws(one).document)[0]!.propagations).toEqual(['tgw-attach-1']);
    const two = [...base, { path: 'd.json', text: JSON.stringify({ TransitGatewayRouteTables: [{ TransitGatewayRouteTableId: 'tgw-rtb-1', TransitGatewayId: 'tgw-1' }, { TransitGatewayRouteTableId: 'tgw-rtb-2', TransitGatewayId: 'tgw-1' }] }) }];
    const result = importAws(two);
    expect(tables(result.document).every((t) => t.propagations === undefined)).toBe(true);
    expect(result.report.gaps.some((g) => g.resource === 'c.json' && /does not say its route table/.test(g.reason))).toBe(true);
  });

  it('leaves a subnet, route table or attachment whose VPC is missing out, saying which VPC', () => {
    const { document, report } = importAws([
      { path: 'x.json', text: JSON.stringify({ Subnets: [{ SubnetId: 'subnet-1', VpcId: 'vpc-gone', CidrBlock: '10.0.0.0/24' }], RouteTables: [{ RouteTableId: 'rtb-1', VpcId: 'vpc-gone' }] }) },
    ]);
    expect(document.nodes).toEqual([]);
    expect(report.gaps).toEqual([
      { resource: 'subnet-1', reason: 'its VPC vpc-gone is not in the input' },
      { resource: 'rtb-1', reason: 'its VPC vpc-gone is not in the input' },
    ]);
  });
});
