import type { Connection } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** An error when a VPC attachment, or a VPN connection's link to a transit gateway, crosses regions. Unknown regions say nothing. */
function regionMismatch(index: TopologyIndex, c: Connection): Finding | undefined {
  if (c.kind !== 'tgw-attachment' && c.kind !== 'vpn-link') return undefined;
  const ends = [index.node(c.source), index.node(c.target)];
  const tgw = ends.find((n) => n?.kind === 'transit-gateway');
  const other = ends.find((n) => n?.kind === (c.kind === 'tgw-attachment' ? 'vpc' : 'vpn-connection'));
  if (!tgw || !other) return undefined;
  const tgwRegion = index.regionOf(tgw);
  const otherRegion = index.regionOf(other);
  if (!tgwRegion || !otherRegion || tgwRegion === otherRegion) return undefined;
  const what = other.kind === 'vpc' ? 'VPCs' : 'VPN connections';
  return finding(
    'tgw-region-mismatch',
    `${index.describe(other)} is in ${otherRegion} but ${index.label(tgw)} is in ${tgwRegion}; a transit gateway attaches only ${what} of its own region (reach other regions through a transit gateway peering).`,
    [c.id, other.id, tgw.id],
  );
}

/** `tgw-region-mismatch`: a VPC attachment or a VPN attachment joins a transit gateway in another region. */
export const tgwRegionMismatch = defineRule('tgw-region-mismatch', {
  check: (index) =>
    [...index.connectionsOfKind('tgw-attachment'), ...index.connectionsOfKind('vpn-link')].flatMap((c) => regionMismatch(index, c) ?? []),
  checkConnection: (index, c) => [regionMismatch(index, c)].filter((f): f is Finding => !!f),
});
