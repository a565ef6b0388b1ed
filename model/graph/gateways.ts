/** What is attached to what: a VPC's internet gateway, a VGW's VPC. */
import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from './topology-index';

/** True when an internet gateway is attached to the VPC (drawn inside it). */
export function hasInternetGateway(index: TopologyIndex, vpc: TopologyNode): boolean {
  return index.childrenOf(vpc.id).some((n) => n.kind === 'internet-gateway');
}

/** The VPC a VGW is attached to (its parent), or undefined for a detached VGW. */
export function attachedVpc(index: TopologyIndex, vgw: TopologyNode): TopologyNode<'vpc'> | undefined {
  const parent = index.parentOf(vgw);
  return parent?.kind === 'vpc' ? parent : undefined;
}
