import { attachmentLabel, isAttachmentOf, routeTableLabel, routingOf, type RoutedTgw, sentence } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

function peeringPropagationsOn(index: TopologyIndex, { tgw, tables }: RoutedTgw): Finding[] {
  const findings: Finding[] = [];
  for (const table of tables) {
    for (const id of new Set(table.propagations ?? [])) {
      const connection = index.connection(id);
      // A peering of other gateways is route-table-ref's finding.
      if (connection?.kind !== 'tgw-peering' || !isAttachmentOf(connection, tgw)) continue;
      findings.push(
        finding(
          'tgw-peering-propagation',
          `${sentence(routeTableLabel(table))} of ${index.label(tgw)} propagates from ${attachmentLabel(index, tgw, connection)}, but a transit gateway peering propagates no routes: ` +
            "add static routes for the peer's blocks that target the peering instead.",
          [id, tgw.id, table.id],
        ),
      );
    }
  }
  return findings;
}

/** `tgw-peering-propagation`: a transit gateway peering attachment listed among a table's propagations. */
export const tgwPeeringPropagation = defineRule('tgw-peering-propagation', {
  check: (index) => routingOf(index).tgws.flatMap((routed) => peeringPropagationsOn(index, routed)),
});
