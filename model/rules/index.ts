/**
 * Every rule that judges the document without a reachability search: all but the flow rule,
 * which is built on `reach` and so sits above it (`flows/flow-no-path.ts`). `RULES` in
 * `all-rules.ts` joins the two; validation, `canConnect` and `canPlace` run that list.
 */
import { addressingRules } from './groups/addressing';
import { directConnectRules } from './groups/direct-connect';
import { endpointsQuotasRules } from './groups/endpoints-quotas';
import { gatewaysVpnRules } from './groups/gateways-vpn';
import { peeringTransitRules } from './groups/peering-transit';
import { routingRules } from './groups/routing';
import { structureRules } from './groups/structure';
import type { Rule } from './rule';

export const ELEMENT_RULES: readonly Rule[] = [
  ...structureRules,
  ...addressingRules,
  ...gatewaysVpnRules,
  ...peeringTransitRules,
  ...directConnectRules,
  ...endpointsQuotasRules,
  ...routingRules,
];
