/**
 * How each node kind looks in the editor: its icon (the `aws-icons` package's AWS architecture
 * icons), the line of detail under its name, its minimap colour and, for containers, the CSS
 * class the style sheet colours. What a kind *is* (label, parents, props, sizes) lives in the
 * model's registry; this record is its one counterpart in the UI, and the compiler names a kind
 * missing from it.
 *
 * Next turns each icon import into the URL of a static file, so every node of a kind shares one
 * cached image.
 */
import { NODE_KINDS, type NodeKind, type TopologyNode } from '../../model';
import regionIcon from 'aws-icons/icons/architecture-group/Region.svg';
import vpcIcon from 'aws-icons/icons/architecture-group/VirtualprivatecloudVPC.svg';
import publicSubnetIcon from 'aws-icons/icons/architecture-group/Publicsubnet.svg';
import privateSubnetIcon from 'aws-icons/icons/architecture-group/Privatesubnet.svg';
import dataCenterIcon from 'aws-icons/icons/architecture-group/Corporatedatacenter.svg';
import igwIcon from 'aws-icons/icons/resource/AmazonVPCInternetGateway.svg';
import natIcon from 'aws-icons/icons/resource/AmazonVPCNATGateway.svg';
import vgwIcon from 'aws-icons/icons/resource/AmazonVPCVPNGateway.svg';
import tgwIcon from 'aws-icons/icons/architecture-service/AWSTransitGateway.svg';
import dxgwIcon from 'aws-icons/icons/resource/AWSDirectConnectGateway.svg';
import dxIcon from 'aws-icons/icons/architecture-service/AWSDirectConnect.svg';
import vpnIcon from 'aws-icons/icons/resource/AmazonVPCVPNConnection.svg';
import cgwIcon from 'aws-icons/icons/resource/AmazonVPCCustomerGateway.svg';
import endpointIcon from 'aws-icons/icons/resource/AmazonVPCEndpoints.svg';
import privateLinkIcon from 'aws-icons/icons/architecture-service/AWSPrivateLink.svg';
import albIcon from 'aws-icons/icons/resource/ElasticLoadBalancingApplicationLoadBalancer.svg';
import nlbIcon from 'aws-icons/icons/resource/ElasticLoadBalancingNetworkLoadBalancer.svg';
import instanceIcon from 'aws-icons/icons/resource/AmazonEC2Instance.svg';
import internetIcon from 'aws-icons/icons/resource/Internet.svg';

type StaticImage = { src: string } | string;
const url = (image: StaticImage): string => (typeof image === 'string' ? image : image.src);

/** The view of one node kind. Functions receive the node narrowed to the kind, its props as stored (possibly partial). */
export interface KindView<K extends NodeKind> {
  /** The kind's icon: the palette's, and every node's unless `nodeIcon` picks another. */
  icon: string;
  /** A node's own icon where its props change what it is (public subnets, network load balancers). */
  nodeIcon?: (node: TopologyNode<K>) => string;
  /** A near-black icon, which the dark theme inverts. */
  ink?: boolean;
  /** For leaves: the line under the name, e.g. "NAT gateway · private"; the registry's short label otherwise. */
  subtitle?: (node: TopologyNode<K>) => string;
  /** For containers: the details in the title bar (address blocks, region code, zone); none otherwise. */
  details?: (node: TopologyNode<K>) => string;
  /** For containers: the group label the title shows before the name ("Public subnet"); the registry's label otherwise. */
  heading?: (node: TopologyNode<K>) => string;
  /** The node's colour in the minimap; `LEAF_MINIMAP` otherwise. */
  minimap?: string | ((node: TopologyNode<K>) => string);
  /** For containers: the CSS class of the box, which sets its colours in editor.css. */
  className?: string | ((node: TopologyNode<K>) => string);
}

/** The minimap colour of a kind without its own: AWS's purple. */
export const LEAF_MINIMAP = '#8c4fff';

const short = (kind: NodeKind): string => NODE_KINDS[kind].short;
/** A stored text prop, trimmed; undefined when absent or blank (a blank field shows the default). */
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const isPublicSubnet = (node: TopologyNode<'subnet'>): boolean => node.props?.public === true;
/** "TGW · ASN 64512", or the short label alone when no ASN is set. */
const withAsn = (node: TopologyNode<'transit-gateway' | 'dx-gateway' | 'vpn-gateway'>): string =>
  typeof node.props?.asn === 'number' ? `${short(node.kind)} · ASN ${node.props.asn}` : short(node.kind);

