/**
 * Findings looked up per element: a document's findings folded once into a map from element id to
 * its worst severity and count, which nodes and edges read. The map is kept per findings list, so
 * documents that share one (a geometry-only change carries them) share the map too.
 */
import { validate, type Finding, type Severity, type TopologyDocument } from '../../../model';

export interface Badge {
  severity: Severity;
  count: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const cache = new WeakMap<readonly Finding[], Map<string, Badge>>();

/** Every element's badge for these findings; elements without findings are absent. */
export function badgesFrom(findings: readonly Finding[]): ReadonlyMap<string, Badge> {
  let badges = cache.get(findings);
  if (badges) return badges;
  badges = new Map();
  for (const f of findings) {
    for (const id of new Set(f.subjects)) {
      const badge = badges.get(id);
      if (!badge) badges.set(id, { severity: f.severity, count: 1 });
      else badges.set(id, { severity: RANK[f.severity] < RANK[badge.severity] ? f.severity : badge.severity, count: badge.count + 1 });
    }
  }
  cache.set(findings, badges);
  return badges;
}

/** Every element's badge, validating `doc` here (the export, which needs the document's own findings). */
export function badgesOf(doc: TopologyDocument): ReadonlyMap<string, Badge> {
  return badgesFrom(validate(doc));
}

/** The findings among `findings` that name `id` among their subjects. */
export function findingsAbout(findings: readonly Finding[], id: string): Finding[] {
  return findings.filter((f) => f.subjects.includes(id as Finding['subjects'][number]));
}

export const sameBadge = (a: Badge | undefined, b: Badge | undefined) => a?.severity === b?.severity && a?.count === b?.count;
