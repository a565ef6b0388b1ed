/**
 * The registry of node kinds: the one place that says what a kind is in the model: its label,
 * palette group, id prefix, allowed parents, props, container sizes, whether it sits on its
 * parent's border, and its place in the auto-layout. The parser, the rules, the edit commands,
 * the layout, the palette and the inspector all read it; adding a kind means an entry here, one
 * in the editor's view record (components/editor/kind-views.ts), and its tests.
 */
import { REGION_CODES } from './availability-zones';
import type { PropSpecs } from './prop-spec';
import type { TgwRouteTable, VpcRouteTable } from './route-tables';

const ASN = { type: 'integer', label: 'BGP ASN', min: 1, max: 4294967295 } as const;

/** Where the editor's palette shows a kind. */
export type PaletteGroup = 'Networks' | 'Gateways' | 'Hybrid connectivity' | 'Endpoints and services';

/**
 * Where the auto-layout puts a kind in its left-to-right reading order: sites (on-premises,
 * the internet) first, then hybrid connections, then hubs, then the networks they serve.
 */
export type LayoutRole = 'site' | 'hybrid' | 'hub' | 'network';

/** A width and height in canvas units (the document's `Size`, which this folder cannot import). */
export interface Extent {
  readonly width: number;
  readonly height: number;
}

/** How a container kind is drawn: the box a new one gets, and the smallest box the layout shrinks it to. */
export interface ContainerSpec {
  defaultSize: Extent;
  /** Small enough for an empty container, large enough that its title still shows. */
  minSize: Extent;
}

/**
 * A kind attached to its parent by being placed inside it, as an internet gateway is to its VPC:
 * it is drawn straddling the parent's border, and a line to the parent is refused.
 */
export interface AttachmentSpec {
  /** Parent kinds it attaches to; inside any other parent it is an ordinary child. */
  to: readonly NodeKind[];
  /** The border the auto-layout puts it on: the left faces the on-premises side of the diagram. */
  side: 'top' | 'left';
}

