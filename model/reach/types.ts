/** The answer of `reach` (topology-format.md, "Reachability"). */
import type { ElementId } from '../document/types';
import type { RuleId } from '../rules/catalogue';

/** A rule that stops the shortest candidate paths. */
export interface Blocker {
  rule: RuleId;
  subjects: ElementId[];
  message: string;
}

export interface ReachResult {
  reachable: boolean;
  /** When reachable: node ids from `from` to `to`, with the connection ids between them. */
  path: ElementId[];
  /** When not reachable: each rule once, the rule met first on the shortest candidate path first. */
  blockedBy: Blocker[];
}

/** Thrown by `reach` for an end that does not exist or is of a kind `reach` does not take. */
export class ReachInputError extends Error {
  override readonly name = 'ReachInputError';
}
