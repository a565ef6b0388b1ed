/**
 * Flows (rules.md, "Flows"): a `flow` connection states that its source must reach its target.
 * Validation runs `reach` for it (both ways when `bidirectional`; toward the internet outbound
 * only) and, when it fails, emits one error finding whose rule is the first rule that blocks it
 * (`flow-no-path`, `nat-remote-use`, `peering-not-transitive`, …), whatever that rule's usual
 * severity, with the flow's id first among its subjects.
 */
import type { Connection, ElementId } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { kindJoins } from '../kinds/connection-kinds';
import { reachIn } from '../reach/reach';
import { ReachInputError, type ReachResult } from '../reach/types';
import type { Finding } from '../rules/finding';
import { defineRule, finding } from '../rules/rule';

function reachOrUndefined(index: TopologyIndex, from: string, to: string): ReachResult | undefined {
  try {
    return reachIn(index, from, to);
  } catch (error) {
    // Ends of the wrong kind are `connection-ends-invalid`'s to report.
    if (error instanceof ReachInputError) return undefined;
    throw error;
  }
}

/** The finding for a flow that does not hold (undefined: it holds, or its ends are not for a flow). */
function flowProblem(index: TopologyIndex, flow: Connection): Finding | undefined {
  const source = index.node(flow.source);
  const target = index.node(flow.target);
  if (!source || !target || source === target || !kindJoins('flow', source.kind, target.kind)) return undefined;
  const { bidirectional } = index.connectionProps(flow as Connection<'flow'>);
  const directions: Array<[typeof source, typeof target]> = [[source, target]];
  // The internet is never a source: a flow to it is outbound only.
  if (bidirectional && target.kind !== 'internet') directions.push([target, source]);
  const name = flow.name?.trim() || flow.id;
  const arrow = bidirectional && target.kind !== 'internet' ? '↔' : '→';
  for (const [from, to] of directions) {
    const result = reachOrUndefined(index, from.id, to.id);
    const blocker = result?.blockedBy[0];
    if (!result || result.reachable || !blocker) continue;
    const way = from === source ? '' : ` from ${index.label(from)} back to ${index.label(to)}`;
    const subjects: ElementId[] = [flow.id];
    for (const id of blocker.subjects) if (!subjects.includes(id)) subjects.push(id);
    return finding(blocker.rule, `Flow ${name} (${index.label(source)} ${arrow} ${index.label(target)}) does not hold${way}. ${blocker.message}`, subjects, 'error');
  }
  return undefined;
}

/** `flow-no-path` and every rule that can stop a flow: one error per flow that does not hold. */
export const flowNoPath = defineRule('flow-no-path', {
  check: (index) => index.connectionsOfKind('flow').flatMap((flow) => flowProblem(index, flow) ?? []),
});
