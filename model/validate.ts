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
