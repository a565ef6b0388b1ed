import { PROPOSED_ID, type TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { hasInternetGateway } from '../graph/gateways';
import { subnetVpc } from '../graph/addressing';

/** Why a public NAT gateway cannot reach the internet where it stands: a private subnet, a VPC without an internet gateway. */
export function natPlacementProblems(index: TopologyIndex, nat: TopologyNode): Finding[] {
  if (nat.kind !== 'nat-gateway' || index.props(nat).connectivity !== 'public') return [];
  const subnet = index.parentOf(nat);
  // A NAT gateway outside a subnet is parent-invalid's to report.
  if (subnet?.kind !== 'subnet') return [];
  const findings: Finding[] = [];
  const name = index.label(nat);
  if (!index.props(subnet).public) {
    findings.push(
      finding('nat-public-placement', `${name} is public but ${index.label(subnet)} is private; a public NAT gateway must be in a public subnet to reach the internet.`, [
        nat.id,
        subnet.id,
      ]),
    );
  }
  const vpc = subnetVpc(index, subnet);
  if (vpc && !hasInternetGateway(index, vpc)) {
    findings.push(
      finding('nat-public-placement', `${name} is public but ${index.label(vpc)} has no internet gateway attached, so the NAT gateway cannot reach the internet.`, [
        nat.id,
        vpc.id,
      ]),
    );
  }
  return findings;
}

/** `nat-public-placement`: a public NAT gateway in a private subnet, or in a VPC without an internet gateway. */
export const natPublicPlacement = defineRule('nat-public-placement', {
  check: (index) => index.nodesOfKind('nat-gateway').flatMap((nat) => natPlacementProblems(index, nat)),
  // A NAT gateway fresh from the palette has no connectivity chosen yet (a private one belongs in a
  // private subnet), so only moves of existing NAT gateways are refused.
  checkPlacement: (index, node) => (node.id === PROPOSED_ID ? [] : natPlacementProblems(index, node)),
});
