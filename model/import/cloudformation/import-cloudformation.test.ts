import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument, TopologyNode } from '../../document/types';
import { importCloudFormation } from './import-cloudformation';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const nodeOf = (doc: TopologyDocument, id: string): TopologyNode => {
  const node = doc.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}; have ${doc.nodes.map((n) => n.id).join(', ')}`);
  return node;
};
const has = (doc: TopologyDocument, id: string) => doc.nodes.some((n) => n.id === id) || doc.connections.some((c) => c.id === id);
const props = (element: { props?: Record<string, unknown> }) => element.props ?? {};

describe('importCloudFormation: a YAML template whose Conditions remove resources', () => {
  const yaml = fixture('vpc-conditions.yaml');
  const defaults = importCloudFormation(yaml, { source: 'vpc.yaml' });

  it('reads the short-form tags and evaluates !Cidr, !Select, !GetAZs, !FindInMap, !Sub and !Join', () => {
    const { document: doc, report } = defaults;
    expect(report.sources).toEqual([{ name: 'vpc.yaml', recognisedAs: 'CloudFormation template (YAML)', resources: 22 }]);
    expect(nodeOf(doc, 'VPC')).toMatchObject({ kind: 'vpc', name: 'dev', parent: 'region-us-east-1', props: { cidrs: ['10.192.0.0/16', '100.64.0.0/16'], dnsHostnames: true } });
    expect(nodeOf(doc, 'PublicSubnet1')).toMatchObject({ name: 'dev Public Subnet (AZ1)', props: { cidr: '10.192.0.0/24', az: 'us-east-1a', public: true } });
    expect(nodeOf(doc, 'PrivateSubnet1')).toMatchObject({ name: 'dev Private Subnet (AZ2)', props: { cidr: '10.192.2.0/24', az: 'us-east-1b' } });
    expect(props(nodeOf(doc, 'PublicSubnet1')).origin).toEqual({ id: 'PublicSubnet1', kind: 'cloudformation', region: 'us-east-1' });
  });

  it('leaves out, and reports, every resource whose Condition is false with the default parameters', () => {
    const { document: doc, report } = defaults;
    for (const id of ['NatGateway', 'NatGatewayEIP', 'DefaultPrivateRoute', 'ProdBlock', 'FlowLogs']) expect(has(doc, id)).toBe(false);
    expect(report.gaps).toContainEqual({ resource: 'NatGateway', reason: 'its Condition WithNat is false: not created' });
    expect(nodeOf(doc, 'S3Endpoint')).toMatchObject({ kind: 'vpc-endpoint', props: { type: 'gateway', service: 's3', routeTables: ['PrivateRouteTable'] } });
  });

  it('with parameters given, creates the conditional resources and drops the negated ones', () => {
    const { document: doc, report } = importCloudFormation(yaml, { source: 'vpc.yaml', parameters: { CreateNatGateway: 'true', EnvironmentName: 'prod', PeerVpcId: 'vpc-0peer' } });
    expect(nodeOf(doc, 'NatGateway')).toMatchObject({ kind: 'nat-gateway', parent: 'PublicSubnet1', props: { connectivity: 'public', elasticIps: 1 } });
    expect(has(doc, 'S3Endpoint')).toBe(false);
    // prod: the mapping gives 10 host bits, and the prod block is added.
    expect(props(nodeOf(doc, 'PublicSubnet1')).cidr).toBe('10.192.0.0/22');
    // Secondary blocks follow their logical ids: a template says nothing of the order AWS associates them in.
    expect(props(nodeOf(doc, 'VPC')).cidrs).toEqual(['10.192.0.0/16', '100.65.0.0/16', '100.64.0.0/16']);
    const tables = props(nodeOf(doc, 'VPC')).routeTables as Array<{ id: string; routes?: unknown[] }>;
    expect(tables.find((t) => t.id === 'PrivateRouteTable')!.routes).toContainEqual({ destination: '0.0.0.0/0', target: 'NatGateway' });
    expect(report.gaps).toContainEqual({ resource: 'FlowLogs', reason: 'AWS::EC2::FlowLog has no kind in VPC Canvas: left out' });
    expect(report.gaps).toContainEqual({ resource: 'Peering', reason: 'peers VPC with vpc-0peer, not both of which are in the input' });
  });

  it('gives AWS a main route table where the template names none, and reports values known only once the stack exists', () => {
    const { document: doc, report } = defaults;
    const tables = props(nodeOf(doc, 'VPC')).routeTables as Array<Record<string, unknown>>;
    expect(tables.map((t) => [t.id, t.main ?? false])).toEqual([['VPC-main-route-table', true], ['PrivateRouteTable', false], ['PublicRouteTable', false]]);
    expect(report.gaps).toContainEqual({ resource: 'PrivateSubnet1', field: 'Properties.Ipv6CidrBlock', reason: 'VPC.Ipv6CidrBlocks is known only once the stack exists: left out' });
    expect(report.gaps).toContainEqual({ resource: 'Parameters.PeerVpcId', reason: 'has no default and was not given: what depends on it is left out' });
  });

  it('refuses a parameter outside its AllowedValues and a Ref to nothing, naming the place', () => {
    expect(() => importCloudFormation(yaml, { source: 'vpc.yaml', parameters: { CreateNatGateway: 'maybe' } })).toThrow('vpc.yaml: Parameters.CreateNatGateway: "maybe" is not one of its AllowedValues (true, false)');
    const broken = yaml.replace('VpcId: !Ref VPC\n      CidrBlock: 100.64.0.0/16', 'VpcId: !Ref Nothing\n      CidrBlock: 100.64.0.0/16');
    expect(() => importCloudFormation(broken, { source: 'vpc.yaml' })).toThrow('vpc.yaml: Resources.SecondaryBlock.Properties.VpcId.Ref: "Nothing" is neither a parameter nor a resource of the template');
    expect(() => importCloudFormation('a: [', { source: 'bad.yaml' })).toThrow(/^bad\.yaml: not a JSON or YAML template: .*line 1/);
    expect(() => importCloudFormation('{"Vpcs": []}', { source: 'x.json' })).toThrow('x.json: not a CloudFormation template (no "Resources" section)');
  });
});

describe('importCloudFormation: a JSON template with a transit hub, VPN, Direct Connect and a peering mesh', () => {
  const { document: doc, report } = importCloudFormation(fixture('transit-hub.json'), { source: 'hub.json', region: 'eu-west-1' });
  const connection = (id: string) => doc.connections.find((c) => c.id === id);

  it('places everything in the stack region and draws the whole peering mesh', () => {
    expect(nodeOf(doc, 'SubnetA')).toMatchObject({ props: { cidr: '10.0.0.0/24', az: 'eu-west-1a', routeTable: 'TableA' } });
    expect(nodeOf(doc, 'TransitGateway').parent).toBe('region-eu-west-1');
    expect(doc.connections.filter((c) => c.kind === 'vpc-peering').map((c) => `${c.source}-${c.target}`)).toEqual(['VpcA-VpcB', 'VpcA-VpcC', 'VpcB-VpcC']);
  });

  it('joins VPC, VPN, peering and Direct Connect gateway attachments to the transit gateway', () => {
    expect(connection('AttachmentA')).toMatchObject({ kind: 'tgw-attachment', source: 'TransitGateway', target: 'VpcA', props: { subnets: ['SubnetA'], applianceMode: true } });
    expect(connection('TgwPeering')).toMatchObject({ kind: 'tgw-peering', target: 'PeerTransitGateway' });
    expect(connection('TgwVpn-attachment')).toMatchObject({ kind: 'vpn-link', source: 'TgwVpn', target: 'TransitGateway' });
    expect(connection('DxAssociation')).toMatchObject({ kind: 'dxgw-association', source: 'DxGateway', target: 'TransitGateway', props: { allowedPrefixes: ['10.0.0.0/8'] } });
  });

  it('writes both transit gateway route tables and the VGW propagation', () => {
    const tables = props(nodeOf(doc, 'TransitGateway')).routeTables as Array<Record<string, unknown>>;
    expect(tables).toEqual([
      expect.objectContaining({ id: 'SharedTable', associations: ['AttachmentB', 'TgwPeering'], propagations: ['AttachmentA'] }),
      expect.objectContaining({ id: 'SpokesTable', associations: ['AttachmentA'], propagations: ['AttachmentB'], routes: [{ destination: '10.99.0.0/16', target: 'blackhole' }, { destination: '10.20.0.0/16', target: 'TgwPeering' }] }),
    ]);
    expect((props(nodeOf(doc, 'VpcC')).routeTables as Array<Record<string, unknown>>)[1]).toMatchObject({ id: 'TableC', propagate: ['VpnGateway'] });
    expect(props(nodeOf(doc, 'site-CustomerGateway')).cidrs).toEqual(['192.168.0.0/16']);
    expect(report.counts['route-table']).toBe(6);
  });
});
