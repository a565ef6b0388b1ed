/**
 * The registry of implemented rules. Validation, `canConnect`, `canPlace`, the command line and
 * the editor all run these same rule objects. It lives above `rules/` because the flow rule is
 * built on `reach`, which itself reads the rules' predicates (model/README.md, "Layers").
 */
import { flowNoPath } from './flows/flow-no-path';
import { ELEMENT_RULES } from './rules';
import type { Rule } from './rules/rule';

/** Every rule; the flow rule last, as it always ran. */
export const RULES: readonly Rule[] = [...ELEMENT_RULES, flowNoPath];
