/** Rules of this group; each lives in model/rules/<rule-id>.ts with its test beside it. */
import { peeringDuplicate } from '../peering-duplicate';
import { peeringOverlappingSpokes } from '../peering-overlapping-spokes';
import { peeringQuota } from '../peering-quota';
import { tgwCidrConflict } from '../tgw-cidr-conflict';
import { tgwDuplicateAttachment } from '../tgw-duplicate-attachment';
import { tgwPeeringDuplicate } from '../tgw-peering-duplicate';
import { tgwPeeringStaticRoutes } from '../tgw-peering-static-routes';
import { tgwPerVpcQuota } from '../tgw-per-vpc-quota';
import { tgwRegionMismatch } from '../tgw-region-mismatch';
import type { Rule } from '../rule';

export const peeringTransitRules: Rule[] = [
  peeringDuplicate,
  peeringQuota,
  peeringOverlappingSpokes,
  tgwCidrConflict,
  tgwRegionMismatch,
  tgwDuplicateAttachment,
  tgwPerVpcQuota,
  tgwPeeringDuplicate,
  tgwPeeringStaticRoutes,
];
