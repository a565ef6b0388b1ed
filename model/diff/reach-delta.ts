/**
 * Which pairs of networks became reachable or unreachable between two documents, with the review
 * page's matrix on each side (so the comparison and the review never disagree). Only networks
 * present on both sides are compared: a network that came or went is in the element lists.
 */
import type { TopologyDocument } from '../document/types';
import { reachMatrix } from '../review/reach-matrix';

export interface ReachPair {
  /** Ids in the document after. */
  from: string;
  to: string;
  label: string;
}

export interface ReachabilityDelta {
  gained: ReachPair[];
  lost: ReachPair[];
}

export function reachabilityDelta(before: TopologyDocument, after: TopologyDocument, nodePairs: ReadonlyMap<string, string>): ReachabilityDelta {
  const x = reachMatrix(before);
  const y = reachMatrix(after);
  const answer = (m: typeof x) => {
    const out = new Map<string, boolean>();
    m.rows.forEach((row, i) =>
      m.columns.forEach((column, j) => {
        const cell = m.cells[i]?.[j];
        if (cell) out.set(`${row.id}→${column.id}`, cell.reachable);
      }),
    );
    return out;
  };
  const was = answer(x);
  const is = answer(y);
  // "Internet Internet" reads badly: the internet is named by its name alone.
  const labels = new Map([...y.rows, ...y.columns].map((n) => [n.id as string, n.kind === 'internet' ? n.name : n.label]));
  const delta: ReachabilityDelta = { gained: [], lost: [] };
  for (const row of x.rows) {
    for (const column of x.columns) {
      if (row.id === column.id) continue;
      const from = nodePairs.get(row.id);
      const to = nodePairs.get(column.id);
      if (from === undefined || to === undefined) continue;
      const then = was.get(`${row.id}→${column.id}`);
      const now = is.get(`${from}→${to}`);
      if (now === undefined || then === now) continue;
      const pair = { from, to, label: `${labels.get(from) ?? from} → ${labels.get(to) ?? to}` };
      (now ? delta.gained : delta.lost).push(pair);
    }
  }
  return delta;
}
