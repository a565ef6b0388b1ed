import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { findDuplicateConnections, type DuplicateConnection } from '../graph/duplicate-connections';
import { connectionName } from './wording';

function duplicateAttachment(index: TopologyIndex, { duplicate, first, a, b }: DuplicateConnection): Finding {
  const [tgw, vpc] = a.kind === 'transit-gateway' ? [a, b] : [b, a];
  return finding(
    'tgw-duplicate-attachment',
    `${index.describe(vpc)} is already attached to ${index.label(tgw)} by attachment ${connectionName(first)}; a transit gateway takes only one attachment per VPC.`,
    [duplicate.id, vpc.id, tgw.id, first.id],
  );
}

const ENDS = [['transit-gateway'], ['vpc']] as const;

/** `tgw-duplicate-attachment`: one transit gateway has two attachments to the same VPC. */
export const tgwDuplicateAttachment = defineRule('tgw-duplicate-attachment', {
  check: (index) =>
    findDuplicateConnections(index, index.connectionsOfKind('tgw-attachment'), 'tgw-attachment', ENDS).map((d) => duplicateAttachment(index, d)),
  checkConnection: (index, c) =>
    c.kind !== 'tgw-attachment'
      ? []
      : findDuplicateConnections(index, index.connectionsOf(c.source), 'tgw-attachment', ENDS)
          .filter((d) => d.duplicate.id === c.id)
          .map((d) => duplicateAttachment(index, d)),
});
