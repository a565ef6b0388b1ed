/**
 * Which element of one document is which element of another: by AWS id (`props.origin.id`) when
 * both have one, else by id, else by kind, name and address block, each element matched once.
 * Comparing a design with what was imported works because the importer keeps AWS ids in `origin`.
 */

/** What matching needs of a node, connection or route table. */
export interface Matchable {
  id: string;
  originId?: string;
  /** Kind, name and address block (or ends), for elements that share neither AWS id nor id. */
  signature?: string;
}

/** Pairs of matched ids (before → after), and what is left on each side. */
export interface Matching {
  pairs: Map<string, string>;
  removed: string[];
  added: string[];
}

export function matchElements(before: readonly Matchable[], after: readonly Matchable[]): Matching {
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  const pass = (key: (m: Matchable) => string | undefined) => {
    const candidates = new Map<string, string[]>();
    for (const m of after) {
      const k = key(m);
      if (k !== undefined && !taken.has(m.id)) candidates.set(k, [...(candidates.get(k) ?? []), m.id]);
    }
    for (const m of before) {
      if (pairs.has(m.id)) continue;
      const k = key(m);
      const list = k === undefined ? undefined : candidates.get(k);
      const next = list?.find((id) => !taken.has(id));
      if (next === undefined) continue;
      pairs.set(m.id, next);
      taken.add(next);
    }
  };
  pass((m) => m.originId);
  pass((m) => m.id);
  pass((m) => m.signature);
  return {
    pairs,
    removed: before.filter((m) => !pairs.has(m.id)).map((m) => m.id),
    added: after.filter((m) => !taken.has(m.id)).map((m) => m.id),
  };
}
