/**
 * Flows (rules.md, "Flows"): a `flow` connection states that its source must reach its target.
 * Validation runs `reach` for it (both ways when `bidirectional`; toward the internet outbound
 * only) and, when it fails, emits one error finding whose rule is the first rule that blocks it
 * (`flow-no-path`, `nat-remote-use`, `peering-not-transitive`, …), whatever that rule's usual
 * severity, with the flow's id first among its subjects.
 */
import type { Connection, ElementId, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { kindJoins } from '../kinds/connection-kinds';
import { reachEach, reachIn, type ReachQuestion } from '../reach/reach';
import { ReachInputError, type ReachResult } from '../reach/types';
import type { Finding } from '../rules/finding';
import { defineRule, finding } from '../rules/rule';
import { returnProblem } from './route-return';

/** A flow to check: its ends, and the directions `reach` must hold in, the stated one first. */
interface FlowCheck {
  flow: Connection;
  source: TopologyNode;
  target: TopologyNode;
  directions: Array<readonly [from: TopologyNode, to: TopologyNode]>;
}

/** What a flow asks of `reach` (undefined: its ends are missing, equal or not for a flow, which other rules report). */
function flowCheck(index: TopologyIndex, flow: Connection): FlowCheck | undefined {
  if (flow.kind !== 'flow') return undefined;
  const source = index.node(flow.source);
  const target = index.node(flow.target);
  if (!source || !target || source === target || !kindJoins('flow', source.kind, target.kind)) return undefined;
  const { bidirectional } = index.connectionProps(flow);
  const directions: FlowCheck['directions'] = [[source, target]];
  // The internet is never a source: a flow to it is outbound only.
  if (bidirectional && target.kind !== 'internet') directions.push([target, source]);
  return { flow, source, target, directions };
}

/**
 * The finding when `reach`'s answer for one direction stops the flow; undefined when the flow holds
 * that way (or the ends are of a kind `reach` refuses, which is `connection-ends-invalid`'s to report).
 */
function directionProblem(index: TopologyIndex, check: FlowCheck, from: TopologyNode, answer: ReachResult | ReachInputError): Finding | undefined {
  if (answer instanceof ReachInputError) return undefined;
  const { flow, source, target, directions } = check;
  // Forward, then the reply (routing.md, "Forwarding" 6), then the reverse direction.
  if (answer.reachable && from === source) return returnProblem(index, flow, source, target, answer);
  const blocker = answer.blockedBy[0];
  if (answer.reachable || !blocker) return undefined;
  const name = flow.name?.trim() || flow.id;
  const arrow = directions.length > 1 ? '↔' : '→';
  const way = from === source ? '' : ` from ${index.label(target)} back to ${index.label(source)}`;
  const subjects: ElementId[] = [flow.id];
  for (const id of blocker.subjects) if (!subjects.includes(id)) subjects.push(id);
  return finding(blocker.rule, `Flow ${name} (${index.label(source)} ${arrow} ${index.label(target)}) does not hold${way}. ${blocker.message}`, subjects, 'error');
}

function reachOrError(index: TopologyIndex, from: string, to: string): ReachResult | ReachInputError {
  try {
    return reachIn(index, from, to);
  } catch (error) {
    if (error instanceof ReachInputError) return error;
    throw error;
  }
}

/**
 * The finding for one flow that does not hold (undefined: it holds, or its ends are not for a
 * flow), asking `reach` one direction at a time. `flowProblems` gives the same findings for many
 * flows at once; this is its reference.
 */
export function flowProblem(index: TopologyIndex, flow: Connection): Finding | undefined {
  const check = flowCheck(index, flow);
  if (!check) return undefined;
  for (const [from, to] of check.directions) {
    const problem = directionProblem(index, check, from, reachOrError(index, from.id, to.id));
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The findings of every flow that does not hold, in flow order: `flowProblem` for each, with the
 * questions to `reach` asked together, grouped by the search that answers them (`reachEach`), so a
 * source with many flows is searched once. The way back of a bidirectional flow is asked only when
 * the way there holds, as `flowProblem` does.
 */
export function flowProblems(index: TopologyIndex, flows: readonly Connection[] = index.connectionsOfKind('flow')): Finding[] {
  const problems = new Array<Finding | undefined>(flows.length);
  // Flows still open, by their position: each round asks the next direction of every one of them.
  let open: Array<{ at: number; check: FlowCheck }> = [];
  flows.forEach((flow, at) => {
    const check = flowCheck(index, flow);
    if (check) open.push({ at, check });
  });
  for (let round = 0; open.length > 0; round++) {
    const asked = open.filter(({ check }) => round < check.directions.length);
    const questions = asked.map(({ check }): ReachQuestion => [check.directions[round]![0].id, check.directions[round]![1].id]);
    const answers = reachEach(index, questions);
    open = [];
    asked.forEach((item, i) => {
      const problem = directionProblem(index, item.check, item.check.directions[round]![0], answers[i]!);
      if (problem) problems[item.at] = problem;
      else open.push(item);
    });
  }
  return problems.filter((p): p is Finding => p !== undefined);
}

/** `flow-no-path` and every rule that can stop a flow: one error per flow that does not hold. */
export const flowNoPath = defineRule('flow-no-path', { check: (index) => flowProblems(index) });
