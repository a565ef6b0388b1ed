/**
 * Order independence (issue 10, item 4; routing.md, "Order never matters"): the answer of `reach`
 * does not depend on the order of nodes or connections in the file.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, onPrem } from '../testing/build';
import { reach } from './reach';

type Raw = Record<string, unknown>;

/**
 * A site with a transit VIF to a DX gateway associated with TGW-EU and a backup VPN to TGW-US, the
 * two gateways peered, and a branch with a transit VIF on the same DX gateway (no SiteLink).
 */
function hybridScenario(): { nodes: Raw[]; dxLinks: Raw[]; vpnLinks: Raw[]; others: Raw[] } {
  const nodes = [
    onPrem('hq', ['192.168.0.0/16']),
    node('hq-cgw', 'customer-gateway', 'hq', { asn: 65001 }),
    onPrem('branch', ['172.16.0.0/16']),
    node('branch-cgw', 'customer-gateway', 'branch', { asn: 65002 }),
    node('dxgw', 'dx-gateway'),
    node('tgw-eu', 'transit-gateway'),
    node('tgw-us', 'transit-gateway'),
    node('dx-hq', 'dx-connection'),
    node('dx-branch', 'dx-connection'),
    node('vpn-hq', 'vpn-connection', undefined, { routing: 'bgp' }),
  ];
  const dxLinks = [
    link('dx-hq-l', 'dx-link', 'hq-cgw', 'dx-hq'),
    link('vif-hq', 'vif', 'dx-hq', 'dxgw', { type: 'transit' }),
  ];
  const vpnLinks = [link('vpn-hq-c', 'vpn-link', 'hq-cgw', 'vpn-hq'), link('vpn-hq-a', 'vpn-link', 'vpn-hq', 'tgw-us')];
  const others = [
    // The branch learns HQ's block through the association (allowed prefixes are what on-premises learns).
    link('assoc-eu', 'dxgw-association', 'dxgw', 'tgw-eu', { allowedPrefixes: ['10.0.0.0/8', '192.168.0.0/16'] }),
    link('tgw-peer', 'tgw-peering', 'tgw-us', 'tgw-eu'),
    link('dx-branch-l', 'dx-link', 'branch-cgw', 'dx-branch'),
    link('vif-branch', 'vif', 'dx-branch', 'dxgw', { type: 'transit' }),
  ];
  return { nodes, dxLinks, vpnLinks, others };
}

describe('order independence', () => {
  const { nodes, dxLinks, vpnLinks, others } = hybridScenario();
  const orders: Array<[string, Raw[], Raw[]]> = [
    ['VPN listed first', nodes, [...vpnLinks, ...dxLinks, ...others]],
    ['DX link listed first', nodes, [...dxLinks, ...vpnLinks, ...others]],
    ['nodes and connections reversed', [...nodes].reverse(), [...others, ...dxLinks, ...vpnLinks].reverse()],
  ];

  it.each(orders)('the branch is reachable from the site through the VPN, TGW-US, the peering and TGW-EU (%s)', (_, n, c) => {
    const doc = buildDocument(n, c);
    for (const [from, to] of [['hq', 'branch'], ['branch', 'hq']] as const) {
      const result = reach(doc, from, to);
      expect(result.reachable, `${from} → ${to}`).toBe(true);
      // The path crosses the DX gateway once, from the association to the branch's VIF.
      const path = from === 'hq' ? result.path : [...result.path].reverse();
      expect(path).toEqual(['hq', 'hq-cgw', 'vpn-hq-c', 'vpn-hq', 'vpn-hq-a', 'tgw-us', 'tgw-peer', 'tgw-eu', 'assoc-eu', 'dxgw', 'vif-branch', 'dx-branch', 'dx-branch-l', 'branch-cgw', 'branch']);
    }
  });

  it('when the association does not advertise HQ to the branch, neither reaches the other, whatever the order', () => {
    const answers = orders.map(([, n, c]) => {
      const narrowed = c.map((x) => (x.id === 'assoc-eu' ? { ...x, props: { allowedPrefixes: ['10.0.0.0/8'] } } : x));
      const doc = buildDocument(n, narrowed);
      return (['hq', 'branch'] as const).map((from) => {
        const result = reach(doc, from, from === 'hq' ? 'branch' : 'hq');
        return { reachable: result.reachable, rules: result.blockedBy.map((b) => b.rule).sort() };
      });
    });
    expect(answers[0]!.every((a) => !a.reachable)).toBe(true);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
  });

  it.each(orders)('without the VPN the DX gateway refuses VIF to VIF, whatever the order (%s)', (_, n, c) => {
    const doc = buildDocument(n, c.filter((x) => !String(x.id).startsWith('vpn-hq')));
    const result = reach(doc, 'hq', 'branch');
    expect(result.reachable).toBe(false);
    expect(result.blockedBy.map((b) => b.rule)).toEqual(['dxgw-not-transitive']);
  });
});
