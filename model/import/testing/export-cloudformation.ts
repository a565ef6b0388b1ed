/** Test helper: a document written as a CloudFormation template. */
import type { Exported, Net, NetNode, Raw } from './round-trip';

const TYPE: Record<string, string> = {
  vpc: 'AWS::EC2::VPC', subnet: 'AWS::EC2::Subnet', 'internet-gateway': 'AWS::EC2::InternetGateway', 'egress-only-internet-gateway': 'AWS::EC2::EgressOnlyInternetGateway',
  'nat-gateway': 'AWS::EC2::NatGateway', 'vpn-gateway': 'AWS::EC2::VPNGateway', 'transit-gateway': 'AWS::EC2::TransitGateway', 'dx-gateway': 'AWS::DirectConnect::DirectConnectGateway',
  'dx-connection': 'AWS::DirectConnect::Connection', 'vpn-connection': 'AWS::EC2::VPNConnection', 'customer-gateway': 'AWS::EC2::CustomerGateway', 'vpc-endpoint': 'AWS::EC2::VPCEndpoint',
};
const ROUTE_KEY: Record<string, string> = {
  'internet-gateway': 'GatewayId', 'vpn-gateway': 'GatewayId', 'nat-gateway': 'NatGatewayId', 'transit-gateway': 'TransitGatewayId',
  'vpc-peering': 'VpcPeeringConnectionId', 'egress-only-internet-gateway': 'EgressOnlyInternetGatewayId',
};
const VIF_TYPE: Record<string, string> = { private: 'PrivateVirtualInterface', transit: 'TransitVirtualInterface', public: 'PublicVirtualInterface' };

/**
 * What a template can say of routing: it cannot name a VPC's main table (AWS makes it), so the
 * main table becomes an ordinary one associated with every subnet that used it, and an empty main
 * table stands where the importer will put one.
 */
export function forCloudFormation(net: Net): Net {
  const nodes = net.nodes.map((n) => ({ ...n, props: { ...n.props } }));
  for (const vpc of nodes.filter((n) => n.kind === 'vpc')) {
    const tables = (vpc.props.routeTables ?? []) as Raw[];
    const main = tables.find((t) => t.main === true);
    if (!main) continue;
    for (const s of nodes.filter((n) => n.kind === 'subnet' && n.parent === vpc.id && n.props.routeTable === undefined)) s.props.routeTable = main.id;
    vpc.props.routeTables = [{ id: `rt:${vpc.id}:aws-main`, main: true, routes: [] }, ...tables.map((t) => ({ ...t, main: false }))];
  }
  return { nodes, connections: net.connections };
}

