import { contains, type CidrBlock } from '../cidr/cidr';
import type { Connection, TopologyNode } from '../document/types';
import { routeFactsOf, routingOf, tgwAttachments } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The on-premises networks behind a VPN connection: the sites holding its customer gateways. */
function sitesOf(index: TopologyIndex, vpn: TopologyNode): TopologyNode[] {
  const sites: TopologyNode[] = [];
  for (const link of index.connectionsOf(vpn.id)) {
    const end = link.kind === 'vpn-link' ? index.otherEnd(link, vpn.id) : undefined;
    const site = end?.kind === 'customer-gateway' ? index.ancestorOfKind(end, 'on-premises') : undefined;
    if (site && !sites.includes(site)) sites.push(site);
  }
  return sites;
}

/** The destinations of every transit gateway static route, by gateway and target: read once, not once per VPN. */
function destinationsByTarget(index: TopologyIndex): Map<string, CidrBlock[]> {
  const byTarget = new Map<string, CidrBlock[]>();
  for (const { owner, route, destination } of routeFactsOf(index).tgwRoutes) {
    if (!destination) continue;
    const key = `${owner.node.id}\u0000${route.target}`;
    const list = byTarget.get(key);
    if (list) list.push(destination);
    else byTarget.set(key, [destination]);
  }
  return byTarget;
}

function missingRoutes(index: TopologyIndex, tgw: TopologyNode, byTarget: () => Map<string, CidrBlock[]>, link: Connection): Finding | undefined {
  const vpn = index.otherEnd(link, tgw.id);
  if (vpn?.kind !== 'vpn-connection' || index.props(vpn).routing !== 'static') return undefined;
  const routed = byTarget().get(`${tgw.id}\u0000${link.id}`) ?? [];
  const sites = sitesOf(index, vpn);
  const missing: string[] = [];
  for (const site of sites) {
    for (const block of index.ipv4Blocks(site)) if (!routed.some((r) => contains(r, block))) missing.push(block.text);
  }
  if (missing.length === 0) return undefined;
  const names = sites.map((s) => index.label(s)).join(' and ');
  return finding(
    'vpn-static-no-route',
    `${index.label(vpn)} to ${index.label(tgw)} uses static routing, but no static route in the transit gateway's tables sends ${missing.join(', ')} (of ${names}) to it: ` +
      'a static VPN propagates nothing, so add a route for each site block that targets the VPN attachment.',
    [link.id, vpn.id, ...sites.map((s) => s.id), tgw.id],
  );
}

/**
 * `vpn-static-no-route`: a static VPN attachment of an explicitly routed transit gateway with a
 * site block that no static route (targeting that attachment, with a destination containing the
 * block) covers. An implicitly routed gateway is taken to route every attachment, as in version 1.
 */
export const vpnStaticNoRoute = defineRule('vpn-static-no-route', {
  check: (index) => {
    const findings: Finding[] = [];
    let byTarget: Map<string, CidrBlock[]> | undefined;
    const lookup = () => (byTarget ??= destinationsByTarget(index));
    for (const routed of routingOf(index).tgws) {
      for (const attachment of tgwAttachments(index, routed.tgw).values()) {
        if (attachment.kind !== 'vpn-link') continue;
        const problem = missingRoutes(index, routed.tgw, lookup, attachment);
        if (problem) findings.push(problem);
      }
    }
    return findings;
  },
});
