/** Rules of this group; each lives in model/rules/<rule-id>.ts with its test beside it. */
import { hybridSinglePath } from '../hybrid-single-path';
import { vgwDetached } from '../vgw-detached';
import { vpnAccelerationRequiresTgw } from '../vpn-acceleration-requires-tgw';
import { vpnCloudhubAsn } from '../vpn-cloudhub-asn';
import { vpnEnds } from '../vpn-ends';
import { vpnSingleTunnel } from '../vpn-single-tunnel';
import type { Rule } from '../rule';

export const gatewaysVpnRules: Rule[] = [vgwDetached, vpnEnds, vpnSingleTunnel, vpnAccelerationRequiresTgw, vpnCloudhubAsn, hybridSinglePath];
