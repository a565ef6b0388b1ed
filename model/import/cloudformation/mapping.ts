/**
 * CloudFormation resource types, mapped: one entry per type, from its properties (as the
 * CloudFormation template reference documents them) to the shared resource shape. A type not
 * listed here is reported as not mapped.
 */
import type { IacFields, IacType } from '../iac/resources';
import type { CfnReader } from './reader';

/** What an entry makes of a resource: a mapped resource, or the reason it is left out. */
export type CfnMapped = { type: IacType; fields: IacFields; name?: string } | { skip: string };

type Entry = (r: CfnReader) => CfnMapped;

const enabled = (r: CfnReader, key: string) => r.str(key) === 'enable';

/** The target properties of `AWS::EC2::Route`, in the template reference's order. */
const ROUTE_TARGETS = [
  'GatewayId', 'NatGatewayId', 'TransitGatewayId', 'VpcPeeringConnectionId', 'EgressOnlyInternetGatewayId',
  'InstanceId', 'NetworkInterfaceId', 'VpcEndpointId', 'CarrierGatewayId', 'LocalGatewayId', 'CoreNetworkArn',
] as const;

const attachment = (r: CfnReader): CfnMapped => ({
  type: 'tgw-vpc-attachment',
  fields: { transitGateway: r.ref('TransitGatewayId'), vpc: r.ref('VpcId'), subnets: r.refs('SubnetIds'), applianceMode: enabled(r.child('Options'), 'ApplianceModeSupport') },
});

function virtualInterface(type: string): Entry {
  return (r) => ({
    type: 'virtual-interface', name: r.str('VirtualInterfaceName'),
    fields: { connection: r.ref('ConnectionId'), vifType: type, ...(r.has('DirectConnectGatewayId') ? { dxGateway: r.ref('DirectConnectGatewayId') } : {}), ...(r.has('VirtualGatewayId') ? { vpnGateway: r.ref('VirtualGatewayId') } : {}) },
  });
}

/** An instance's subnet and public address: on the instance, or on its first network interface. */
function instance(r: CfnReader): CfnMapped {
  const nic = r.children('NetworkInterfaces')[0];
  const subnet = r.has('SubnetId') ? r.ref('SubnetId') : nic?.ref('SubnetId');
  return { type: 'instance', fields: { subnet, publicIp: nic?.bool('AssociatePublicIpAddress'), sourceDestCheck: r.bool('SourceDestCheck') } };
}