export function exportCloudFormation(net: Net): Exported<Raw> {
  const ids = new Map<string, string>();
  const resources: Raw = {};
  let counter = 0;
  const next = (prefix: string) => `${prefix}${++counter}`;
  const kindOf = new Map<string, string>([...net.nodes.map((n) => [n.id, n.kind] as const), ...net.connections.map((c) => [c.id, c.kind] as const)]);
  for (const n of net.nodes) ids.set(n.id, next(n.kind.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())));
  for (const n of net.nodes) {
    for (const t of (n.props.routeTables ?? []) as Raw[]) {
      ids.set(t.id as string, t.id === `rt:${n.id}:aws-main` ? `${ids.get(n.id)}-main-route-table` : next(n.kind === 'vpc' ? 'RouteTable' : 'TgwRouteTable'));
    }
  }
  for (const c of net.connections) {
    const side = kindOf.get(c.target);
    ids.set(c.id, c.kind !== 'vpn-link' ? next(c.kind.replace(/-/g, '')) : side === 'customer-gateway' ? `${ids.get(c.source)}-customer` : side === 'transit-gateway' ? `${ids.get(c.source)}-attachment` : `${ids.get(c.source)}-aws`);
  }
  const id = (original: string) => ids.get(original)!;
  const ref = (original: string) => ({ Ref: id(original) });
  // A VPN's attachment is named through the VPN connection (the template has no resource for it).
  const attachmentRef = (original: string) => (kindOf.get(original) === 'vpn-link' ? ref(net.connections.find((c) => c.id === original)!.source) : ref(original));
  const put = (logicalId: string, type: string, properties: Raw) => {
    resources[logicalId] = { Type: type, Properties: properties };
  };
  const tags = (n: { name?: string }) => (n.name ? { Tags: [{ Key: 'Name', Value: n.name }] } : {});
  const vpcOf = (n: NetNode): string | undefined => {
    const parent = net.nodes.find((p) => p.id === n.parent);
    return !parent ? undefined : parent.kind === 'vpc' ? parent.id : vpcOf(parent);
  };
  for (const n of net.nodes) {
    const props: Raw = { ...tags(n) };
    if (n.kind === 'vpc') {
      const [cidr, ...more] = n.props.cidrs as string[];
      if (cidr) props.CidrBlock = cidr;
      more.forEach((c) => put(next('Block'), 'AWS::EC2::VPCCidrBlock', { VpcId: ref(n.id), CidrBlock: c }));
      (n.props.ipv6Cidrs as string[]).forEach((c) => put(next('Ipv6Block'), 'AWS::EC2::VPCCidrBlock', { VpcId: ref(n.id), Ipv6CidrBlock: c }));
    }
    if (n.kind === 'subnet') Object.assign(props, { VpcId: ref(n.parent!), ...(n.props.cidr ? { CidrBlock: n.props.cidr } : {}), ...(n.props.ipv6Cidr ? { Ipv6CidrBlock: n.props.ipv6Cidr } : {}), ...(n.props.az ? { AvailabilityZone: n.props.az } : {}) });
    if ((n.kind === 'internet-gateway' || n.kind === 'vpn-gateway') && n.parent) put(next('Attach'), 'AWS::EC2::VPCGatewayAttachment', { VpcId: ref(n.parent), [n.kind === 'vpn-gateway' ? 'VpnGatewayId' : 'InternetGatewayId']: ref(n.id) });
    if (n.kind === 'egress-only-internet-gateway' && n.parent) props.VpcId = ref(n.parent);
    if (n.kind === 'nat-gateway') Object.assign(props, { SubnetId: ref(n.parent!), AllocationId: 'eipalloc-1' });
    if (n.kind === 'vpc-endpoint') {
      const gateway = n.props.type === 'gateway';
      Object.assign(props, {
        VpcId: ref(vpcOf(n) ?? n.parent!), VpcEndpointType: gateway ? 'Gateway' : 'Interface', ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' },
        ...(gateway ? { RouteTableIds: ((n.props.routeTables ?? []) as string[]).map(ref) } : { SubnetIds: [ref(n.parent!)] }),
      });
    }
    if (n.kind === 'customer-gateway') Object.assign(props, { Type: 'ipsec.1', BgpAsn: 65000, IpAddress: '203.0.113.1' });
    if (n.kind === 'dx-connection') Object.assign(props, { ConnectionName: n.name ?? 'dx', Location: 'EqDC2', Bandwidth: '1Gbps' });
    if (n.kind === 'vpn-connection') {
      const links = net.connections.filter((c) => c.kind === 'vpn-link' && c.source === n.id);
      const customer = links.find((c) => kindOf.get(c.target) === 'customer-gateway');
      const aws = links.find((c) => kindOf.get(c.target) !== 'customer-gateway');
      Object.assign(props, {
        Type: 'ipsec.1', ...(customer ? { CustomerGatewayId: ref(customer.target) } : {}), StaticRoutesOnly: n.props.routing === 'static',
        ...(aws ? { [kindOf.get(aws.target) === 'transit-gateway' ? 'TransitGatewayId' : 'VpnGatewayId']: ref(aws.target) } : {}),
      });
    }
    put(id(n.id), TYPE[n.kind]!, props);
  }
  for (const c of net.connections) {
    if (c.kind === 'vpc-peering') put(id(c.id), 'AWS::EC2::VPCPeeringConnection', { VpcId: ref(c.source), PeerVpcId: ref(c.target) });
    if (c.kind === 'tgw-attachment') put(id(c.id), 'AWS::EC2::TransitGatewayAttachment', { TransitGatewayId: ref(c.source), VpcId: ref(c.target), SubnetIds: [] });
    if (c.kind === 'tgw-peering') put(id(c.id), 'AWS::EC2::TransitGatewayPeeringAttachment', { TransitGatewayId: ref(c.source), PeerTransitGatewayId: ref(c.target), PeerRegion: 'us-east-1' });
    if (c.kind === 'vif') put(id(c.id), `AWS::DirectConnect::${VIF_TYPE[c.props.type as string]!}`, { ConnectionId: ref(c.source), [kindOf.get(c.target) === 'dx-gateway' ? 'DirectConnectGatewayId' : 'VirtualGatewayId']: ref(c.target) });
    if (c.kind === 'dxgw-association') put(id(c.id), 'AWS::DirectConnect::DirectConnectGatewayAssociation', { DirectConnectGatewayId: ref(c.source), AssociatedGatewayId: ref(c.target), AllowedPrefixesToDirectConnectGateway: c.props.allowedPrefixes ?? [] });
  }
  for (const vpc of net.nodes.filter((n) => n.kind === 'vpc')) {
    for (const t of (vpc.props.routeTables ?? []) as Raw[]) {
      if (t.main) continue;
      put(id(t.id as string), 'AWS::EC2::RouteTable', { VpcId: ref(vpc.id) });
      for (const r of t.routes as Raw[]) {
        const dest = r.destination as string;
        put(next('Route'), 'AWS::EC2::Route', { RouteTableId: ref(t.id as string), [dest.includes(':') ? 'DestinationIpv6CidrBlock' : 'DestinationCidrBlock']: dest, [ROUTE_KEY[kindOf.get(r.target as string)!]!]: ref(r.target as string) });
      }
      for (const g of (t.propagate ?? []) as string[]) put(next('Propagation'), 'AWS::EC2::VPNGatewayRoutePropagation', { VpnGatewayId: ref(g), RouteTableIds: [ref(t.id as string)] });
      for (const s of net.nodes.filter((n) => n.kind === 'subnet' && n.props.routeTable === t.id)) put(next('Association'), 'AWS::EC2::SubnetRouteTableAssociation', { RouteTableId: ref(t.id as string), SubnetId: ref(s.id) });
    }
  }
  for (const tgw of net.nodes.filter((n) => n.kind === 'transit-gateway')) {
    for (const t of (tgw.props.routeTables ?? []) as Raw[]) {
      put(id(t.id as string), 'AWS::EC2::TransitGatewayRouteTable', { TransitGatewayId: ref(tgw.id) });
      const table = ref(t.id as string);
      for (const a of t.associations as string[]) put(next('TgwAssociation'), 'AWS::EC2::TransitGatewayRouteTableAssociation', { TransitGatewayRouteTableId: table, TransitGatewayAttachmentId: attachmentRef(a) });
      for (const a of t.propagations as string[]) put(next('TgwPropagation'), 'AWS::EC2::TransitGatewayRouteTablePropagation', { TransitGatewayRouteTableId: table, TransitGatewayAttachmentId: attachmentRef(a) });
      for (const r of t.routes as Raw[]) {
        put(next('TgwRoute'), 'AWS::EC2::TransitGatewayRoute', {
          TransitGatewayRouteTableId: table, DestinationCidrBlock: r.destination, ...(r.target === 'blackhole' ? { Blackhole: true } : { TransitGatewayAttachmentId: attachmentRef(r.target as string) }),
        });
      }
    }
  }
  return { output: { AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, ids };
}
