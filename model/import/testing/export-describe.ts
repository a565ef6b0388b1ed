/** Test helper: a document written as the AWS command line's describe output (one file per call). */
import type { InputFile } from '../aws/import-aws';
import type { Exported, Net, NetConnection, NetNode, Raw } from './round-trip';

const FOLDER = '111122223333/us-east-1';
const PREFIX: Record<string, string> = {
  vpc: 'vpc', subnet: 'subnet', 'internet-gateway': 'igw', 'egress-only-internet-gateway': 'eigw', 'nat-gateway': 'nat', 'vpn-gateway': 'vgw',
  'transit-gateway': 'tgw', 'dx-gateway': 'dxgw', 'dx-connection': 'dxcon', 'vpn-connection': 'vpn', 'customer-gateway': 'cgw', 'vpc-endpoint': 'vpce',
  'vpc-peering': 'pcx', 'tgw-attachment': 'tgw-attach', 'tgw-peering': 'tgw-attach', vif: 'dxvif',
};
/** The route field that names a target of each kind. */
export const TARGET_FIELD: Record<string, string> = {
  'internet-gateway': 'GatewayId', 'vpn-gateway': 'GatewayId', 'nat-gateway': 'NatGatewayId', 'transit-gateway': 'TransitGatewayId',
  'vpc-peering': 'VpcPeeringConnectionId', 'egress-only-internet-gateway': 'EgressOnlyInternetGatewayId',
};

const tags = (n: { name?: string }) => (n.name ? { Tags: [{ Key: 'Name', Value: n.name }] } : {});
const destination = (d: string) => (d.includes(':') ? { DestinationIpv6CidrBlock: d } : { DestinationCidrBlock: d });

