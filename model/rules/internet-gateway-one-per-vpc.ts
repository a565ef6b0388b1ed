import { isKind } from '../document/kind-guards';
import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const NOUN = { 'internet-gateway': 'internet gateway', 'egress-only-internet-gateway': 'egress-only internet gateway' } as const;
type GatewayKind = keyof typeof NOUN;
const isGatewayKind = (kind: string): kind is GatewayKind => Object.prototype.hasOwnProperty.call(NOUN, kind);

/**
 * A finding for each internet gateway (and each egress-only one) after the first attached to the
 * VPC. `newcomer`, when given, counts as the last one: it is the gateway being dropped in, even
 * when an existing node that comes earlier in the document is moved.
 */
const GATEWAY_KINDS = Object.keys(NOUN) as GatewayKind[];

function extraGateways(index: TopologyIndex, vpc: TopologyNode, newcomer?: TopologyNode): Finding[] {
  const findings: Finding[] = [];
  for (const kind of GATEWAY_KINDS) {
    let gateways = index.childrenOfKind(vpc.id, kind);
    if (isKind(newcomer, kind)) gateways = [...gateways.filter((g) => g.id !== newcomer.id), newcomer];
    for (const extra of gateways.slice(1)) {
      findings.push(
        finding(
          'internet-gateway-one-per-vpc',
          `${index.label(vpc)} already has ${index.label(gateways[0])} attached; a VPC takes only one ${NOUN[kind]}.`,
          [extra.id, vpc.id, gateways[0]!.id],
        ),
      );
    }
  }
  return findings;
}

/** `internet-gateway-one-per-vpc`: a second internet gateway, or a second egress-only one, in a VPC. */
export const internetGatewayOnePerVpc = defineRule('internet-gateway-one-per-vpc', {
  check: (index) => index.nodesOfKind('vpc').flatMap((vpc) => extraGateways(index, vpc)),
  checkPlacement: (index, node) => {
    const vpc = isGatewayKind(node.kind) ? index.parentOf(node) : undefined;
    return vpc?.kind === 'vpc' ? extraGateways(index, vpc, node).filter((f) => f.subjects[0] === node.id) : [];
  },
});
