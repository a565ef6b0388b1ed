/**
 * The registry of implemented rules. Validation, `canConnect`, `canPlace`, the command line
 * and the editor all run these same rule objects.
 */
import { addressingRules } from './groups/addressing';
import { directConnectRules } from './groups/direct-connect';
import { endpointsQuotasRules } from './groups/endpoints-quotas';
import { flowsRules } from './groups/flows';
import { gatewaysVpnRules } from './groups/gateways-vpn';
import { peeringTransitRules } from './groups/peering-transit';
import { routingRules } from './groups/routing';
import { structureRules } from './groups/structure';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  ...structureRules,
  ...addressingRules,
  ...gatewaysVpnRules,
  ...peeringTransitRules,
  ...directConnectRules,
  ...endpointsQuotasRules,
  ...routingRules,
  ...flowsRules,
];
