/** Rules of this group; each lives in model/rules/<rule-id>.ts with its test beside it. */
import type { Rule } from '../rule';

export const peeringTransitRules: Rule[] = [];
