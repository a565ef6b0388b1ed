import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { findDuplicateConnections, type DuplicateConnection } from '../graph/duplicate-connections';
import { connectionName } from './wording';

function duplicateTgwPeering(index: TopologyIndex, { duplicate, first, a, b }: DuplicateConnection): Finding {
  return finding(
    'tgw-peering-duplicate',
    `${index.label(a)} and ${index.label(b)} are already peered by transit gateway peering ${connectionName(first)}; AWS allows only one peering attachment between two transit gateways.`,
    [duplicate.id, a.id, b.id, first.id],
  );
}

const ENDS = [['transit-gateway'], ['transit-gateway']] as const;

/** `tgw-peering-duplicate`: two transit gateway peerings join the same pair of transit gateways. */
export const tgwPeeringDuplicate = defineRule('tgw-peering-duplicate', {
  check: (index) =>
    findDuplicateConnections(index, index.connectionsOfKind('tgw-peering'), 'tgw-peering', ENDS).map((d) => duplicateTgwPeering(index, d)),
  checkConnection: (index, c) =>
    c.kind !== 'tgw-peering'
      ? []
      : findDuplicateConnections(index, index.connectionsOf(c.source), 'tgw-peering', ENDS)
          .filter((d) => d.duplicate.id === c.id)
          .map((d) => duplicateTgwPeering(index, d)),
});
