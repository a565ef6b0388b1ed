import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { vpnLinksBySide } from '../graph/vpn-links';

/** One site's VPN to a VGW: the VPN connection, its customer gateway, and the site the gateway belongs to. */
interface SiteVpn {
  vpn: TopologyNode<'vpn-connection'>;
  cgw: TopologyNode<'customer-gateway'>;
  /** The on-premises network holding the customer gateway, or the gateway itself when drawn alone. */
  site: TopologyNode;
}

/** The site-side ends of every VPN connection that ends on the VGW, in document order. */
function siteVpnsOf(index: TopologyIndex, vgw: TopologyNode): SiteVpn[] {
  const result: SiteVpn[] = [];
  const seen = new Set<string>();
  for (const link of index.connectionsOf(vgw.id)) {
    const vpn = link.kind === 'vpn-link' ? index.otherEnd(link, vgw.id) : undefined;
    if (vpn?.kind !== 'vpn-connection' || seen.has(vpn.id)) continue;
    seen.add(vpn.id);
    for (const { end: cgw } of vpnLinksBySide(index, vpn).customer) {
      result.push({ vpn, cgw, site: index.ancestorOfKind(cgw, 'on-premises') ?? cgw });
    }
  }
  return result;
}

/** Names a customer gateway with its site, e.g. `Customer gateway hq-router of On-premises network HQ (192.168.0.0/16)`. */
function gatewayOfSite(index: TopologyIndex, entry: SiteVpn): string {
  return entry.site === entry.cgw ? index.label(entry.cgw) : `${index.label(entry.cgw)} of ${index.describe(entry.site)}`;
}

/** CloudHub problems on one VGW: VPNs with static routing, and customer gateways of different sites sharing an ASN. */
function cloudHubProblems(index: TopologyIndex, vgw: TopologyNode<'vpn-gateway'>): Finding[] {
  const entries = siteVpnsOf(index, vgw);
  // CloudHub matters only when the VGW joins at least two sites.
  if (new Set(entries.map((e) => e.site.id)).size < 2) return [];
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const byAsn = new Map<number, { first: SiteVpn; gateways: Set<string> }>();
  for (const entry of entries) {
    if (index.props(entry.vpn).routing === 'static') {
      if (reported.has(entry.vpn.id)) continue;
      reported.add(entry.vpn.id);
      findings.push(
        finding(
          'vpn-cloudhub-asn',
          `${index.label(entry.vpn)} uses static routing to ${index.label(vgw)}, which joins several sites; VPN CloudHub needs BGP, so ${index.describe(entry.site)} cannot reach the other sites through it.`,
          [entry.vpn.id, vgw.id, entry.site.id],
        ),
      );
      continue;
    }
    // An unknown ASN is not a clash: the designer has not chosen it yet.
    const asn = index.props(entry.cgw).asn;
    if (asn === undefined) continue;
    const group = byAsn.get(asn);
    if (!group) {
      byAsn.set(asn, { first: entry, gateways: new Set([entry.cgw.id]) });
      continue;
    }
    // A set, not a scan of the group: thousands of sites sharing one ASN would be quadratic.
    if (group.gateways.has(entry.cgw.id)) continue;
    group.gateways.add(entry.cgw.id);
    const first = group.first;
    if (first.site.id === entry.site.id) continue;
    findings.push(
      finding(
        'vpn-cloudhub-asn',
        `${gatewayOfSite(index, entry)} and ${gatewayOfSite(index, first)} both use BGP ASN ${asn} on ${index.label(vgw)}; VPN CloudHub needs a unique ASN per site, so these sites cannot reach each other through it.`,
        [entry.cgw.id, first.cgw.id, vgw.id, entry.vpn.id, first.vpn.id],
      ),
    );
  }
  return findings;
}

/** `vpn-cloudhub-asn`: sites on one VGW share a BGP ASN, or one of their VPNs uses static routing. */
export const vpnCloudhubAsn = defineRule('vpn-cloudhub-asn', {
  check: (index) => index.nodesOfKind('vpn-gateway').flatMap((vgw) => cloudHubProblems(index, vgw)),
});
