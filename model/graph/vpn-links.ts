/** A Site-to-Site VPN connection's links, by the side of the VPN each one joins. */
import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from './topology-index';

/** Which end of a Site-to-Site VPN a node is, or undefined for kinds a `vpn-link` may not join (connection-ends-invalid's). */
function vpnSide(node: TopologyNode | undefined): 'customer' | 'aws' | undefined {
  if (node?.kind === 'customer-gateway') return 'customer';
  if (node?.kind === 'vpn-gateway' || node?.kind === 'transit-gateway') return 'aws';
  return undefined;
}

/** A VPN connection's links by side, in document order. */
export interface VpnLinksBySide {
  customer: Array<{ link: Connection; end: TopologyNode }>;
  aws: Array<{ link: Connection; end: TopologyNode }>;
}

/** The `vpn-link`s of a VPN connection, sorted into its customer side and its AWS side. */
export function vpnLinksBySide(index: TopologyIndex, vpn: TopologyNode): VpnLinksBySide {
  const ends: VpnLinksBySide = { customer: [], aws: [] };
  for (const link of index.connectionsOf(vpn.id)) {
    if (link.kind !== 'vpn-link') continue;
    const end = index.otherEnd(link, vpn.id);
    const side = vpnSide(end);
    if (side && end) ends[side].push({ link, end });
  }
  return ends;
}