export function exportDescribe(net: Net): Exported<InputFile[]> {
  const ids = new Map<string, string>();
  let counter = 0;
  const next = (prefix: string) => `${prefix}-${(++counter).toString(16).padStart(8, '0')}`;
  for (const n of net.nodes) ids.set(n.id, next(PREFIX[n.kind]!));
  const id = (original: string) => ids.get(original)!;
  const kindOf = new Map<string, string>([...net.nodes.map((n) => [n.id, n.kind] as const), ...net.connections.map((c) => [c.id, c.kind] as const)]);
  const of = (kind: string) => net.nodes.filter((n) => n.kind === kind);
  const links = (kind: string) => net.connections.filter((c) => c.kind === kind);
  const attachments: Raw[] = [];
  for (const c of net.connections) {
    if (c.kind === 'vpn-link') {
      const side = kindOf.get(c.target);
      ids.set(c.id, side === 'customer-gateway' ? `${id(c.source)}-customer` : side === 'transit-gateway' ? next('tgw-attach') : `${id(c.source)}-aws`);
      if (side === 'transit-gateway') attachments.push({ TransitGatewayAttachmentId: ids.get(c.id), TransitGatewayId: id(c.target), ResourceType: 'vpn', ResourceId: id(c.source), State: 'available' });
    } else if (c.kind === 'dxgw-association') {
      ids.set(c.id, kindOf.get(c.target) === 'transit-gateway' ? next('tgw-attach') : next('dxassoc'));
      if (kindOf.get(c.target) === 'transit-gateway') attachments.push({ TransitGatewayAttachmentId: ids.get(c.id), TransitGatewayId: id(c.target), ResourceType: 'direct-connect-gateway', ResourceId: id(c.source), State: 'available' });
    } else {
      ids.set(c.id, next(PREFIX[c.kind]!));
    }
  }
  for (const c of links('tgw-attachment')) attachments.push({ TransitGatewayAttachmentId: id(c.id), TransitGatewayId: id(c.source), ResourceType: 'vpc', ResourceId: id(c.target), State: 'available' });
  const parentOf = (n: NetNode) => (n.parent ? id(n.parent) : undefined);
  const vpcOfNode = (n: NetNode): string | undefined => {
    const parent = net.nodes.find((p) => p.id === n.parent);
    return !parent ? undefined : parent.kind === 'vpc' ? id(parent.id) : vpcOfNode(parent);
  };
  const attached = (n: NetNode, state: string) => (n.parent ? [{ VpcId: id(n.parent), State: state }] : []);
  const routeTables: Raw[] = [];
  const tgwTables: Raw[] = [];
  const tableCalls: Raw[] = [];
  for (const vpc of of('vpc')) {
    for (const t of (vpc.props.routeTables ?? []) as Raw[]) {
      ids.set(t.id as string, next('rtb'));
      const subnets = of('subnet').filter((s) => s.props.routeTable === t.id);
      routeTables.push({
        RouteTableId: ids.get(t.id as string), VpcId: id(vpc.id), OwnerId: '111122223333',
        Associations: [...(t.main ? [{ Main: true, RouteTableId: ids.get(t.id as string), AssociationState: { State: 'associated' } }] : []), ...subnets.map((s) => ({ Main: false, SubnetId: id(s.id), AssociationState: { State: 'associated' } }))],
        Routes: (t.routes as Raw[]).map((r) => ({ ...destination(r.destination as string), [TARGET_FIELD[kindOf.get(r.target as string)!]!]: id(r.target as string), Origin: 'CreateRoute', State: 'active' })),
        PropagatingVgws: ((t.propagate ?? []) as string[]).map((g) => ({ GatewayId: id(g) })),
      });
    }
  }
  for (const tgw of of('transit-gateway')) {
    for (const t of (tgw.props.routeTables ?? []) as Raw[]) {
      const table = next('tgw-rtb');
      ids.set(t.id as string, table);
      tgwTables.push({ TransitGatewayRouteTableId: table, TransitGatewayId: id(tgw.id), State: 'available' });
      tableCalls.push({ TransitGatewayRouteTableId: table, Associations: (t.associations as string[]).map((a) => ({ TransitGatewayAttachmentId: id(a), State: 'associated' })) });
      tableCalls.push({ TransitGatewayRouteTableId: table, TransitGatewayRouteTablePropagations: (t.propagations as string[]).map((a) => ({ TransitGatewayAttachmentId: id(a), State: 'enabled' })) });
      tableCalls.push({
        TransitGatewayRouteTableId: table,
        Routes: (t.routes as Raw[]).map((r) => (r.target === 'blackhole'
          ? { DestinationCidrBlock: r.destination, Type: 'static', State: 'blackhole' }
          : { DestinationCidrBlock: r.destination, Type: 'static', State: 'active', TransitGatewayAttachments: [{ TransitGatewayAttachmentId: id(r.target as string) }] })),
      });
    }
  }
  const calls: Array<[string, Raw]> = [
    ['vpcs', { Vpcs: of('vpc').map((n) => {
      const cidrs = n.props.cidrs as string[];
      return {
        VpcId: id(n.id), State: 'available', OwnerId: '111122223333', ...(cidrs[0] ? { CidrBlock: cidrs[0] } : {}),
        CidrBlockAssociationSet: cidrs.map((c, i) => ({ AssociationId: `vpc-cidr-assoc-${i}`, CidrBlock: c, CidrBlockState: { State: 'associated' } })),
        Ipv6CidrBlockAssociationSet: (n.props.ipv6Cidrs as string[]).map((c) => ({ Ipv6CidrBlock: c, Ipv6CidrBlockState: { State: 'associated' } })), ...tags(n),
      };
    }) }],
    ['subnets', { Subnets: of('subnet').map((n) => ({
      SubnetId: id(n.id), VpcId: parentOf(n), State: 'available', ...(n.props.cidr ? { CidrBlock: n.props.cidr } : {}), ...(n.props.az ? { AvailabilityZone: n.props.az } : {}),
      Ipv6CidrBlockAssociationSet: n.props.ipv6Cidr ? [{ Ipv6CidrBlock: n.props.ipv6Cidr, Ipv6CidrBlockState: { State: 'associated' } }] : [], ...tags(n),
    })) }],
    ['internet-gateways', { InternetGateways: of('internet-gateway').map((n) => ({ InternetGatewayId: id(n.id), Attachments: attached(n, 'available'), ...tags(n) })) }],
    ['egress-only', { EgressOnlyInternetGateways: of('egress-only-internet-gateway').map((n) => ({ EgressOnlyInternetGatewayId: id(n.id), Attachments: attached(n, 'attached'), ...tags(n) })) }],
    ['vpn-gateways', { VpnGateways: of('vpn-gateway').map((n) => ({ VpnGatewayId: id(n.id), State: 'available', Type: 'ipsec.1', VpcAttachments: attached(n, 'attached'), ...tags(n) })) }],
    ['nat-gateways', { NatGateways: of('nat-gateway').map((n) => ({ NatGatewayId: id(n.id), SubnetId: parentOf(n), VpcId: vpcOfNode(n), State: 'available', ConnectivityType: 'public', ...tags(n) })) }],
    ['endpoints', { VpcEndpoints: of('vpc-endpoint').map((n) => ({
      VpcEndpointId: id(n.id), VpcEndpointType: n.props.type === 'interface' ? 'Interface' : 'Gateway', VpcId: vpcOfNode(n) ?? parentOf(n), ServiceName: 'com.amazonaws.us-east-1.s3', State: 'available',
      SubnetIds: n.props.type === 'interface' ? [parentOf(n)] : [], RouteTableIds: ((n.props.routeTables ?? []) as string[]).map(id), ...tags(n),
    })) }],
    ['peerings', { VpcPeeringConnections: links('vpc-peering').map((c) => ({ VpcPeeringConnectionId: id(c.id), RequesterVpcInfo: { VpcId: id(c.source) }, AccepterVpcInfo: { VpcId: id(c.target) }, Status: { Code: 'active' } })) }],
    ['transit-gateways', { TransitGateways: of('transit-gateway').map((n) => ({ TransitGatewayId: id(n.id), State: 'available', Options: {}, ...tags(n) })) }],
    ['attachments', { TransitGatewayAttachments: [...attachments, ...links('tgw-peering').map((c) => ({ TransitGatewayAttachmentId: id(c.id), TransitGatewayId: id(c.source), ResourceType: 'peering', ResourceId: id(c.target), State: 'available' }))] }],
    ['peering-attachments', { TransitGatewayPeeringAttachments: links('tgw-peering').map((c) => ({ TransitGatewayAttachmentId: id(c.id), RequesterTgwInfo: { TransitGatewayId: id(c.source) }, AccepterTgwInfo: { TransitGatewayId: id(c.target) }, State: 'available' })) }],
    ['customer-gateways', { CustomerGateways: of('customer-gateway').map((n) => ({ CustomerGatewayId: id(n.id), State: 'available', Type: 'ipsec.1', ...tags(n) })) }],
    ['vpn-connections', { VpnConnections: of('vpn-connection').map((n) => vpnOf(n, net.connections, kindOf, id)) }],
    ['route-tables', { RouteTables: routeTables }],
    ['tgw-route-tables', { TransitGatewayRouteTables: tgwTables }],
    ['dx-connections', { connections: of('dx-connection').map((n) => ({ connectionId: id(n.id), connectionState: 'available', location: 'EqDC2', region: 'us-east-1' })) }],
    ['dx-gateways', { directConnectGateways: of('dx-gateway').map((n) => ({ directConnectGatewayId: id(n.id), directConnectGatewayState: 'available' })) }],
    ['vifs', { virtualInterfaces: links('vif').map((c) => ({
      virtualInterfaceId: id(c.id), connectionId: id(c.source), virtualInterfaceType: c.props.type, virtualInterfaceState: 'available',
      ...(kindOf.get(c.target) === 'dx-gateway' ? { directConnectGatewayId: id(c.target) } : { virtualGatewayId: id(c.target) }),
    })) }],
    ['dx-associations', { directConnectGatewayAssociations: links('dxgw-association').map((c) => ({
      associationId: kindOf.get(c.target) === 'transit-gateway' ? `assoc-${id(c.id)}` : id(c.id), directConnectGatewayId: id(c.source), associatedGateway: { id: id(c.target) }, associationState: 'associated',
      allowedPrefixesToDirectConnectGateway: ((c.props.allowedPrefixes ?? []) as string[]).map((cidr) => ({ cidr })),
    })) }],
  ];
  const files = calls.map(([name, body]) => ({ path: `${FOLDER}/${name}.json`, text: JSON.stringify(body) }));
  tableCalls.forEach((call, i) => files.push({ path: `${FOLDER}/tgw-table-call-${i}.json`, text: JSON.stringify(call) }));
  return { output: files, ids };
}

function vpnOf(n: NetNode, connections: readonly NetConnection[], kindOf: Map<string, string>, id: (s: string) => string): Raw {
  const linksOf = connections.filter((c) => c.kind === 'vpn-link' && c.source === n.id);
  const customer = linksOf.find((c) => kindOf.get(c.target) === 'customer-gateway');
  const aws = linksOf.find((c) => kindOf.get(c.target) !== 'customer-gateway');
  const side = aws ? (kindOf.get(aws.target) === 'transit-gateway' ? { TransitGatewayId: id(aws.target) } : { VpnGatewayId: id(aws.target) }) : {};
  return { VpnConnectionId: id(n.id), State: 'available', ...(customer ? { CustomerGatewayId: id(customer.target) } : {}), ...side, Options: { StaticRoutesOnly: n.props.routing === 'static' } };
}
