import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** An error when the link joins an accelerated VPN connection to a VGW. */
function acceleratedOnVgw(index: TopologyIndex, link: Connection): Finding | undefined {
  if (link.kind !== 'vpn-link') return undefined;
  const ends = [index.node(link.source), index.node(link.target)];
  const vpn = ends.find((n): n is TopologyNode<'vpn-connection'> => n?.kind === 'vpn-connection');
  const vgw = ends.find((n) => n?.kind === 'vpn-gateway');
  if (!vpn || !vgw || !index.props(vpn).accelerated) return undefined;
  return {
    ...finding(
      'vpn-acceleration-requires-tgw',
      `${index.label(vpn)} is accelerated, so it cannot end on ${index.label(vgw)}: only VPN connections attached to a transit gateway can be accelerated.`,
      [link.id, vpn.id, vgw.id],
    ),
    fix: { label: 'Turn acceleration off', element: vpn.id, prop: 'accelerated', value: false },
  };
}

/** `vpn-acceleration-requires-tgw`: an accelerated VPN connection ends on a virtual private gateway. */
export const vpnAccelerationRequiresTgw = defineRule('vpn-acceleration-requires-tgw', {
  check: (index) => index.connectionsOfKind('vpn-link').flatMap((link) => acceleratedOnVgw(index, link) ?? []),
  checkConnection: (index, c) => [acceleratedOnVgw(index, c)].filter((f): f is Finding => !!f),
});
