/** Asks the model whether one network reaches another, and turns the answer into what the canvas marks. */
import type { TopologyDocument, TopologyNode } from '../../../model';
import { reach, REACH_FROM_KINDS, REACH_TO_KINDS } from '../../../model/reach/reach';
import { ReachInputError } from '../../../model/reach/types';
import type { Highlight, ReachView } from '../store/editor-state';

/** True when the model can answer whether `a` reaches `b` (both are networks of the kinds reach knows). */
export function canAskReach(a: TopologyNode | undefined, b: TopologyNode | undefined): boolean {
  return !!a && !!b && REACH_FROM_KINDS.has(a.kind) && REACH_TO_KINDS.has(b.kind);
}

export function runReach(doc: TopologyDocument, from: string, to: string): { view: ReachView; highlight: Highlight | null } {
  try {
    const result = reach(doc, from, to);
    // `routes` is there only for a path through explicitly routed hops (and only once reach fills it).
    const view: ReachView = { from, to, reachable: result.reachable, path: result.path, blockedBy: result.blockedBy, ...(result.routes?.length ? { routes: result.routes } : {}) };
    const elements = new Set<string>(result.reachable ? result.path : result.blockedBy.flatMap((b) => b.subjects));
    return { view, highlight: elements.size ? { tone: result.reachable ? 'path' : 'block', elements } : null };
  } catch (error) {
    const message = error instanceof ReachInputError || error instanceof Error ? error.message : String(error);
    return { view: { from, to, reachable: false, path: [], blockedBy: [], error: message }, highlight: null };
  }
}
