/** Rules of this group; each lives in model/rules/<rule-id>.ts with its test beside it. */
import { applianceModeOff } from '../appliance-mode-off';
import { applianceSourceDestCheck } from '../appliance-source-dest-check';
import { dxAsnConflict } from '../dx-asn-conflict';
import { gatewayEndpointUnassociated } from '../gateway-endpoint-unassociated';
import { loadBalancerSubnetSize } from '../load-balancer-subnet-size';
import { routeDestinationInvalid } from '../route-destination-invalid';
import { routeDuplicate } from '../route-duplicate';
import { routeLocalConflict } from '../route-local-conflict';
import { routeTableMain } from '../route-table-main';
import { routeTableRef } from '../route-table-ref';
import { routeTargetInvalid } from '../route-target-invalid';
import { subnetPublicMismatch } from '../subnet-public-mismatch';
import { tgwAssociationMultiple } from '../tgw-association-multiple';
import { tgwAttachmentUnassociated } from '../tgw-attachment-unassociated';
import { tgwPeeringPropagation } from '../tgw-peering-propagation';
import { vpnStaticNoRoute } from '../vpn-static-no-route';
import type { Rule } from '../rule';

/**
 * Section I of routing.md, except the ids that `reach` and flows decide (`route-no-route`,
 * `route-blackhole`, `route-return-missing`, `route-loop`, `gateway-endpoint-remote-use`,
 * `public-ip-missing`): they have catalogue entries and no rule of their own.
 */
export const routingRules: Rule[] = [
  routeTableMain,
  routeTableRef,
  routeTargetInvalid,
  routeDestinationInvalid,
  routeDuplicate,
  routeLocalConflict,
  subnetPublicMismatch,
  tgwAssociationMultiple,
  tgwAttachmentUnassociated,
  tgwPeeringPropagation,
  vpnStaticNoRoute,
  applianceModeOff,
  gatewayEndpointUnassociated,
  applianceSourceDestCheck,
  dxAsnConflict,
  loadBalancerSubnetSize,
];
