/**
 * The registry of connection kinds: which node kinds each joins, and its props. `canConnect`
 * infers a connection's kind from its two ends with this table.
 */
import type { NodeKind } from './node-kinds';
import type { PropSpecs } from './prop-spec';

export interface ConnectionKindSpec {
  label: string;
  /** One end is of a kind in `ends[0]`, the other of a kind in `ends[1]` (either way round unless `directed`). */
  ends: readonly [readonly NodeKind[], readonly NodeKind[]];
  /** Only `flow` has a direction: source is `ends[0]`, target `ends[1]`. */
  directed: boolean;
  /** An intent rather than a resource: never inferred from a plain drag, only drawn on purpose. */
  intent: boolean;
  props: PropSpecs;
}

export interface VifProps { type: 'private' | 'transit' | 'public'; siteLink: boolean }
export interface DxgwAssociationProps { allowedPrefixes: string[] }
export interface FlowProps { bidirectional: boolean }
/** Version 2: the subnets holding the attachment's interfaces, one per availability zone; appliance mode keeps a flow in one zone. */
export interface TgwAttachmentProps { subnets: string[]; applianceMode: boolean }
type NoProps = Record<string, never>;

export interface ConnectionPropsByKind {
  'vpc-peering': NoProps;
  'tgw-attachment': TgwAttachmentProps;
  'tgw-peering': NoProps;
  'vpn-link': NoProps;
  'dx-link': NoProps;
  vif: VifProps;
  'dxgw-association': DxgwAssociationProps;
  privatelink: NoProps;
  flow: FlowProps;
}

export type ConnectionKind = keyof ConnectionPropsByKind;

const FLOW_ENDS: readonly NodeKind[] = ['vpc', 'subnet', 'instance', 'on-premises'];

export const CONNECTION_KINDS = {
  'vpc-peering': { label: 'VPC peering', ends: [['vpc'], ['vpc']], directed: false, intent: false, props: {} },
  'tgw-attachment': {
    label: 'Transit gateway attachment', ends: [['transit-gateway'], ['vpc']], directed: false, intent: false,
    props: {
      subnets: { type: 'node-list', of: 'subnet', label: 'Attachment subnets (one per availability zone)', default: [] },
      applianceMode: { type: 'boolean', label: 'Appliance mode', default: false },
    },
  },
  'tgw-peering': { label: 'Transit gateway peering', ends: [['transit-gateway'], ['transit-gateway']], directed: false, intent: false, props: {} },
  'vpn-link': {
    label: 'VPN link', ends: [['vpn-connection'], ['customer-gateway', 'vpn-gateway', 'transit-gateway']], directed: false, intent: false, props: {},
  },
  'dx-link': { label: 'Direct Connect link', ends: [['dx-connection'], ['customer-gateway']], directed: false, intent: false, props: {} },
  vif: {
    label: 'Virtual interface', ends: [['dx-connection'], ['vpn-gateway', 'dx-gateway', 'internet']], directed: false, intent: false,
    props: {
      type: { type: 'enum', label: 'VIF type', values: ['private', 'transit', 'public'], default: 'private' },
      siteLink: { type: 'boolean', label: 'SiteLink', default: false },
    },
  },
  'dxgw-association': {
    label: 'Direct Connect gateway association', ends: [['dx-gateway'], ['vpn-gateway', 'transit-gateway']], directed: false, intent: false,
    props: { allowedPrefixes: { type: 'cidr-list', family: 4, label: 'Allowed prefixes', default: [] } },
  },
  privatelink: { label: 'PrivateLink', ends: [['vpc-endpoint'], ['endpoint-service']], directed: false, intent: false, props: {} },
  flow: {
    label: 'Flow (intent)', ends: [FLOW_ENDS, [...FLOW_ENDS, 'internet']], directed: true, intent: true,
    props: { bidirectional: { type: 'boolean', label: 'Both directions', default: true } },
  },
} as const satisfies { readonly [K in ConnectionKind]: ConnectionKindSpec };

export const CONNECTION_KIND_LIST = Object.keys(CONNECTION_KINDS) as ConnectionKind[];

export function isConnectionKind(value: unknown): value is ConnectionKind {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CONNECTION_KINDS, value);
}

export function connectionKindSpec(kind: ConnectionKind): ConnectionKindSpec {
  return CONNECTION_KINDS[kind];
}

/** True when a connection of `kind` may join these two node kinds (in this order for directed kinds). */
export function kindJoins(kind: ConnectionKind, sourceKind: NodeKind, targetKind: NodeKind): boolean {
  const [a, b] = CONNECTION_KINDS[kind].ends as readonly [readonly NodeKind[], readonly NodeKind[]];
  if (a.includes(sourceKind) && b.includes(targetKind)) return true;
  return !CONNECTION_KINDS[kind].directed && a.includes(targetKind) && b.includes(sourceKind);
}
