/**
 * Findings looked up per element: one `validate` per document (cached by the model), folded once
 * into a map from element id to its worst severity and count, which nodes and edges read.
 */
import { validate, type Finding, type Severity, type TopologyDocument } from '../../../model';

export interface Badge {
  severity: Severity;
  count: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const cache = new WeakMap<TopologyDocument, Map<string, Badge>>();

/** Every element's badge; elements without findings are absent. */
export function badgesOf(doc: TopologyDocument): ReadonlyMap<string, Badge> {
  let badges = cache.get(doc);
  if (badges) return badges;
  badges = new Map();
  for (const f of validate(doc)) {
    for (const id of new Set(f.subjects)) {
      const badge = badges.get(id);
      if (!badge) badges.set(id, { severity: f.severity, count: 1 });
      else badges.set(id, { severity: RANK[f.severity] < RANK[badge.severity] ? f.severity : badge.severity, count: badge.count + 1 });
    }
  }
  cache.set(doc, badges);
  return badges;
}

/** The findings that name `id` among their subjects. */
export function findingsAbout(doc: TopologyDocument, id: string): Finding[] {
  return validate(doc).filter((f) => f.subjects.includes(id as Finding['subjects'][number]));
}

export const sameBadge = (a: Badge | undefined, b: Badge | undefined) => a?.severity === b?.severity && a?.count === b?.count;
