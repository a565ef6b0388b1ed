/**
 * Return traffic (routing.md, "Forwarding" 6): connections are stateful, so a flow whose forward
 * path holds also needs the reply to route back. Asked only of routed answers (a question that
 * met no route table is version 1's, where every drawn connection routes both ways); a flow to the
 * internet always gets its reply, which is the NAT's or gateway's business.
 */
import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { graphOf } from '../reach/graph';
import { forwardDetailOf, replyFailure } from '../reach/routed-reach';
import type { ReachResult } from '../reach/types';
import type { Finding } from '../rules/finding';
import { finding } from '../rules/rule';

/**
 * The `route-return-missing` finding of a flow whose forward answer is `forward` (reachable), or
 * undefined when the reply routes back. Its subjects are the flow, then the VPC or transit
 * gateway and the route table where the reply stopped.
 */
export function returnProblem(index: TopologyIndex, flow: Connection, source: TopologyNode, target: TopologyNode, forward: ReachResult): Finding | undefined {
  if (target.kind === 'internet') return undefined;
  const detail = forwardDetailOf(forward);
  if (!detail) return undefined;
  const failure = replyFailure(graphOf(index), target, source, detail.replyTo);
  if (!failure) return undefined;
  const name = flow.name?.trim() || flow.id;
  const subjects: string[] = [flow.id];
  const stoppedAt = failure.place ? [failure.place.owner, failure.place.table] : failure.blocker.subjects;
  for (const id of stoppedAt) if (!subjects.includes(id)) subjects.push(id);
  return finding(
    'route-return-missing',
    `Flow ${name} (${index.label(source)} → ${index.label(target)}) reaches ${index.label(target)}, but the reply has no route back to ${detail.replyTo.text}. ${failure.blocker.message}`,
    subjects,
    'error',
  );
}
