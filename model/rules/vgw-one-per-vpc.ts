import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/**
 * A finding for each VGW after the first attached to the VPC. `newcomer`, when given, counts as
 * the last one: it is the gateway being dropped in or moved, whatever its place in the document.
 */
function extraGateways(index: TopologyIndex, vpc: TopologyNode, newcomer?: TopologyNode): Finding[] {
  let vgws: TopologyNode[] = index.childrenOfKind(vpc.id, 'vpn-gateway');
  if (newcomer) vgws = [...vgws.filter((g) => g.id !== newcomer.id), newcomer];
  return vgws.slice(1).map((extra) =>
    finding(
      'vgw-one-per-vpc',
      `${index.label(vpc)} already has ${index.label(vgws[0])} attached; a VPC takes only one virtual private gateway.`,
      [extra.id, vpc.id, vgws[0]!.id],
    ),
  );
}

/** `vgw-one-per-vpc`: a second virtual private gateway in a VPC. */
export const vgwOnePerVpc = defineRule('vgw-one-per-vpc', {
  check: (index) => {
    const findings: Finding[] = [];
    for (const vpc of index.nodesOfKind('vpc')) {
      // Counted first, without allocating: almost every VPC has one VGW or none.
      let vgws = 0;
      for (const child of index.childrenOf(vpc.id)) if (child.kind === 'vpn-gateway') vgws++;
      if (vgws > 1) for (const f of extraGateways(index, vpc)) findings.push(f);
    }
    return findings;
  },
  checkPlacement: (index, node) => {
    const vpc = node.kind === 'vpn-gateway' ? index.parentOf(node) : undefined;
    return vpc?.kind === 'vpc' ? extraGateways(index, vpc, node).filter((f) => f.subjects[0] === node.id) : [];
  },
});
