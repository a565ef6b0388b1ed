import type { TopologyIndex } from '../graph/topology-index';
import { findDuplicateConnections, type DuplicateConnection } from '../graph/duplicate-connections';
import { connectionName } from './wording';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const ENDS = [['vpc'], ['vpc']] as const;

function duplicatePeering(index: TopologyIndex, { duplicate, first, a, b }: DuplicateConnection): Finding {
  return finding(
    'peering-duplicate',
    `${index.describe(a)} and ${index.describe(b)} are already peered by peering connection ${connectionName(first)}; AWS allows only one peering connection between two VPCs.`,
    [duplicate.id, a.id, b.id, first.id],
  );
}

/** `peering-duplicate`: two peering connections join the same pair of VPCs. */
export const peeringDuplicate = defineRule('peering-duplicate', {
  check: (index) => findDuplicateConnections(index, index.connectionsOfKind('vpc-peering'), 'vpc-peering', ENDS).map((d) => duplicatePeering(index, d)),
  checkConnection: (index, c) =>
    c.kind !== 'vpc-peering'
      ? []
      : findDuplicateConnections(index, index.connectionsOf(c.source), 'vpc-peering', ENDS)
          .filter((d) => d.duplicate.id === c.id)
          .map((d) => duplicatePeering(index, d)),
});
