import { attachmentLabel, routingOf, tgwAttachments, type RoutedTgw } from '../graph/routing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

function unassociatedOn(index: TopologyIndex, { tgw, tables }: RoutedTgw): Finding[] {
  const associated = new Set<string>();
  for (const table of tables) for (const id of table.associations ?? []) associated.add(id);
  const findings: Finding[] = [];
  for (const [id, attachment] of tgwAttachments(index, tgw)) {
    if (associated.has(id)) continue;
    findings.push(
      finding(
        'tgw-attachment-unassociated',
        `${attachmentLabel(index, tgw, attachment)} is associated with no route table of ${index.label(tgw)}, so the transit gateway drops all the traffic that arrives through it; associate it with one table.`,
        [id, tgw.id],
      ),
    );
  }
  return findings;
}

/**
 * `tgw-attachment-unassociated`: an attachment of an explicitly routed transit gateway that no
 * table is associated with. An implicitly routed gateway associates every attachment with its default table.
 */
export const tgwAttachmentUnassociated = defineRule('tgw-attachment-unassociated', {
  check: (index) => routingOf(index).tgws.flatMap((routed) => unassociatedOn(index, routed)),
});
