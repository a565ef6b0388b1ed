/** `validate(doc)`: every rule over the document, in deterministic order. */
import type { TopologyDocument } from './document/types';
import { indexOf } from './graph/topology-index';
import { compareFindings, type Finding } from './rules/finding';
import { RULES } from './all-rules';
import type { Rule } from './rules/rule';

const cache = new WeakMap<TopologyDocument, Finding[]>();

/**
 * Findings of every rule, sorted by severity, rule and subjects. Results are cached per document
 * object, so the editor, its badges and its panel can all ask without validating twice.
 */
export function validate(doc: TopologyDocument, rules: readonly Rule[] = RULES): Finding[] {
  const cached = rules === RULES ? cache.get(doc) : undefined;
  if (cached) return cached;
  const index = indexOf(doc);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule.check(index)) {
      const key = `${f.rule}\u0000${f.severity}\u0000${f.subjects.join('\u0000')}\u0000${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  if (rules === RULES) cache.set(doc, findings);
  return findings;
}

/**
 * The findings already known for `doc` (validated, seeded or carried), without validating it: lets
 * a caller tell whether `validate(doc)` would answer at once or do the whole work.
 */
export function cachedFindings(doc: TopologyDocument): Finding[] | undefined {
  return cache.get(doc);
}

/**
 * Records `findings`, worked out elsewhere, as `validate(doc)`'s answer for this document object,
 * so that later calls return them without validating again. The editor validates large documents
 * in a web worker, which sees a structured clone: the findings are this document's, but the cache
 * (keyed by object) cannot know it. `findings` must be what `validate` gives for an equal document
 * with every rule; a document already validated here keeps its own (equal) findings.
 */
export function seedFindings(doc: TopologyDocument, findings: Finding[]): void {
  if (!cache.has(doc)) cache.set(doc, findings);
}

/** True when `a` and `b` hold the same fields with the same values (compared with `Object.is`), ignoring `except`. */
function sameFieldsExcept(a: object, b: object, except: ReadonlySet<string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (except.has(key)) continue;
    if (!Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

const GEOMETRY = new Set(['position', 'size']);
const ROUTE = new Set(['route']);
const ELEMENTS = new Set(['nodes', 'connections']);

/**
 * Lets `next` reuse the findings already worked out for `previous` when the two differ only in
 * where nodes and lines are drawn (positions, sizes, saved routes): no rule reads geometry, so the findings are the
 * same, and an auto-layout that moves every node of a large diagram need not validate it again
 * on the main thread. Returns whether the findings were carried over; `validate(next)` works them
 * out as usual otherwise.
 */
export function carryFindings(previous: TopologyDocument, next: TopologyDocument): boolean {
  const findings = cache.get(previous);
  if (!findings || cache.has(next)) return false;
  if (previous.nodes.length !== next.nodes.length || previous.connections.length !== next.connections.length) return false;
  // A connection's saved route is drawing, not design: no rule reads it.
  for (let i = 0; i < next.connections.length; i++) {
    const a = previous.connections[i]!;
    const b = next.connections[i]!;
    if (a !== b && !sameFieldsExcept(a, b, ROUTE)) return false;
  }
  if (!sameFieldsExcept(previous, next, ELEMENTS)) return false;
  for (let i = 0; i < next.nodes.length; i++) {
    const a = previous.nodes[i]!;
    const b = next.nodes[i]!;
    if (a !== b && !sameFieldsExcept(a, b, GEOMETRY)) return false;
  }
  cache.set(next, findings);
  return true;
}
