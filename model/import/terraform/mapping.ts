/**
 * The Terraform AWS provider's resource types, mapped: one entry per type, from its arguments and
 * attributes (as the Terraform registry documents them) to the shared resource shape. A type not
 * listed here is reported as not mapped.
 */
import type { IacFields, IacRoute, IacType } from '../iac/resources';
import type { TfReader } from './reader';

/** What an entry makes of a resource: a mapped resource, or the reason it is left out. */
export type TfMapped = { type: IacType; fields: IacFields; name?: string } | { skip: string };

type Entry = (r: TfReader) => TfMapped;

const enabled = (r: TfReader, key: string) => r.str(key) === 'enable';

/** The route target arguments of `aws_route` and of `aws_route_table`'s `route` blocks, in the registry's order. */
const TARGETS = [
  'gateway_id', 'nat_gateway_id', 'transit_gateway_id', 'vpc_peering_connection_id', 'egress_only_gateway_id',
  'network_interface_id', 'vpc_endpoint_id', 'instance_id', 'carrier_gateway_id', 'local_gateway_id', 'core_network_arn',
] as const;

function route(r: TfReader, field: string, destinationKeys: readonly string[]): IacRoute | 'local' {
  const destination = destinationKeys.map((k) => r.str(k)).find((d) => d !== undefined) ?? r.str(destinationKeys[0]!, true);
  if (r.str('gateway_id') === 'local') return 'local';
  for (const key of TARGETS) {
    const target = r.ref(key, true);
    if (target) return { destination, target, field };
  }
  return { destination, field };
}

function inlineRoutes(r: TfReader): IacRoute[] {
  const out: IacRoute[] = [];
  r.blocks('route').forEach((block, i) => {
    const one = route(block, `route[${i}]`, ['cidr_block', 'ipv6_cidr_block']);
    if (one !== 'local') out.push(one);
  });
  return out;
}

function virtualInterface(type: string): Entry {
  return (r) => ({ type: 'virtual-interface', name: r.str('name'), fields: { connection: r.ref('connection_id'), vifType: type, vpnGateway: r.ref('vpn_gateway_id', true), dxGateway: r.ref('dx_gateway_id', true) } });
}

