/**
 * The registry of node kinds: one place for a kind's label, palette group, allowed parents and
 * props. The parser, the rules, the palette and the inspector all read it; adding a kind means
 * adding an entry here, its icon in the editor, and its tests.
 */
import type { PropSpecs } from './prop-spec';
import type { TgwRouteTable, VpcRouteTable } from './route-tables';

const ASN = { type: 'integer', label: 'BGP ASN', min: 1, max: 4294967295 } as const;

/** Where the editor's palette shows a kind. */
export type PaletteGroup = 'Networks' | 'Gateways' | 'Hybrid connectivity' | 'Endpoints and services';

export interface NodeKindSpec {
  /** Human name, as AWS writes it. */
  label: string;
  /** Short label for badges and compact lists. */
  short: string;
  group: PaletteGroup;
  /** Kinds this kind may be drawn inside. */
  parents: readonly NodeKind[];
  /** When true the node must have one of `parents`; otherwise it may also stand at the top level. */
  parentRequired: boolean;
  /** Drawn as a box that holds other nodes. */
  container: boolean;
  props: PropSpecs;
}

export interface RegionProps { code: string }
export interface VpcProps { cidrs: string[]; ipv6Cidrs: string[]; account?: string; dnsSupport: boolean; dnsHostnames: boolean; routeTables: VpcRouteTable[] }
export interface SubnetProps { cidr?: string; ipv6Cidr?: string; az?: string; public: boolean; routeTable?: string }
export type GatewayProps = Record<string, never>;
export interface NatGatewayProps { connectivity: 'public' | 'private'; elasticIps: number }
export interface VpnGatewayProps { asn?: number }
export interface TransitGatewayProps { asn?: number; multicast: boolean; routeTables: TgwRouteTable[] }
export interface DxGatewayProps { asn?: number }
export interface DxConnectionProps { location?: string; type: 'dedicated' | 'hosted'; bandwidth: string; macsec: boolean }
export interface VpnConnectionProps { tunnels: number; accelerated: boolean; routing: 'static' | 'bgp' }
export interface OnPremisesProps { cidrs: string[] }
export interface CustomerGatewayProps { ip?: string; asn?: number }
export interface VpcEndpointProps { type: 'gateway' | 'interface'; service: string; privateDns: boolean; routeTables: string[] }
export interface EndpointServiceProps { loadBalancer: 'nlb' | 'gwlb' | 'alb'; crossRegion: string[] }
export interface LoadBalancerProps { type: 'alb' | 'nlb'; scheme: 'internet-facing' | 'internal'; subnets: string[]; elasticIps: number }
export interface InstanceProps { publicIp: boolean; sourceDestCheck: boolean }

/** Props of each kind after defaults are applied. */
export interface NodePropsByKind {
  region: RegionProps;
  vpc: VpcProps;
  subnet: SubnetProps;
  'internet-gateway': GatewayProps;
  'egress-only-internet-gateway': GatewayProps;
  'nat-gateway': NatGatewayProps;
  'vpn-gateway': VpnGatewayProps;
  'transit-gateway': TransitGatewayProps;
  'dx-gateway': DxGatewayProps;
  'dx-connection': DxConnectionProps;
  'vpn-connection': VpnConnectionProps;
  'on-premises': OnPremisesProps;
  'customer-gateway': CustomerGatewayProps;
  'vpc-endpoint': VpcEndpointProps;
  'endpoint-service': EndpointServiceProps;
  'load-balancer': LoadBalancerProps;
  instance: InstanceProps;
  internet: GatewayProps;
}

export type NodeKind = keyof NodePropsByKind;

