/**
 * Flows (rules.md, "Flows"): one rule object runs `reach` for every `flow` connection; its
 * findings carry the id of the rule that blocks each flow (`flow-no-path`, `nat-remote-use`, …).
 */
import { flowNoPath } from '../flow-no-path';
import type { Rule } from '../rule';

export const flowsRules: Rule[] = [flowNoPath];
