/** Rules of this group; each lives in model/rules/<rule-id>.ts with its test beside it. */
import { dxConsiderGateway } from '../dx-consider-gateway';
import { dxMacsec } from '../dx-macsec';
import { dxVifQuota } from '../dx-vif-quota';
import { dxgwAllowedPrefixes } from '../dxgw-allowed-prefixes';
import { dxgwMixedAssociation } from '../dxgw-mixed-association';
import { dxgwSingleParent } from '../dxgw-single-parent';
import { dxgwVpcCidrOverlap } from '../dxgw-vpc-cidr-overlap';
import { hybridCidrOverlap } from '../hybrid-cidr-overlap';
import { vifPrivateVgwRegion } from '../vif-private-vgw-region';
import { vifTarget } from '../vif-target';
import type { Rule } from '../rule';

/** Section F of rules.md, except `dxgw-not-transitive`, which `reach` decides. */
export const directConnectRules: Rule[] = [
  dxgwVpcCidrOverlap,
  dxgwMixedAssociation,
  vifTarget,
  hybridCidrOverlap,
  dxgwSingleParent,
  dxgwAllowedPrefixes,
  vifPrivateVgwRegion,
  dxMacsec,
  dxVifQuota,
  dxConsiderGateway,
];
