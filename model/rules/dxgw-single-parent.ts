import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { associationEnds } from '../graph/direct-connect-ends';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/**
 * For one VGW, a finding for each association to a DX gateway other than the first one it is
 * associated with. A second association to the same DX gateway is not a second parent.
 */
function extraParents(index: TopologyIndex, vgw: TopologyNode): Finding[] {
  let first: { association: Connection; dxgw: TopologyNode } | undefined;
  const findings: Finding[] = [];
  for (const association of index.connectionsOf(vgw.id)) {
    const ends = associationEnds(index, association);
    if (!ends || ends.gateway !== vgw) continue;
    if (!first) {
      first = { association, dxgw: ends.dxgw };
      continue;
    }
    if (ends.dxgw === first.dxgw) continue;
    findings.push(
      finding(
        'dxgw-single-parent',
        `${index.label(vgw)} is already associated with ${index.label(first.dxgw)}, so it cannot also be associated with ${index.label(ends.dxgw)}; ` +
          'a virtual private gateway can be associated with only one Direct Connect gateway.',
        [association.id, vgw.id, ends.dxgw.id, first.dxgw.id],
      ),
    );
  }
  return findings;
}

/** `dxgw-single-parent`: one VGW associated with more than one DX gateway. */
export const dxgwSingleParent = defineRule('dxgw-single-parent', {
  check: (index) => index.nodesOfKind('vpn-gateway').flatMap((vgw) => extraParents(index, vgw)),
  checkConnection: (index, c) => {
    const ends = associationEnds(index, c);
    return ends?.gateway.kind === 'vpn-gateway' ? extraParents(index, ends.gateway).filter((f) => f.subjects[0] === c.id) : [];
  },
});
