/**
 * How exported diagrams look: the editor's light palette (components/editor/editor.css), written
 * out as values because an exported file cannot read the style sheet. export-palette.test.ts
 * compares the edge colours and dash patterns with the style sheet, so the two cannot drift.
 */
import type { ConnectionKind } from '../kinds/connection-kinds';
import type { TopologyNode } from '../document/types';

/** Text and chrome colours. */
export const INK = {
  text: '#16191f',
  muted: '#5f6b7a',
  background: '#ffffff',
  border: '#d9dde3',
  panel: '#f8f9fb',
} as const;

/** Finding badge colours by severity. */
export const SEVERITY_COLOURS = { error: '#d91515', warning: '#b55d00', info: '#0972d3' } as const;

/** Font stacks: Helvetica's metrics are the ones text-metrics.ts assumes. */
export const SANS = "Helvetica, Arial, 'Liberation Sans', sans-serif";
export const MONO = "Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace";

/** The look of a container: its border, fill and the colour of its kind label. */
export interface ContainerLook {
  stroke: string;
  /** Border width; 0 for subnets, which AWS draws as filled areas. */
  strokeWidth: number;
  dash?: string;
  /** `none` for regions, which show what is under them. */
  fill: string;
  /** Colour of "VPC", "Public subnet"… before the name. */
  kindColour: string;
}

/** Which of the container looks a node takes; public and private subnets differ. */
export type ContainerVariant = 'region' | 'vpc' | 'subnet-public' | 'subnet-private' | 'on-premises';

// Fills are the style sheet's `color-mix` of the border colour into white, computed once.
export const CONTAINER_LOOKS: Record<ContainerVariant, ContainerLook> = {
  region: { stroke: '#00a4a6', strokeWidth: 2, dash: '8 4', fill: 'none', kindColour: '#00a4a6' },
  vpc: { stroke: '#8c4fff', strokeWidth: 2, fill: '#fbf9ff', kindColour: '#8c4fff' },
  'subnet-public': { stroke: '#7aa116', strokeWidth: 0, fill: '#f2f6e8', kindColour: '#668618' },
  'subnet-private': { stroke: '#00a4a6', strokeWidth: 0, fill: '#e6f6f7', kindColour: '#04888b' },
  'on-premises': { stroke: '#7d8998', strokeWidth: 2, fill: '#f7f8f9', kindColour: '#7d8998' },
};

/** The container look of a node, or undefined for a leaf. */
export function containerVariant(node: TopologyNode): ContainerVariant | undefined {
  switch (node.kind) {
    case 'region':
    case 'vpc':
    case 'on-premises':
      return node.kind;
    case 'subnet':
      return node.props?.public === true ? 'subnet-public' : 'subnet-private';
    default:
      return undefined;
  }
}

/** How a connection kind is drawn, and what the legend calls it. */
export interface EdgeLook {
  label: string;
  stroke: string;
  width: number;
  /** SVG `stroke-dasharray`; undefined for a solid line. */
  dash?: string;
  /** Arrowheads (flows, which have a direction). */
  arrow: boolean;
}

const PEERING = '#8c4fff';
const TGW = '#e7157b';
const VPN = '#ed7100';
const DX = '#1f5fbf';
const PRIVATELINK = '#3f8624';
const FLOW = '#687078';

export const EDGE_LOOKS: Record<ConnectionKind, EdgeLook> = {
  'vpc-peering': { label: 'VPC peering', stroke: PEERING, width: 2, arrow: false },
  'tgw-attachment': { label: 'Transit gateway attachment', stroke: TGW, width: 2.5, arrow: false },
  'tgw-peering': { label: 'Transit gateway peering', stroke: TGW, width: 2, dash: '12 5', arrow: false },
  'vpn-link': { label: 'Site-to-Site VPN', stroke: VPN, width: 2, dash: '7 5', arrow: false },
  'dx-link': { label: 'Direct Connect link', stroke: DX, width: 3.5, arrow: false },
  vif: { label: 'Virtual interface', stroke: DX, width: 2, dash: '10 4 2 4', arrow: false },
  'dxgw-association': { label: 'DX gateway association', stroke: DX, width: 2.5, dash: '2 4', arrow: false },
  privatelink: { label: 'PrivateLink', stroke: PRIVATELINK, width: 2, arrow: false },
  flow: { label: 'Flow (intent)', stroke: FLOW, width: 2, dash: '6 5', arrow: true },
};
