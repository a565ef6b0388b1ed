import { attachmentLabel, routeTableLabel, routingOf, tgwAttachments, type RoutedTgw } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import type { TgwRouteTable } from '../kinds/route-tables';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

function multipleOn(index: TopologyIndex, { tgw, tables }: RoutedTgw): Finding[] {
  const attachments = tgwAttachments(index, tgw);
  const tablesOf = new Map<string, TgwRouteTable[]>();
  for (const table of tables) {
    for (const id of new Set(table.associations ?? [])) {
      // An id that is not an attachment here is route-table-ref's finding.
      if (!attachments.has(id)) continue;
      const list = tablesOf.get(id);
      if (list) list.push(table);
      else tablesOf.set(id, [table]);
    }
  }
  const findings: Finding[] = [];
  for (const [id, list] of tablesOf) {
    if (list.length < 2) continue;
    findings.push(
      finding(
        'tgw-association-multiple',
        `${attachmentLabel(index, tgw, attachments.get(id)!)} is associated with ${list.length} route tables of ${index.label(tgw)} (${list.map((t) => routeTableLabel(t)).join(', ')}); ` +
          'an attachment is associated with exactly one table, which routes the traffic it brings.',
        [id, tgw.id, ...list.map((t) => t.id)],
      ),
    );
  }
  return findings;
}

/** `tgw-association-multiple`: an attachment associated with more than one table of its transit gateway. */
export const tgwAssociationMultiple = defineRule('tgw-association-multiple', {
  check: (index) => routingOf(index).tgws.flatMap((routed) => multipleOn(index, routed)),
});
