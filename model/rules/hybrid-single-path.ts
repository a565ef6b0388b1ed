import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { vpnLinksBySide } from '../graph/vpn-links';

/** The ways one site reaches AWS: VPN connections with an AWS side, and DX connections with at least one VIF. */
interface SitePaths {
  vpns: Set<TopologyNode>;
  dx: Set<TopologyNode>;
}

/**
 * Sites (on-premises networks, or a customer gateway drawn alone) with their paths to AWS.
 * Half-drawn paths (a VPN without an AWS side, a DX connection without a VIF) reach nothing, so they do not count.
 */
function pathsBySite(index: TopologyIndex): Map<TopologyNode, SitePaths> {
  const sites = new Map<TopologyNode, SitePaths>();
  for (const cgw of index.nodesOfKind('customer-gateway')) {
    const site = index.ancestorOfKind(cgw, 'on-premises') ?? cgw;
    let paths = sites.get(site);
    if (!paths) sites.set(site, (paths = { vpns: new Set(), dx: new Set() }));
    for (const c of index.connectionsOf(cgw.id)) {
      const other = index.otherEnd(c, cgw.id);
      if (c.kind === 'vpn-link' && other?.kind === 'vpn-connection' && vpnLinksBySide(index, other).aws.length > 0) paths.vpns.add(other);
      if (c.kind === 'dx-link' && other?.kind === 'dx-connection' && index.connectionsOf(other.id).some((v) => v.kind === 'vif')) paths.dx.add(other);
    }
  }
  return sites;
}

function singlePath(index: TopologyIndex, site: TopologyNode, paths: SitePaths): Finding | undefined {
  const [only, ...others] = paths.vpns;
  if (!only || others.length > 0 || paths.dx.size > 0) return undefined;
  return finding(
    'hybrid-single-path',
    `${index.describe(site)} reaches AWS only through ${index.label(only)}, a single point of failure; a second VPN connection (ideally from a second customer gateway) or a Direct Connect connection would keep it connected.`,
    [site.id, only.id],
  );
}

/** `hybrid-single-path`: an on-premises network reaches AWS through exactly one VPN connection and nothing else. */
export const hybridSinglePath = defineRule('hybrid-single-path', {
  check: (index) => [...pathsBySite(index)].flatMap(([site, paths]) => singlePath(index, site, paths) ?? []),
});
