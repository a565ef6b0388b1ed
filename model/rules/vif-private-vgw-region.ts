import type { Connection } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { vifEnds } from '../graph/direct-connect-ends';
import { sentence } from './wording';

/**
 * A private VIF straight to a VGW reaches only a VGW in the DX connection's own region; other
 * regions need a DX gateway. Says nothing when either region is unknown.
 */
function vifRegionProblem(index: TopologyIndex, vif: Connection): Finding | undefined {
  const ends = vifEnds(index, vif);
  if (!ends || ends.type !== 'private' || ends.end.kind !== 'vpn-gateway') return undefined;
  const dxRegion = index.regionOf(ends.dx);
  const vgwRegion = index.regionOf(ends.end);
  if (dxRegion === undefined || vgwRegion === undefined || dxRegion === vgwRegion) return undefined;
  return finding(
    'vif-private-vgw-region',
    `${sentence(index.connectionLabel(vif, 'private virtual interface'))} goes from ${index.label(ends.dx)} in ${dxRegion} straight to ${index.label(ends.end)} in ${vgwRegion}; ` +
      'a private VIF reaches a virtual private gateway only in its connection\'s region, so use a Direct Connect gateway for other regions.',
    [vif.id, ends.end.id, ends.dx.id],
  );
}

/** `vif-private-vgw-region`: a private VIF goes straight to a VGW in a region other than its DX connection's. */
export const vifPrivateVgwRegion = defineRule('vif-private-vgw-region', {
  check: (index) => index.connectionsOfKind('vif').flatMap((c) => vifRegionProblem(index, c) ?? []),
  checkConnection: (index, c) => [vifRegionProblem(index, c)].filter((f): f is Finding => !!f),
});