export const CLOUDFORMATION_TYPES: Record<string, Entry> = {
  'AWS::EC2::VPC': (r) => ({ type: 'vpc', fields: { cidr: r.str('CidrBlock'), dnsSupport: r.bool('EnableDnsSupport'), dnsHostnames: r.bool('EnableDnsHostnames') } }),
  'AWS::EC2::VPCCidrBlock': (r) => {
    if (r.bool('AmazonProvidedIpv6CidrBlock')) return { type: 'vpc-cidr', fields: { vpc: r.ref('VpcId') } };
    return { type: 'vpc-cidr', fields: { vpc: r.ref('VpcId'), cidr: r.str('CidrBlock'), ipv6Cidr: r.has('Ipv6CidrBlock') ? r.str('Ipv6CidrBlock') : undefined } };
  },
  'AWS::EC2::Subnet': (r) => ({ type: 'subnet', fields: { vpc: r.ref('VpcId'), cidr: r.str('CidrBlock'), ipv6Cidr: r.has('Ipv6CidrBlock') ? r.str('Ipv6CidrBlock') : undefined, az: r.str('AvailabilityZone') } }),
  'AWS::EC2::InternetGateway': () => ({ type: 'internet-gateway', fields: {} }),
  'AWS::EC2::VPCGatewayAttachment': (r) => ({ type: 'gateway-attachment', fields: { vpc: r.ref('VpcId'), gateway: r.has('InternetGatewayId') ? r.ref('InternetGatewayId') : r.ref('VpnGatewayId') } }),
  'AWS::EC2::EgressOnlyInternetGateway': (r) => ({ type: 'egress-only-internet-gateway', fields: { vpc: r.ref('VpcId') } }),
  'AWS::EC2::NatGateway': (r) => {
    const connectivity = r.str('ConnectivityType') ?? 'public';
    const allocations = (r.has('AllocationId') ? 1 : 0) + r.refs('SecondaryAllocationIds').length;
    return { type: 'nat-gateway', fields: { subnet: r.ref('SubnetId'), connectivity, elasticIps: connectivity === 'public' ? Math.max(1, allocations) : 0 } };
  },
  'AWS::EC2::VPNGateway': (r) => ({ type: 'vpn-gateway', fields: { asn: r.num('AmazonSideAsn') } }),
  'AWS::EC2::VPNGatewayRoutePropagation': (r) => ({ type: 'vgw-propagation', fields: { gateway: r.ref('VpnGatewayId'), routeTables: r.refs('RouteTableIds') } }),
  'AWS::EC2::CustomerGateway': (r) => ({ type: 'customer-gateway', fields: { ip: r.str('IpAddress'), asn: r.num('BgpAsn') } }),
  'AWS::EC2::VPNConnection': (r) => ({
    type: 'vpn-connection',
    fields: {
      customerGateway: r.ref('CustomerGatewayId'), ...(r.has('VpnGatewayId') ? { vpnGateway: r.ref('VpnGatewayId') } : {}),
      ...(r.has('TransitGatewayId') ? { transitGateway: r.ref('TransitGatewayId') } : {}),
      staticRoutesOnly: r.bool('StaticRoutesOnly'), accelerated: r.bool('EnableAcceleration'),
    },
  }),
  'AWS::EC2::VPNConnectionRoute': (r) => ({ type: 'vpn-route', fields: { vpnConnection: r.ref('VpnConnectionId'), cidr: r.str('DestinationCidrBlock') } }),
  'AWS::EC2::VPCPeeringConnection': (r) => ({ type: 'vpc-peering', fields: { vpc: r.ref('VpcId'), peer: r.ref('PeerVpcId') } }),
  'AWS::EC2::VPCEndpoint': (r) => {
    const endpointType = r.str('VpcEndpointType') ?? 'Gateway';
    const gateway = endpointType.toLowerCase() === 'gateway';
    return {
      type: 'vpc-endpoint',
      fields: {
        vpc: r.ref('VpcId'), endpointType, service: r.str('ServiceName'), privateDns: r.bool('PrivateDnsEnabled'),
        subnets: gateway ? [] : r.refs('SubnetIds'), routeTables: gateway && r.has('RouteTableIds') ? r.refs('RouteTableIds') : [],
      },
    };
  },
  'AWS::EC2::TransitGateway': (r) => ({ type: 'transit-gateway', fields: { asn: r.num('AmazonSideAsn'), multicast: enabled(r, 'MulticastSupport') } }),
  'AWS::EC2::TransitGatewayAttachment': attachment,
  'AWS::EC2::TransitGatewayVpcAttachment': attachment,
  'AWS::EC2::TransitGatewayPeeringAttachment': (r) => ({ type: 'tgw-peering', fields: { transitGateway: r.ref('TransitGatewayId'), peer: r.ref('PeerTransitGatewayId') } }),
  'AWS::EC2::TransitGatewayRouteTable': (r) => ({ type: 'tgw-route-table', fields: { transitGateway: r.ref('TransitGatewayId') } }),
  'AWS::EC2::TransitGatewayRouteTableAssociation': (r) => ({ type: 'tgw-association', fields: { table: r.ref('TransitGatewayRouteTableId'), attachment: r.ref('TransitGatewayAttachmentId') } }),
  'AWS::EC2::TransitGatewayRouteTablePropagation': (r) => ({ type: 'tgw-propagation', fields: { table: r.ref('TransitGatewayRouteTableId'), attachment: r.ref('TransitGatewayAttachmentId') } }),
  'AWS::EC2::TransitGatewayRoute': (r) => ({
    type: 'tgw-route',
    fields: { table: r.ref('TransitGatewayRouteTableId'), destination: r.str('DestinationCidrBlock'), blackhole: r.bool('Blackhole'), ...(r.has('TransitGatewayAttachmentId') ? { attachment: r.ref('TransitGatewayAttachmentId') } : {}) },
  }),
  'AWS::EC2::RouteTable': (r) => ({ type: 'route-table', fields: { vpc: r.ref('VpcId') } }),
  'AWS::EC2::Route': (r) => {
    const key = ROUTE_TARGETS.find((k) => r.has(k));
    const destination = r.has('DestinationCidrBlock') ? r.str('DestinationCidrBlock') : r.has('DestinationIpv6CidrBlock') ? r.str('DestinationIpv6CidrBlock') : undefined;
    return { type: 'route', fields: { table: r.ref('RouteTableId'), destination, target: key ? r.ref(key) : undefined } };
  },
  'AWS::EC2::SubnetRouteTableAssociation': (r) => ({ type: 'route-table-association', fields: { table: r.ref('RouteTableId'), subnet: r.ref('SubnetId') } }),
  'AWS::EC2::GatewayRouteTableAssociation': (r) => ({ type: 'route-table-association', fields: { table: r.ref('RouteTableId'), gateway: r.ref('GatewayId') } }),
  'AWS::EC2::Instance': instance,
  'AWS::DirectConnect::DirectConnectGateway': (r) => ({ type: 'dx-gateway', name: r.str('DirectConnectGatewayName'), fields: { asn: r.num('AmazonSideAsn') } }),
  'AWS::DirectConnect::DirectConnectGatewayAssociation': (r) => ({
    type: 'dx-gateway-association', fields: { dxGateway: r.ref('DirectConnectGatewayId'), gateway: r.ref('AssociatedGatewayId'), allowedPrefixes: r.strings('AllowedPrefixesToDirectConnectGateway').sort() },
  }),
  'AWS::DirectConnect::Connection': (r) => ({ type: 'dx-connection', name: r.str('ConnectionName'), fields: { location: r.str('Location'), bandwidth: r.str('Bandwidth') } }),
  'AWS::DirectConnect::PrivateVirtualInterface': virtualInterface('private'),
  'AWS::DirectConnect::TransitVirtualInterface': virtualInterface('transit'),
  'AWS::DirectConnect::PublicVirtualInterface': virtualInterface('public'),
};