export interface NodeKindSpec {
  /** Human name, as AWS writes it. */
  label: string;
  /** Short label for badges and compact lists. */
  short: string;
  group: PaletteGroup;
  /** Start of the ids the editor gives new nodes of the kind, as AWS names the resource (`igw-1`, `vpce-2`). */
  idPrefix: string;
  /** Kinds this kind may be drawn inside. */
  parents: readonly NodeKind[];
  /** When true the node must have one of `parents`; otherwise it may also stand at the top level. */
  parentRequired: boolean;
  /** Present for kinds drawn as a box that holds other nodes. */
  container?: ContainerSpec;
  /** Present for kinds attached to their parent by being placed inside it (a gateway to its VPC). */
  attachment?: AttachmentSpec;
  layoutRole: LayoutRole;
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
    label: 'Region', short: 'Region', group: 'Networks',
    idPrefix: 'region', parents: [], parentRequired: false, layoutRole: 'network',
    container: { defaultSize: { width: 760, height: 480 }, minSize: { width: 320, height: 200 } },
    props: { code: { type: 'string', label: 'Region code', placeholder: 'ap-northeast-1', suggestions: REGION_CODES } },
  },
  vpc: {
    label: 'VPC', short: 'VPC', group: 'Networks',
    idPrefix: 'vpc', parents: ['region'], parentRequired: false, layoutRole: 'network',
    container: { defaultSize: { width: 440, height: 280 }, minSize: { width: 320, height: 180 } },
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
    label: 'Subnet', short: 'Subnet', group: 'Networks',
    idPrefix: 'subnet', parents: ['vpc'], parentRequired: true, layoutRole: 'network',
    container: { defaultSize: { width: 240, height: 150 }, minSize: { width: 200, height: 100 } },
    props: {
      cidr: { type: 'cidr', family: 4, label: 'IPv4 CIDR block', optional: false },
      ipv6Cidr: { type: 'cidr', family: 6, label: 'IPv6 CIDR block', optional: true },
      az: { type: 'string', label: 'Availability zone', placeholder: 'ap-northeast-1a', suggest: 'availability-zones' },
      public: { type: 'boolean', label: 'Public (routes 0.0.0.0/0 to the internet gateway)', default: false },
      routeTable: { type: 'route-table-ref', label: 'Route table' },
    },
  },
  'internet-gateway': {
    label: 'Internet gateway', short: 'IGW', group: 'Gateways',
    idPrefix: 'igw', parents: ['vpc', 'region'], parentRequired: false, layoutRole: 'hub',
    attachment: { to: ['vpc'], side: 'top' },
    props: {},
  },
  'egress-only-internet-gateway': {
    label: 'Egress-only internet gateway', short: 'EIGW', group: 'Gateways',
    idPrefix: 'eigw', parents: ['vpc', 'region'], parentRequired: false, layoutRole: 'hub',
    attachment: { to: ['vpc'], side: 'top' },
    props: {},
  },
  'nat-gateway': {
    label: 'NAT gateway', short: 'NAT', group: 'Gateways',
    idPrefix: 'nat', parents: ['subnet'], parentRequired: true, layoutRole: 'network',
    props: {
      connectivity: { type: 'enum', label: 'Connectivity', values: ['public', 'private'], default: 'public' },
      elasticIps: {
        type: 'integer', label: 'Elastic IPs', min: 0, max: 1000,
        default: (p) => (p.connectivity === 'private' ? 0 : 1),
      },
    },
  },
  'vpn-gateway': {
    label: 'Virtual private gateway', short: 'VGW', group: 'Gateways',
    idPrefix: 'vgw', parents: ['vpc', 'region'], parentRequired: false, layoutRole: 'hub',
    attachment: { to: ['vpc'], side: 'left' },
    props: { asn: ASN },
  },
  'transit-gateway': {
    label: 'Transit gateway', short: 'TGW', group: 'Gateways',
    idPrefix: 'tgw', parents: ['region'], parentRequired: false, layoutRole: 'hub',
    props: {
      asn: ASN,
      multicast: { type: 'boolean', label: 'Multicast', default: false },
      routeTables: { type: 'route-tables', owner: 'tgw', label: 'Route tables', default: [] },
    },
  },
  'dx-gateway': {
    label: 'Direct Connect gateway', short: 'DXGW', group: 'Hybrid connectivity',
    idPrefix: 'dxgw', parents: [], parentRequired: false, layoutRole: 'hub',
    props: { asn: ASN },
  },
  'dx-connection': {
    label: 'Direct Connect connection', short: 'DX', group: 'Hybrid connectivity',
    idPrefix: 'dxcon', parents: ['region'], parentRequired: false, layoutRole: 'hybrid',
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
    label: 'Site-to-Site VPN connection', short: 'VPN', group: 'Hybrid connectivity',
    idPrefix: 'vpn', parents: ['region'], parentRequired: false, layoutRole: 'hybrid',
    props: {
      tunnels: { type: 'integer', label: 'Tunnels', min: 1, max: 2, default: 2 },
      accelerated: { type: 'boolean', label: 'Accelerated', default: false },
      routing: { type: 'enum', label: 'Routing', values: ['bgp', 'static'], default: 'bgp' },
    },
  },
  'on-premises': {
    label: 'On-premises network', short: 'On-prem', group: 'Networks',
    idPrefix: 'onprem', parents: [], parentRequired: false, layoutRole: 'site',
    container: { defaultSize: { width: 300, height: 190 }, minSize: { width: 200, height: 120 } },
    props: { cidrs: { type: 'cidr-list', family: 4, label: 'IPv4 CIDR blocks', default: [] } },
  },
  'customer-gateway': {
    label: 'Customer gateway', short: 'CGW', group: 'Hybrid connectivity',
    idPrefix: 'cgw', parents: ['on-premises'], parentRequired: false, layoutRole: 'site',
    props: { ip: { type: 'string', label: 'Public IP' }, asn: ASN },
  },
  'vpc-endpoint': {
    label: 'VPC endpoint', short: 'Endpoint', group: 'Endpoints and services',
    idPrefix: 'vpce', parents: ['vpc', 'subnet'], parentRequired: true, layoutRole: 'network',
    props: {
      type: { type: 'enum', label: 'Endpoint type', values: ['interface', 'gateway'], default: 'interface' },
      service: { type: 'string', label: 'Service', default: 's3', suggestions: ['s3', 'dynamodb', 'ec2', 'sqs', 'sns', 'kms', 'ssm', 'sts', 'ecr.api', 'logs', 'custom'] },
      privateDns: { type: 'boolean', label: 'Private DNS', default: (p) => p.type !== 'gateway' },
      routeTables: { type: 'route-table-list', label: 'Route tables (gateway endpoints)', default: [] },
    },
  },
  'endpoint-service': {
    label: 'Endpoint service (PrivateLink)', short: 'Endpoint service', group: 'Endpoints and services',
    idPrefix: 'vpce-svc', parents: ['vpc'], parentRequired: true, layoutRole: 'network',
    props: {
      loadBalancer: { type: 'enum', label: 'Load balancer', values: ['nlb', 'gwlb', 'alb'], default: 'nlb' },
      crossRegion: { type: 'string-list', label: 'Regions that may consume it', default: [], placeholder: 'us-east-1' },
    },
  },
  'load-balancer': {
    label: 'Load balancer', short: 'LB', group: 'Endpoints and services',
    idPrefix: 'lb', parents: ['vpc'], parentRequired: true, layoutRole: 'network',
    props: {
      type: { type: 'enum', label: 'Type', values: ['alb', 'nlb'], default: 'alb' },
      scheme: { type: 'enum', label: 'Scheme', values: ['internal', 'internet-facing'], default: 'internal' },
      subnets: { type: 'node-list', of: 'subnet', label: 'Subnets', default: [] },
      elasticIps: { type: 'integer', label: 'Elastic IPs', min: 0, max: 1000, default: 0 },
    },
  },
  instance: {
    label: 'Instance', short: 'Instance', group: 'Endpoints and services',
    idPrefix: 'i', parents: ['subnet'], parentRequired: true, layoutRole: 'network',
    props: {
      publicIp: { type: 'boolean', label: 'Public IP', default: false },
      sourceDestCheck: { type: 'boolean', label: 'Source/destination check (off for an appliance)', default: true },
    },
  },
  internet: {
    label: 'Internet', short: 'Internet', group: 'Networks',
    idPrefix: 'internet', parents: [], parentRequired: false, layoutRole: 'site',
    props: {},
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
