import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument, TopologyNode } from '../../document/types';
import { importTerraform } from './import-terraform';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const nodeOf = (doc: TopologyDocument, id: string): TopologyNode => {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}; have ${doc.nodes.map((n) => n.id).join(', ')}`);
  return node;
};
const props = (element: { props?: Record<string, unknown> }) => element.props ?? {};

describe('importTerraform: a plan with child modules and values unknown until apply', () => {
  const { document: doc, report } = importTerraform(fixture('plan-modules.json'), { source: 'plan.json' });
  const VPC = 'module.network.aws_vpc.this';

  it('reads every module, names elements by address, and keeps the address as the origin', () => {
    expect(report.sources).toEqual([{ name: 'plan.json', recognisedAs: 'terraform show -json (plan)', resources: 20 }]);
    expect(nodeOf(doc, VPC)).toMatchObject({ kind: 'vpc', name: 'main', parent: 'region-us-west-2' });
    expect(props(nodeOf(doc, VPC)).origin).toEqual({ id: VPC, kind: 'terraform', region: 'us-west-2' });
    // Two levels down: module.network.module.endpoints, its VPC given by the caller's var.vpc_id.
    expect(nodeOf(doc, 'module.network.module.endpoints.aws_vpc_endpoint.s3')).toMatchObject({
      parent: VPC, props: { type: 'gateway', service: 's3', routeTables: ['module.network.aws_route_table.private'] },
    });
  });

  it('links resources whose ids are unknown through the configuration references, counted instances by index', () => {
    expect(nodeOf(doc, 'module.network.aws_subnet.private[1]')).toMatchObject({ parent: VPC, props: { cidr: '10.0.2.0/24', az: 'us-west-2b', routeTable: 'module.network.aws_route_table.private' } });
    expect(nodeOf(doc, 'module.network.aws_internet_gateway.gw').parent).toBe(VPC);
    expect(nodeOf(doc, 'module.network.aws_nat_gateway.example')).toMatchObject({ kind: 'nat-gateway', parent: 'module.network.aws_subnet.public', props: { connectivity: 'public', elasticIps: 1 } });
    expect(nodeOf(doc, 'module.network.aws_egress_only_internet_gateway.example')).toMatchObject({ kind: 'egress-only-internet-gateway', parent: VPC });
    const attachment = doc.connections.find((c) => c.id === 'aws_ec2_transit_gateway_vpc_attachment.network');
    // The root module reaches into module.network through its outputs vpc_id and private_subnet_ids.
    expect(attachment).toMatchObject({
      kind: 'tgw-attachment', source: 'aws_ec2_transit_gateway.hub', target: VPC,
      props: { subnets: ['module.network.aws_subnet.private[0]', 'module.network.aws_subnet.private[1]'] },
    });
  });

  it('adds the secondary block and reports the one the plan destroys', () => {
    expect(props(nodeOf(doc, VPC)).cidrs).toEqual(['10.0.0.0/16', '172.2.0.0/16']);
    expect(report.gaps).toContainEqual({ resource: 'module.network.aws_vpc_ipv4_cidr_block_association.legacy', reason: 'the plan destroys it: not drawn' });
  });

  it('writes route tables from inline routes whose targets are unknown, with the main table and public subnets', () => {
    const tables = props(nodeOf(doc, VPC)).routeTables as Array<Record<string, unknown>>;
    expect(tables.map((t) => [t.id, t.main ?? false])).toEqual([['module.network.aws_route_table.private', true], ['module.network.aws_route_table.public', false]]);
    expect(tables[1]!.routes).toEqual([
      { destination: '0.0.0.0/0', target: 'module.network.aws_internet_gateway.gw' },
      { destination: '::/0', target: 'module.network.aws_egress_only_internet_gateway.example' },
    ]);
    expect(tables[0]!.routes).toEqual([{ destination: '0.0.0.0/0', target: 'module.network.aws_nat_gateway.example' }]);
    expect(props(nodeOf(doc, 'module.network.aws_subnet.public')).public).toBe(true);
    expect(props(nodeOf(doc, 'module.network.aws_subnet.private[0]')).public).toBeUndefined();
  });

  it('reports what stays unknown and what has no kind, never dropping it silently', () => {
    expect(report.gaps).toContainEqual({ resource: VPC, field: 'ipv6_cidr_block', reason: 'unknown until apply: left out' });
    expect(report.gaps).toContainEqual({ resource: 'module.network.aws_subnet.extra', field: 'cidr_block', reason: 'its block is not known (unknown until apply): fill it in' });
    expect(report.gaps).toContainEqual({ resource: 'module.network.aws_route_table.private', field: 'route[1]', reason: 'the route to 10.10.0.0/16 names no target this version maps (or it is unknown until apply)' });
    expect(report.gaps).toContainEqual({ resource: 'module.network.aws_security_group.allow_tls', reason: 'aws_security_group has no kind in VPC Canvas: left out' });
    expect(report.gaps.filter((g) => g.resource === 'module.network.aws_subnet.extra')).toHaveLength(1);
  });

  it('gives the same document for the same input, whatever the order of its resources', () => {
    const raw = JSON.parse(fixture('plan-modules.json'));
    raw.planned_values.root_module.child_modules[0].resources.reverse();
    expect(importTerraform(raw).document).toEqual(doc);
  });

  it('refuses input that is not terraform show -json output, naming it', () => {
    expect(() => importTerraform('{"Vpcs": []}', { source: 'x.json' })).toThrow('x.json: not the output of "terraform show -json"');
    expect(() => importTerraform('not json', { source: 'y.json' })).toThrow(/^y\.json: not JSON/);
  });
});

describe('importTerraform: a state with a transit gateway, its route tables and attachments, and a peering mesh', () => {
  const { document: doc, report } = importTerraform(fixture('state-transit.json'), { source: 'state.json' });
  const connection = (id: string) => doc.connections.find((c) => c.id === id);
  const tgwTables = (id: string) => props(nodeOf(doc, id)).routeTables as Array<Record<string, unknown>>;

  it('uses the AWS ids the state knows, keeping the address, account and region in the origin', () => {
    expect(report.sources[0]!.recognisedAs).toBe('terraform show -json (state)');
    expect(nodeOf(doc, 'vpc-0a')).toMatchObject({ kind: 'vpc', name: 'vpc-a', parent: 'region-us-east-1' });
    expect(props(nodeOf(doc, 'vpc-0a')).origin).toEqual({ id: 'aws_vpc.a', kind: 'terraform', account: '111122223333', region: 'us-east-1' });
    expect(nodeOf(doc, 'tgw-west').parent).toBe('region-us-west-2');
  });

  it('draws the active peerings of the mesh and reports the one still pending acceptance', () => {
    expect(doc.connections.filter((c) => c.kind === 'vpc-peering').map((c) => [c.id, c.source, c.target])).toEqual([['pcx-ab', 'vpc-0a', 'vpc-0b'], ['pcx-bc', 'vpc-0b', 'vpc-0c']]);
    expect(report.gaps).toContainEqual({ resource: 'aws_vpc_peering_connection.ac', reason: 'the peering connection is pending-acceptance: not drawn' });
  });

  it('names every attachment by its tgw-attach id: VPC, VPN, peering and Direct Connect gateway', () => {
    expect(connection('tgw-attach-vpca')).toMatchObject({ kind: 'tgw-attachment', source: 'tgw-east', target: 'vpc-0a', props: { subnets: ['subnet-0a'], applianceMode: true } });
    expect(connection('tgw-attach-vpn')).toMatchObject({ kind: 'vpn-link', source: 'vpn-office', target: 'tgw-east' });
    expect(connection('tgw-attach-peer')).toMatchObject({ kind: 'tgw-peering', source: 'tgw-east', target: 'tgw-west' });
    // The association takes the attachment id that the data source looked up.
    expect(connection('tgw-attach-dx')).toMatchObject({ kind: 'dxgw-association', target: 'tgw-east', props: { allowedPrefixes: ['10.0.0.0/16', '10.1.0.0/16'] } });
    expect(connection('dxvif-ffabc456')).toMatchObject({ kind: 'vif', source: 'dxcon-ffabc123', props: { type: 'transit' } });
  });

  it('writes both route tables of the gateway with their associations, propagations, static and blackhole routes', () => {
    expect(tgwTables('tgw-east')).toEqual([
      expect.objectContaining({ id: 'tgw-rtb-shared', associations: ['tgw-attach-dx', 'tgw-attach-peer', 'tgw-attach-vpn'], propagations: ['tgw-attach-vpca'] }),
      expect.objectContaining({
        id: 'tgw-rtb-spokes', associations: ['tgw-attach-vpca'], propagations: ['tgw-attach-dx', 'tgw-attach-vpn'],
        routes: [{ destination: '10.99.0.0/16', target: 'blackhole' }, { destination: '10.20.0.0/16', target: 'tgw-attach-peer' }],
      }),
    ]);
    // The accepter side associates the same peering attachment in its own gateway's table.
    expect(tgwTables('tgw-west')).toEqual([expect.objectContaining({ id: 'tgw-rtb-west', associations: ['tgw-attach-peer'] })]);
  });

  it('writes the VPC table named main by aws_main_route_table_association, and reports the prefix-list route', () => {
    expect(props(nodeOf(doc, 'vpc-0a')).routeTables).toEqual([expect.objectContaining({
      id: 'rtb-0a', main: true, routes: [{ destination: '10.1.0.0/16', target: 'pcx-ab' }, { destination: '0.0.0.0/0', target: 'tgw-east' }],
    })]);
    expect(report.gaps).toContainEqual({ resource: 'aws_route_table.a', field: 'route[2]', reason: 'a route whose destination is a prefix list or is not known is not modelled' });
    expect(report.gaps.some((g) => g.resource === 'vpc-0b' && g.reason.startsWith('no route table of it is in the input'))).toBe(true);
  });
});

describe('importTerraform: routes into a VPC main table that is not a resource', () => {
  const resource = (type: string, name: string, values: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, values });
  const state = {
    format_version: '1.0',
    values: {
      root_module: {
        resources: [
          resource('aws_vpc', 'x', { id: 'vpc-x', cidr_block: '10.0.0.0/16', main_route_table_id: 'rtb-main-x', default_route_table_id: 'rtb-main-x' }),
          resource('aws_internet_gateway', 'i', { id: 'igw-i', vpc_id: 'vpc-x' }),
          resource('aws_vpn_gateway', 'g', { id: 'vgw-g', vpc_id: 'vpc-x', amazon_side_asn: '64512' }),
          // route_table_id = aws_vpc.x.main_route_table_id, as the registry's aws_route examples write it.
          resource('aws_route', 'default', { id: 'r-rtb-main-x1080289494', route_table_id: 'rtb-main-x', destination_cidr_block: '0.0.0.0/0', gateway_id: 'igw-i' }),
          resource('aws_route_table', 'b', { id: 'rtb-b', vpc_id: 'vpc-x', route: [], propagating_vgws: ['vgw-g'] }),
        ],
      },
    },
  };

  it('puts the route in a main table standing for the one AWS made, and keeps the VGW propagation', () => {
    const { document: doc, report } = importTerraform(state);
    expect(props(nodeOf(doc, 'vpc-x')).routeTables).toEqual([
      { id: 'vpc-x-main-route-table', name: 'main', main: true, routes: [{ destination: '0.0.0.0/0', target: 'igw-i' }] },
      expect.objectContaining({ id: 'rtb-b', propagate: ['vgw-g'] }),
    ]);
    expect(report.gaps.some((g) => g.resource === 'vpc-x' && g.reason.startsWith('its main route table is not in the input'))).toBe(true);
    expect(nodeOf(doc, 'vgw-g')).toMatchObject({ kind: 'vpn-gateway', parent: 'vpc-x', props: { asn: 64512 } });
  });
});