/** Resource types by name; data sources are prefixed `data.`. */
export const TERRAFORM_TYPES: Record<string, Entry> = {
  aws_vpc: (r) => ({ type: 'vpc', fields: { cidr: r.str('cidr_block'), ipv6Cidr: r.str('ipv6_cidr_block', r.bool('assign_generated_ipv6_cidr_block') === true), dnsSupport: r.bool('enable_dns_support'), dnsHostnames: r.bool('enable_dns_hostnames') } }),
  aws_vpc_ipv4_cidr_block_association: (r) => ({ type: 'vpc-cidr', fields: { vpc: r.ref('vpc_id'), cidr: r.str('cidr_block') } }),
  aws_vpc_ipv6_cidr_block_association: (r) => ({ type: 'vpc-cidr', fields: { vpc: r.ref('vpc_id'), ipv6Cidr: r.str('ipv6_cidr_block') } }),
  aws_subnet: (r) => ({ type: 'subnet', fields: { vpc: r.ref('vpc_id'), cidr: r.str('cidr_block'), ipv6Cidr: r.str('ipv6_cidr_block'), az: r.str('availability_zone') } }),
  aws_internet_gateway: (r) => ({ type: 'internet-gateway', fields: { vpc: r.ref('vpc_id') } }),
  aws_internet_gateway_attachment: (r) => ({ type: 'gateway-attachment', fields: { gateway: r.ref('internet_gateway_id'), vpc: r.ref('vpc_id') } }),
  aws_egress_only_internet_gateway: (r) => ({ type: 'egress-only-internet-gateway', fields: { vpc: r.ref('vpc_id') } }),
  aws_nat_gateway: (r) => {
    const connectivity = r.str('connectivity_type') ?? 'public';
    const allocations = (r.str('allocation_id') ? 1 : 0) + r.strings('secondary_allocation_ids').length;
    return { type: 'nat-gateway', fields: { subnet: r.ref('subnet_id'), connectivity, elasticIps: connectivity === 'public' ? Math.max(1, allocations) : 0 } };
  },
  aws_vpn_gateway: (r) => ({ type: 'vpn-gateway', fields: { vpc: r.ref('vpc_id'), asn: r.num('amazon_side_asn') } }),
  aws_vpn_gateway_attachment: (r) => ({ type: 'gateway-attachment', fields: { gateway: r.ref('vpn_gateway_id'), vpc: r.ref('vpc_id') } }),
  aws_customer_gateway: (r) => ({ type: 'customer-gateway', fields: { ip: r.str('ip_address'), asn: r.num('bgp_asn') } }),
  aws_vpn_connection: (r) => ({
    type: 'vpn-connection',
    fields: {
      customerGateway: r.ref('customer_gateway_id'), vpnGateway: r.ref('vpn_gateway_id', true), transitGateway: r.ref('transit_gateway_id', true),
      attachment: r.str('transit_gateway_attachment_id'), staticRoutesOnly: r.bool('static_routes_only'), accelerated: r.bool('enable_acceleration'),
    },
  }),
  aws_vpn_connection_route: (r) => ({ type: 'vpn-route', fields: { vpnConnection: r.ref('vpn_connection_id'), cidr: r.str('destination_cidr_block') } }),
  aws_vpc_peering_connection: (r) => ({ type: 'vpc-peering', fields: { vpc: r.ref('vpc_id'), peer: r.ref('peer_vpc_id'), status: r.str('accept_status') } }),
  aws_vpc_peering_connection_accepter: () => ({ skip: 'the accepter side of a peering: the peering is drawn from its requester (aws_vpc_peering_connection)' }),
  aws_vpc_endpoint: (r) => {
    const endpointType = r.str('vpc_endpoint_type') ?? 'Gateway';
    const gateway = endpointType.toLowerCase() === 'gateway';
    return {
      type: 'vpc-endpoint',
      fields: {
        vpc: r.ref('vpc_id'), endpointType, service: r.str('service_name'), privateDns: r.bool('private_dns_enabled'),
        subnets: gateway ? [] : r.refs('subnet_ids'), routeTables: gateway ? r.refs('route_table_ids') : [],
      },
    };
  },
  aws_ec2_transit_gateway: (r) => ({ type: 'transit-gateway', fields: { asn: r.num('amazon_side_asn'), multicast: enabled(r, 'multicast_support') } }),
  aws_ec2_transit_gateway_vpc_attachment: (r) => ({
    type: 'tgw-vpc-attachment',
    fields: { transitGateway: r.ref('transit_gateway_id'), vpc: r.ref('vpc_id'), subnets: r.refs('subnet_ids'), applianceMode: enabled(r, 'appliance_mode_support') },
  }),
  aws_ec2_transit_gateway_peering_attachment: (r) => ({ type: 'tgw-peering', fields: { transitGateway: r.ref('transit_gateway_id'), peer: r.ref('peer_transit_gateway_id') } }),
  aws_ec2_transit_gateway_peering_attachment_accepter: (r) => ({ type: 'tgw-peering-accepter', fields: { attachment: r.ref('transit_gateway_attachment_id') } }),
  aws_ec2_transit_gateway_route_table: (r) => ({ type: 'tgw-route-table', fields: { transitGateway: r.ref('transit_gateway_id') } }),
  aws_ec2_transit_gateway_route_table_association: (r) => ({ type: 'tgw-association', fields: { table: r.ref('transit_gateway_route_table_id'), attachment: r.ref('transit_gateway_attachment_id') } }),
  aws_ec2_transit_gateway_route_table_propagation: (r) => ({ type: 'tgw-propagation', fields: { table: r.ref('transit_gateway_route_table_id'), attachment: r.ref('transit_gateway_attachment_id') } }),
  aws_ec2_transit_gateway_route: (r) => ({
    type: 'tgw-route',
    fields: { table: r.ref('transit_gateway_route_table_id'), destination: r.str('destination_cidr_block'), attachment: r.ref('transit_gateway_attachment_id'), blackhole: r.bool('blackhole') },
  }),
  'data.aws_ec2_transit_gateway_vpn_attachment': (r) => ({ type: 'tgw-attachment-lookup', fields: { transitGateway: r.ref('transit_gateway_id'), vpnConnection: r.ref('vpn_connection_id') } }),
  'data.aws_ec2_transit_gateway_dx_gateway_attachment': (r) => ({ type: 'tgw-attachment-lookup', fields: { transitGateway: r.ref('transit_gateway_id'), dxGateway: r.ref('dx_gateway_id') } }),
  aws_route_table: (r) => ({ type: 'route-table', fields: { vpc: r.ref('vpc_id'), routes: inlineRoutes(r), propagate: r.refs('propagating_vgws') } }),
  aws_default_route_table: (r) => ({ type: 'default-route-table', fields: { vpc: r.ref('vpc_id', true) ?? r.ref('default_route_table_id'), routes: inlineRoutes(r) } }),
  aws_route: (r) => {
    const one = route(r, 'route', ['destination_cidr_block', 'destination_ipv6_cidr_block']);
    return one === 'local' ? { skip: 'the local route is implied' } : { type: 'route', fields: { table: r.ref('route_table_id'), destination: one.destination, target: one.target } };
  },
  aws_vpn_gateway_route_propagation: (r) => {
    const table = r.ref('route_table_id');
    return { type: 'vgw-propagation', fields: { gateway: r.ref('vpn_gateway_id'), routeTables: table ? [table] : [] } };
  },
  aws_route_table_association: (r) => ({ type: 'route-table-association', fields: { table: r.ref('route_table_id'), subnet: r.ref('subnet_id', true), gateway: r.ref('gateway_id', true) } }),
  aws_main_route_table_association: (r) => ({ type: 'main-route-table-association', fields: { vpc: r.ref('vpc_id'), table: r.ref('route_table_id') } }),
  aws_dx_gateway: (r) => ({ type: 'dx-gateway', name: r.str('name'), fields: { asn: r.num('amazon_side_asn') } }),
  aws_dx_gateway_association: (r) => ({
    type: 'dx-gateway-association', fields: { dxGateway: r.ref('dx_gateway_id'), gateway: r.ref('associated_gateway_id', true) ?? r.ref('vpn_gateway_id'), allowedPrefixes: r.strings('allowed_prefixes').sort() },
  }),
  aws_dx_connection: (r) => ({ type: 'dx-connection', name: r.str('name'), fields: { location: r.str('location'), bandwidth: r.str('bandwidth') } }),
  aws_dx_private_virtual_interface: virtualInterface('private'),
  aws_dx_hosted_private_virtual_interface: virtualInterface('private'),
  aws_dx_transit_virtual_interface: virtualInterface('transit'),
  aws_dx_hosted_transit_virtual_interface: virtualInterface('transit'),
  aws_dx_public_virtual_interface: virtualInterface('public'),
  aws_dx_hosted_public_virtual_interface: virtualInterface('public'),
  aws_instance: (r) => ({ type: 'instance', fields: { subnet: r.ref('subnet_id'), publicIp: r.bool('associate_public_ip_address'), sourceDestCheck: r.bool('source_dest_check') } }),
};
