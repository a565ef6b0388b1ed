/** The answer of `reach` (topology-format.md, "Reachability"). */
import type { ElementId } from '../document/types';
import type { RuleId } from '../rules/catalogue';

/** A rule that stops the shortest candidate paths. */
export interface Blocker {
  rule: RuleId;
  subjects: ElementId[];
  message: string;
}

/**
 * The route used at one explicitly routed hop (routing.md, "Forwarding"): shown as
 * "rt-private: 10.0.0.0/8 → tgw-hub". Implicitly routed hops have none.
 */
export interface RouteHop {
  /** The VPC or transit gateway whose table was consulted. */
  at: ElementId;
  /** The route table's id. */
  table: string;
  /** The route's destination CIDR (the VPC block, for the local route). */
  destination: string;
  /** The route's target: a node or connection id, `"local"` or `"blackhole"`. */
  target: string;
  /** For a propagated route: what propagated it (a VGW, or a transit gateway attachment). */
  propagatedFrom?: ElementId;
}

export interface ReachResult {
  reachable: boolean;
  /** When reachable: node ids from `from` to `to`, with the connection ids between them. */
  path: ElementId[];
  /**
   * When reachable through at least one explicitly routed hop: the route used at each such hop,
   * in path order. Absent for a path that is implicitly routed throughout (version 1's answer).
   */
  routes?: RouteHop[];
  /** When not reachable: each rule once, the rule met first on the shortest candidate path first. */
  blockedBy: Blocker[];
}

/** Thrown by `reach` for an end that does not exist or is of a kind `reach` does not take. */
export class ReachInputError extends Error {
  override readonly name = 'ReachInputError';
}
