/** Findings: what validation says about a document (topology-format.md, "Findings"). */
import type { ElementId } from '../document/types';
import type { RuleId, Severity } from './catalogue';

/** A one-click repair the editor can offer; the command line ignores it. */
export interface FindingFix {
  label: string;
  /** The node or connection whose prop to set. */
  element: ElementId;
  prop: string;
  value: unknown;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** One or two sentences naming things by name and CIDR. */
  message: string;
  /** Ids of the elements involved, the most specific first. */
  subjects: ElementId[];
  fix?: FindingFix;
}

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Deterministic order: severity, then rule, then subjects, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    compareLists(a.subjects, b.subjects) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') summary.errors++;
    else if (f.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}

/** The finding as the spec prints it: rule, severity, message, subjects (no editor-only fields). */
export function publicFinding(f: Finding): Pick<Finding, 'rule' | 'severity' | 'message' | 'subjects'> {
  return { rule: f.rule, severity: f.severity, message: f.message, subjects: [...f.subjects] };
}
