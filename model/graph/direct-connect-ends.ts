/**
 * The ends of Direct Connect connections, either way round, as several rules read them: a VIF's DX
 * connection and what it ends on, a DX gateway association's DX gateway and VGW or transit gateway.
 */
import type { Connection, TopologyNode } from '../document/types';
import { CONNECTION_KINDS, type VifProps } from '../kinds/connection-kinds';
import type { NodeKind } from '../kinds/node-kinds';
import type { TopologyIndex } from './topology-index';

/** What a VIF of any type may end on, by the registry; other ends are `connection-ends-invalid`. */
const VIF_END_KINDS: readonly NodeKind[] = CONNECTION_KINDS.vif.ends[1];

/** A VIF's two ends: the DX connection it runs on, and what it ends on. */
export interface VifEnds {
  dx: TopologyNode<'dx-connection'>;
  end: TopologyNode;
  type: VifProps['type'];
}

/**
 * The ends of a `vif` connection, either way round; undefined when they are not a DX connection
 * and a VGW, DX gateway or internet node (that is `connection-ends-invalid`'s business).
 */
export function vifEnds(index: TopologyIndex, vif: Connection): VifEnds | undefined {
  if (vif.kind !== 'vif') return undefined;
  const source = index.node(vif.source);
  const target = index.node(vif.target);
  if (!source || !target) return undefined;
  const type = index.connectionProps(vif).type;
  const [dx, end] = source.kind === 'dx-connection' ? [source, target] : [target, source];
  if (dx.kind !== 'dx-connection' || !VIF_END_KINDS.includes(end.kind)) return undefined;
  return { dx, end, type };
}

/** A DX gateway association's two ends: the DX gateway, and the VGW or transit gateway it associates. */
export interface AssociationEnds {
  dxgw: TopologyNode<'dx-gateway'>;
  gateway: TopologyNode<'vpn-gateway'> | TopologyNode<'transit-gateway'>;
}

/**
 * The ends of a `dxgw-association`, either way round; undefined when they are not a DX gateway
 * and a VGW or transit gateway (that is `connection-ends-invalid`'s business).
 */
export function associationEnds(index: TopologyIndex, association: Connection): AssociationEnds | undefined {
  if (association.kind !== 'dxgw-association') return undefined;
  const source = index.node(association.source);
  const target = index.node(association.target);
  if (!source || !target) return undefined;
  const [dxgw, gateway] = source.kind === 'dx-gateway' ? [source, target] : [target, source];
  if (dxgw.kind !== 'dx-gateway' || (gateway.kind !== 'vpn-gateway' && gateway.kind !== 'transit-gateway')) return undefined;
  return { dxgw, gateway };
}
