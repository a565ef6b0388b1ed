import type { Connection } from '../document/types';
import { CONNECTION_KINDS, kindJoins } from '../kinds/connection-kinds';
import { NODE_KINDS } from '../kinds/node-kinds';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const kindList = (kinds: readonly string[]) => kinds.map((k) => NODE_KINDS[k as keyof typeof NODE_KINDS].label).join(', ');

/** Why a connection's ends do not fit its kind (undefined: they do). */
export function endsProblem(index: TopologyIndex, connection: Connection): Finding | undefined {
  const source = index.node(connection.source);
  const target = index.node(connection.target);
  const spec = CONNECTION_KINDS[connection.kind];
  if (!source || !target) return undefined;
  if (source.id === target.id) {
    return finding('connection-ends-invalid', `${spec.label} ${connection.name ?? connection.id} joins ${index.label(source)} to itself.`, [connection.id, source.id]);
  }
  if (kindJoins(connection.kind, source.kind, target.kind)) return undefined;
  const [a, b] = spec.ends;
  const direction = spec.directed ? 'from' : 'between';
  return finding(
    'connection-ends-invalid',
    `A ${spec.label.toLowerCase()} cannot join ${index.label(source)} and ${index.label(target)}: it goes ${direction} a ${kindList(a)} ${spec.directed ? 'to' : 'and'} a ${kindList(b)}.`,
    [connection.id, source.id, target.id],
  );
}

export const connectionEndsInvalid = defineRule('connection-ends-invalid', {
  check: (index) => index.connections().flatMap((c) => endsProblem(index, c) ?? []),
  checkConnection: (index, c) => [endsProblem(index, c)].filter((f): f is Finding => !!f),
});
