/**
 * What a rule is. Each rule lives in `model/rules/<rule-id>.ts` with its test beside it. Its
 * per-element predicate is written once and used three ways: `check` over the whole document
 * (validation), `checkConnection` for a proposed connection (`canConnect`), and
 * `checkPlacement` for a proposed node (`canPlace`). The last two see the document with the
 * proposal already added (`TopologyIndex.withConnection` / `withNode`) and report only findings
 * about the proposal.
 */
import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { ruleInfo, type RuleId, type RuleInfo } from './catalogue';
import type { Finding } from './finding';

export interface RuleChecks {
  check(index: TopologyIndex): Finding[];
  checkConnection?(index: TopologyIndex, connection: Connection): Finding[];
  checkPlacement?(index: TopologyIndex, node: TopologyNode): Finding[];
}

export interface Rule extends RuleChecks, RuleInfo {
  id: RuleId;
}

/** Joins a rule's checks with its catalogue entry. */
export function defineRule(id: RuleId, checks: RuleChecks): Rule {
  return { id, ...ruleInfo(id), ...checks };
}

/** Builds a finding of `rule`; the severity defaults to the rule's usual one. */
export function finding(rule: RuleId, message: string, subjects: Array<string | undefined>, severity = ruleInfo(rule).severities[0]!): Finding {
  return { rule, severity, message, subjects: subjects.filter((s): s is string => s !== undefined) as Finding['subjects'] };
}
