/** How each connection kind is drawn; the legend reads the same table. */
import type { ConnectionKind } from '../../../../model';

export interface EdgeStyle {
  label: string;
  /** What the legend says about it. */
  hint: string;
}

export const EDGE_STYLES: Record<ConnectionKind, EdgeStyle> = {
  'vpc-peering': { label: 'VPC peering', hint: 'solid purple' },
  'tgw-attachment': { label: 'Transit gateway attachment', hint: 'solid magenta' },
  'tgw-peering': { label: 'Transit gateway peering', hint: 'long dashes, magenta' },
  'vpn-link': { label: 'Site-to-Site VPN', hint: 'dashed orange' },
  'dx-link': { label: 'Direct Connect link', hint: 'thick blue' },
  vif: { label: 'Virtual interface', hint: 'dash-dot blue' },
  'dxgw-association': { label: 'DX gateway association', hint: 'dotted blue' },
  privatelink: { label: 'PrivateLink', hint: 'solid green' },
  flow: { label: 'Flow (intent)', hint: 'dashed grey arrow' },
};
