/** A Site-to-Site VPN connection's links, by the side of the VPN each one joins. */
import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from './topology-index';

/** A VPN connection's links by side, in document order. */
export interface VpnLinksBySide {
  customer: Array<{ link: Connection; end: TopologyNode<'customer-gateway'> }>;
  aws: Array<{ link: Connection; end: TopologyNode<'vpn-gateway' | 'transit-gateway'> }>;
}

/** The `vpn-link`s of a VPN connection, sorted into its customer side and its AWS side. */
export function vpnLinksBySide(index: TopologyIndex, vpn: TopologyNode): VpnLinksBySide {
  const ends: VpnLinksBySide = { customer: [], aws: [] };
  for (const link of index.connectionsOf(vpn.id)) {
    if (link.kind !== 'vpn-link') continue;
    const end = index.otherEnd(link, vpn.id);
    // Other ends are kinds a `vpn-link` may not join: connection-ends-invalid's to report.
    if (end?.kind === 'customer-gateway') ends.customer.push({ link, end });
    else if (end?.kind === 'vpn-gateway' || end?.kind === 'transit-gateway') ends.aws.push({ link, end });
  }
  return ends;
}
