/** Document-structure rules and the first addressing rules, written with the engine. */
import { cidrInvalid } from '../cidr-invalid';
import { connectionEndsInvalid } from '../connection-ends-invalid';
import { parentInvalid } from '../parent-invalid';
import { peeringCidrOverlap } from '../peering-cidr-overlap';
import { vgwOnePerVpc } from '../vgw-one-per-vpc';
import type { Rule } from '../rule';

export const structureRules: Rule[] = [cidrInvalid, parentInvalid, connectionEndsInvalid, peeringCidrOverlap, vgwOnePerVpc];
