import type { Connection } from '../document/types';
import { CONNECTION_KINDS, kindJoins } from '../kinds/connection-kinds';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { inSentence, kindPhrase, kindPhrases } from './wording';

/** A connection kind's label without its palette note: "Flow", not "Flow (intent)". */
const kindLabel = (connection: Connection) => CONNECTION_KINDS[connection.kind].label.replace(/\s*\(.*\)$/, '');

/** Why a connection's ends do not fit its kind (undefined: they do). */
function endsProblem(index: TopologyIndex, connection: Connection): Finding | undefined {
  const source = index.node(connection.source);
  const target = index.node(connection.target);
  const spec = CONNECTION_KINDS[connection.kind];
  if (!source || !target) return undefined;
  if (source.id === target.id) {
    return finding('connection-ends-invalid', `${index.connectionLabel(connection)} joins ${index.label(source)} to itself.`, [connection.id, source.id]);
  }
  if (kindJoins(connection.kind, source.kind, target.kind)) return undefined;
  const [a, b] = spec.ends;
  const rule = spec.directed
    ? `goes from ${kindPhrases(a)} to ${kindPhrases(b)}`
    : a.length === 1 && b.length === 1 && a[0] === b[0]
      ? `joins ${kindPhrase(a[0])} and another ${kindPhrase(a[0]).replace(/^an? /, '')}`
      : `joins ${kindPhrases(a)} and ${kindPhrases(b)}`;
  return finding(
    'connection-ends-invalid',
    `${index.connectionLabel(connection)} cannot join ${index.label(source)} to ${index.label(target)}: ${inSentence(kindLabel(connection))} ${rule}.`,
    [connection.id, source.id, target.id],
  );
}

/** `connection-ends-invalid`: a connection joining kinds its kind does not join, or a node to itself. */
export const connectionEndsInvalid = defineRule('connection-ends-invalid', {
  check: (index) => index.connections().flatMap((c) => endsProblem(index, c) ?? []),
  checkConnection: (index, c) => [endsProblem(index, c)].filter((f): f is Finding => !!f),
});