export const NODE_KINDS = {
  region: {
    label: 'Region', short: 'Region', group: 'Networks', parents: [], parentRequired: false, container: true,
    props: { code: { type: 'string', label: 'Region code', placeholder: 'ap-northeast-1' } },
  },
  vpc: {
    label: 'VPC', short: 'VPC', group: 'Networks', parents: ['region'], parentRequired: false, container: true,
    props: {
      cidrs: { type: 'cidr-list', family: 4, label: 'IPv4 CIDR blocks (first is primary)', default: [] },
      ipv6Cidrs: { type: 'cidr-list', family: 6, label: 'IPv6 CIDR blocks', default: [] },
      account: { type: 'string', label: 'Account' },
      dnsSupport: { type: 'boolean', label: 'DNS resolution', default: true },
      dnsHostnames: { type: 'boolean', label: 'DNS hostnames', default: false },
      routeTables: { type: 'route-tables', owner: 'vpc', label: 'Route tables', default: [] },
    },
  },
  subnet: {
    label: 'Subnet', short: 'Subnet', group: 'Networks', parents: ['vpc'], parentRequired: true, container: true,
    props: {
      cidr: { type: 'cidr', family: 4, label: 'IPv4 CIDR block', optional: false },
      ipv6Cidr: { type: 'cidr', family: 6, label: 'IPv6 CIDR block', optional: true },
      az: { type: 'string', label: 'Availability zone', placeholder: 'ap-northeast-1a' },
      public: { type: 'boolean', label: 'Public (routes 0.0.0.0/0 to the internet gateway)', default: false },
      routeTable: { type: 'route-table-ref', label: 'Route table' },
    },
  },
  'internet-gateway': {
    label: 'Internet gateway', short: 'IGW', group: 'Gateways', parents: ['vpc', 'region'], parentRequired: false, container: false, props: {},
  },
  'egress-only-internet-gateway': {
    label: 'Egress-only internet gateway', short: 'EIGW', group: 'Gateways', parents: ['vpc', 'region'], parentRequired: false, container: false, props: {},
  },
  'nat-gateway': {
    label: 'NAT gateway', short: 'NAT', group: 'Gateways', parents: ['subnet'], parentRequired: true, container: false,
    props: {
      connectivity: { type: 'enum', label: 'Connectivity', values: ['public', 'private'], default: 'public' },
      elasticIps: {
        type: 'integer', label: 'Elastic IPs', min: 0, max: 1000,
        default: (p) => (p.connectivity === 'private' ? 0 : 1),
      },
    },
  },
  'vpn-gateway': {
    label: 'Virtual private gateway', short: 'VGW', group: 'Gateways', parents: ['vpc', 'region'], parentRequired: false, container: false,
    props: { asn: ASN },
  },
  'transit-gateway': {
    label: 'Transit gateway', short: 'TGW', group: 'Gateways', parents: ['region'], parentRequired: false, container: false,
    props: {
      asn: ASN,
      multicast: { type: 'boolean', label: 'Multicast', default: false },
      routeTables: { type: 'route-tables', owner: 'tgw', label: 'Route tables', default: [] },
    },
  },
  'dx-gateway': {
    label: 'Direct Connect gateway', short: 'DXGW', group: 'Hybrid connectivity', parents: [], parentRequired: false, container: false,
    props: { asn: ASN },
  },
  'dx-connection': {
    label: 'Direct Connect connection', short: 'DX', group: 'Hybrid connectivity', parents: ['region'], parentRequired: false, container: false,
    props: {
      location: { type: 'string', label: 'Location' },
      type: { type: 'enum', label: 'Connection type', values: ['dedicated', 'hosted'], default: 'dedicated' },
      bandwidth: {
        type: 'string', label: 'Bandwidth', default: '1Gbps',
        suggestions: ['50Mbps', '100Mbps', '200Mbps', '300Mbps', '400Mbps', '500Mbps', '1Gbps', '2Gbps', '5Gbps', '10Gbps', '25Gbps', '100Gbps', '400Gbps'],
      },
      macsec: { type: 'boolean', label: 'MACsec', default: false },
    },
  },
  'vpn-connection': {
    label: 'Site-to-Site VPN connection', short: 'VPN', group: 'Hybrid connectivity', parents: ['region'], parentRequired: false, container: false,
    props: {
      tunnels: { type: 'integer', label: 'Tunnels', min: 1, max: 2, default: 2 },
      accelerated: { type: 'boolean', label: 'Accelerated', default: false },
      routing: { type: 'enum', label: 'Routing', values: ['bgp', 'static'], default: 'bgp' },
    },
  },
  'on-premises': {
    label: 'On-premises network', short: 'On-prem', group: 'Networks', parents: [], parentRequired: false, container: true,
    props: { cidrs: { type: 'cidr-list', family: 4, label: 'IPv4 CIDR blocks', default: [] } },
  },
  'customer-gateway': {
    label: 'Customer gateway', short: 'CGW', group: 'Hybrid connectivity', parents: ['on-premises'], parentRequired: false, container: false,
    props: { ip: { type: 'string', label: 'Public IP' }, asn: ASN },
  },
  'vpc-endpoint': {
    label: 'VPC endpoint', short: 'Endpoint', group: 'Endpoints and services', parents: ['vpc', 'subnet'], parentRequired: true, container: false,
    props: {
      type: { type: 'enum', label: 'Endpoint type', values: ['interface', 'gateway'], default: 'interface' },
      service: { type: 'string', label: 'Service', default: 's3', suggestions: ['s3', 'dynamodb', 'ec2', 'sqs', 'sns', 'kms', 'ssm', 'sts', 'ecr.api', 'logs', 'custom'] },
      privateDns: { type: 'boolean', label: 'Private DNS', default: (p) => p.type !== 'gateway' },
      routeTables: { type: 'route-table-list', label: 'Route tables (gateway endpoints)', default: [] },
    },
  },
  'endpoint-service': {
    label: 'Endpoint service (PrivateLink)', short: 'Endpoint service', group: 'Endpoints and services', parents: ['vpc'], parentRequired: true, container: false,
    props: {
      loadBalancer: { type: 'enum', label: 'Load balancer', values: ['nlb', 'gwlb', 'alb'], default: 'nlb' },
      crossRegion: { type: 'string-list', label: 'Regions that may consume it', default: [], placeholder: 'us-east-1' },
    },
  },
  'load-balancer': {
    label: 'Load balancer', short: 'LB', group: 'Endpoints and services', parents: ['vpc'], parentRequired: true, container: false,
    props: {
      type: { type: 'enum', label: 'Type', values: ['alb', 'nlb'], default: 'alb' },
      scheme: { type: 'enum', label: 'Scheme', values: ['internal', 'internet-facing'], default: 'internal' },
      subnets: { type: 'node-list', of: 'subnet', label: 'Subnets', default: [] },
      elasticIps: { type: 'integer', label: 'Elastic IPs', min: 0, max: 1000, default: 0 },
    },
  },
  instance: {
    label: 'Instance', short: 'Instance', group: 'Endpoints and services', parents: ['subnet'], parentRequired: true, container: false,
    props: {
      publicIp: { type: 'boolean', label: 'Public IP', default: false },
      sourceDestCheck: { type: 'boolean', label: 'Source/destination check (off for an appliance)', default: true },
    },
  },
  internet: {
    label: 'Internet', short: 'Internet', group: 'Networks', parents: [], parentRequired: false, container: false, props: {},
  },
} as const satisfies { readonly [K in NodeKind]: NodeKindSpec };

/** Every node kind, in registry order (the palette's order). */
export const NODE_KIND_LIST = Object.keys(NODE_KINDS) as NodeKind[];

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(NODE_KINDS, value);
}

/** The registry entry of a kind, widened to the common shape. */
export function nodeKindSpec(kind: NodeKind): NodeKindSpec {
  return NODE_KINDS[kind];
}