export const KIND_VIEWS = {
  region: {
    icon: url(regionIcon),
    details: (node) => (typeof node.props?.code === 'string' ? node.props.code : ''),
    minimap: 'rgba(0, 164, 166, 0.12)',
    className: 'vc-group-region',
  },
  vpc: {
    icon: url(vpcIcon),
    details: (node) => [...texts(node.props?.cidrs), ...texts(node.props?.ipv6Cidrs)].join(', '),
    minimap: 'rgba(140, 79, 255, 0.18)',
    className: 'vc-group-vpc',
  },
  subnet: {
    icon: url(privateSubnetIcon),
    nodeIcon: (node) => (isPublicSubnet(node) ? url(publicSubnetIcon) : url(privateSubnetIcon)),
    details: (node) => {
      const { cidr, az } = node.props ?? {};
      return [typeof cidr === 'string' ? cidr : 'no CIDR', typeof az === 'string' && az ? az : undefined].filter(Boolean).join(' · ');
    },
    heading: (node) => (isPublicSubnet(node) ? 'Public subnet' : 'Private subnet'),
    minimap: (node) => (isPublicSubnet(node) ? 'rgba(122, 161, 22, 0.35)' : 'rgba(0, 164, 166, 0.3)'),
    className: (node) => (isPublicSubnet(node) ? 'vc-group-subnet-public' : 'vc-group-subnet-private'),
  },
  'internet-gateway': { icon: url(igwIcon) },
  'egress-only-internet-gateway': { icon: url(igwIcon) },
  'nat-gateway': { icon: url(natIcon), subtitle: (node) => `${short(node.kind)} · ${text(node.props?.connectivity) ?? 'public'}` },
  'vpn-gateway': { icon: url(vgwIcon), subtitle: withAsn },
  'transit-gateway': { icon: url(tgwIcon), subtitle: withAsn },
  'dx-gateway': { icon: url(dxgwIcon), subtitle: withAsn },
  'dx-connection': { icon: url(dxIcon), subtitle: (node) => `${short(node.kind)} · ${text(node.props?.bandwidth) ?? '1Gbps'}` },
  'vpn-connection': {
    icon: url(vpnIcon),
    subtitle: (node) => `${short(node.kind)} · ${text(node.props?.routing) ?? 'bgp'}${node.props?.tunnels === 1 ? ' · 1 tunnel' : ''}`,
  },
  'on-premises': {
    icon: url(dataCenterIcon),
    details: (node) => texts(node.props?.cidrs).join(', '),
    heading: () => 'Corporate data center',
    className: 'vc-group-on-premises',
  },
  'customer-gateway': {
    icon: url(cgwIcon),
    subtitle: (node) => (text(node.props?.ip) ? `${short(node.kind)} · ${text(node.props?.ip)}` : short(node.kind)),
  },
  'vpc-endpoint': {
    icon: url(endpointIcon),
    subtitle: (node) => `${text(node.props?.service) ?? 's3'} · ${text(node.props?.type) ?? 'interface'}`,
  },
  'endpoint-service': {
    icon: url(privateLinkIcon),
    subtitle: (node) => `PrivateLink · ${(text(node.props?.loadBalancer) ?? 'nlb').toUpperCase()}`,
  },
  'load-balancer': {
    icon: url(albIcon),
    nodeIcon: (node) => (node.props?.type === 'nlb' ? url(nlbIcon) : url(albIcon)),
    subtitle: (node) => `${(text(node.props?.type) ?? 'alb').toUpperCase()} · ${text(node.props?.scheme) ?? 'internal'}`,
  },
  instance: { icon: url(instanceIcon), subtitle: (node) => (node.props?.publicIp === true ? 'Instance · public IP' : 'Instance') },
  internet: { icon: url(internetIcon), ink: true },
} satisfies { [K in NodeKind]: KindView<K> };

/** The view of a kind; `kindView(node.kind)` accepts that very node. */
export function kindView<K extends NodeKind>(kind: K): KindView<K> {
  const views: { readonly [P in NodeKind]: KindView<P> } = KIND_VIEWS;
  return views[kind];
}

/** A node's colour in the minimap. */
export function minimapColor(node: TopologyNode): string {
  const { minimap } = kindView(node.kind);
  return (typeof minimap === 'function' ? minimap(node) : minimap) ?? LEAF_MINIMAP;
}

/** The CSS class of a node's box (containers: `vc-group-vpc`, `vc-group-subnet-public`…); empty when the kind has none. */
export function nodeClassName(node: TopologyNode): string {
  const { className } = kindView(node.kind);
  return (typeof className === 'function' ? className(node) : className) ?? '';
}
