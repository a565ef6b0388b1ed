/** Asks the model whether one network reaches another, and turns the answer into what the canvas marks. */
import type { TopologyDocument } from '../../../model';
import { reach } from '../../../model/reach/reach';
import { ReachInputError } from '../../../model/reach/types';
import type { Highlight, ReachView } from '../store/editor-state';


export function runReach(doc: TopologyDocument, from: string, to: string): { view: ReachView; highlight: Highlight | null } {
  try {
    const result = reach(doc, from, to);
    const view: ReachView = { from, to, reachable: result.reachable, path: result.path, blockedBy: result.blockedBy };
    const elements = new Set<string>(result.reachable ? result.path : result.blockedBy.flatMap((b) => b.subjects));
    return { view, highlight: elements.size ? { tone: result.reachable ? 'path' : 'block', elements } : null };
  } catch (error) {
    const message = error instanceof ReachInputError || error instanceof Error ? error.message : String(error);
    return { view: { from, to, reachable: false, path: [], blockedBy: [], error: message }, highlight: null };
  }
}
