/**
 * AWS architecture icons (the `aws-icons` package) for each node kind. Next turns each import
 * into a URL of a static file, so every node showing the same kind shares one cached image.
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

const KIND_ICONS: Record<NodeKind, string> = {
  region: url(regionIcon),
  vpc: url(vpcIcon),
  subnet: url(privateSubnetIcon),
  'internet-gateway': url(igwIcon),
  'egress-only-internet-gateway': url(igwIcon),
  'nat-gateway': url(natIcon),
  'vpn-gateway': url(vgwIcon),
  'transit-gateway': url(tgwIcon),
  'dx-gateway': url(dxgwIcon),
  'dx-connection': url(dxIcon),
  'vpn-connection': url(vpnIcon),
  'on-premises': url(dataCenterIcon),
  'customer-gateway': url(cgwIcon),
  'vpc-endpoint': url(endpointIcon),
  'endpoint-service': url(privateLinkIcon),
  'load-balancer': url(albIcon),
  instance: url(instanceIcon),
  internet: url(internetIcon),
};

const PUBLIC_SUBNET = url(publicSubnetIcon);
const NLB = url(nlbIcon);

/** The icon of a kind, as the palette shows it. */
export function kindIcon(kind: NodeKind): string {
  return KIND_ICONS[kind];
}

/** The icon of a node: public subnets and network load balancers have their own. */
export function nodeIcon(node: TopologyNode): string {
  const props = node.props as Record<string, unknown> | undefined;
  if (node.kind === 'subnet' && props?.public === true) return PUBLIC_SUBNET;
  if (node.kind === 'load-balancer' && props?.type === 'nlb') return NLB;
  return KIND_ICONS[node.kind];
}

/** Icons drawn in near-black, which the dark theme inverts. */
export const DARK_INK_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['internet']);
