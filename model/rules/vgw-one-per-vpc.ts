import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** A finding for each VGW after the first attached to the VPC. */
function extraGateways(index: TopologyIndex, vpc: TopologyNode): Finding[] {
  const vgws = index.childrenOfKind(vpc.id, 'vpn-gateway');
  return vgws.slice(1).map((extra) =>
    finding(
      'vgw-one-per-vpc',
      `${index.label(vpc)} already has ${index.label(vgws[0])} attached; a VPC takes only one virtual private gateway.`,
      [extra.id, vpc.id, vgws[0]!.id],
    ),
  );
}

export const vgwOnePerVpc = defineRule('vgw-one-per-vpc', {
  check: (index) => index.nodesOfKind('vpc').flatMap((vpc) => extraGateways(index, vpc)),
  checkPlacement: (index, node) => {
    const vpc = node.kind === 'vpn-gateway' ? index.parentOf(node) : undefined;
    return vpc?.kind === 'vpc' ? extraGateways(index, vpc).filter((f) => f.subjects[0] === node.id) : [];
  },
});
