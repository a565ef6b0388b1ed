/**
 * How each node kind looks in the editor: its icon (the `aws-icons` package's AWS architecture
 * icons), its minimap colour and, for containers, the CSS class the style sheet colours. What a
 * kind *is* (label, parents, props, sizes) lives in the model's registry, and the words drawn on
 * its nodes in model/edit/node-labels.ts (the geometry sizes boxes by them); this record is the
 * kind's one counterpart in the UI, and the compiler names a kind missing from it.
 *
 * Next turns each icon import into the URL of a static file, so every node of a kind shares one
 * cached image.
 */
import type { NodeKind, TopologyNode } from '../../model';
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
  /** The node's colour in the minimap; `LEAF_MINIMAP` otherwise. */
  minimap?: string | ((node: TopologyNode<K>) => string);
  /** For containers: the CSS class of the box, which sets its colours in editor.css. */
  className?: string | ((node: TopologyNode<K>) => string);
}

/** The minimap colour of a kind without its own: AWS's purple. */
export const LEAF_MINIMAP = '#8c4fff';

const isPublicSubnet = (node: TopologyNode<'subnet'>): boolean => node.props?.public === true;

export const KIND_VIEWS = {
  region: { icon: url(regionIcon), minimap: 'rgba(0, 164, 166, 0.12)', className: 'vc-group-region' },
  vpc: { icon: url(vpcIcon), minimap: 'rgba(140, 79, 255, 0.18)', className: 'vc-group-vpc' },
  subnet: {
    icon: url(privateSubnetIcon),
    nodeIcon: (node) => (isPublicSubnet(node) ? url(publicSubnetIcon) : url(privateSubnetIcon)),
    minimap: (node) => (isPublicSubnet(node) ? 'rgba(122, 161, 22, 0.35)' : 'rgba(0, 164, 166, 0.3)'),
    className: (node) => (isPublicSubnet(node) ? 'vc-group-subnet-public' : 'vc-group-subnet-private'),
  },
  'internet-gateway': { icon: url(igwIcon) },
  'egress-only-internet-gateway': { icon: url(igwIcon) },
  'nat-gateway': { icon: url(natIcon) },
  'vpn-gateway': { icon: url(vgwIcon) },
  'transit-gateway': { icon: url(tgwIcon) },
  'dx-gateway': { icon: url(dxgwIcon) },
  'dx-connection': { icon: url(dxIcon) },
  'vpn-connection': { icon: url(vpnIcon) },
  'on-premises': { icon: url(dataCenterIcon), className: 'vc-group-on-premises' },
  'customer-gateway': { icon: url(cgwIcon) },
  'vpc-endpoint': { icon: url(endpointIcon) },
  'endpoint-service': { icon: url(privateLinkIcon) },
  'load-balancer': { icon: url(albIcon), nodeIcon: (node) => (node.props?.type === 'nlb' ? url(nlbIcon) : url(albIcon)) },
  instance: { icon: url(instanceIcon) },
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
