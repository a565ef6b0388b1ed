import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** A warning when the VPN connection is drawn with fewer than the two tunnels AWS provides. */
function singleTunnel(index: TopologyIndex, vpn: TopologyNode<'vpn-connection'>): Finding | undefined {
  if (index.props(vpn).tunnels >= 2) return undefined;
  return {
    ...finding(
      'vpn-single-tunnel',
      `${index.label(vpn)} uses one tunnel; AWS provides two, in different Availability Zones, so that traffic survives when one goes down for maintenance or a failure.`,
      [vpn.id],
    ),
    fix: { label: 'Use both tunnels', element: vpn.id, prop: 'tunnels', value: 2 },
  };
}

/** `vpn-single-tunnel`: a VPN connection with one tunnel. */
export const vpnSingleTunnel = defineRule('vpn-single-tunnel', {
  check: (index) => index.nodesOfKind('vpn-connection').flatMap((vpn) => singleTunnel(index, vpn) ?? []),
});
