import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { associationEnds } from '../graph/direct-connect-ends';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { vifEnds } from '../graph/direct-connect-ends';

/** The two sorts of traffic a DX gateway carries; AWS lets one gateway carry only one of them. */
type Sort = 'vgw' | 'tgw';

interface Member {
  connection: Connection;
  sort: Sort;
  /** How a finding names it, e.g. `the association with Virtual private gateway vgw-a`. */
  what: string;
}

/** Which sort a connection on the DX gateway belongs to; undefined for connections that are neither. */
function memberOf(index: TopologyIndex, dxgw: TopologyNode, connection: Connection): Member | undefined {
  const association = associationEnds(index, connection);
  if (association && association.dxgw === dxgw) {
    const sort: Sort = association.gateway.kind === 'vpn-gateway' ? 'vgw' : 'tgw';
    return { connection, sort, what: `its association with ${index.label(association.gateway)}` };
  }
  const vif = vifEnds(index, connection);
  if (vif && vif.end === dxgw && (vif.type === 'private' || vif.type === 'transit')) {
    const sort: Sort = vif.type === 'private' ? 'vgw' : 'tgw';
    return { connection, sort, what: `${index.connectionLabel(connection, `${vif.type} virtual interface`)} from ${index.label(vif.dx)}` };
  }
  return undefined;
}

const SORT_WORDS: Record<Sort, string> = { vgw: 'virtual private gateways', tgw: 'transit gateways' };

/**
 * The sort drawn first on a DX gateway sets what the gateway is for; each connection of the other
 * sort is a finding. So the second sort, once drawn, is the one refused.
 */
function mixedOnGateway(index: TopologyIndex, dxgw: TopologyNode): Finding[] {
  const members = index.connectionsOf(dxgw.id).flatMap((c) => memberOf(index, dxgw, c) ?? []);
  const first = members[0];
  if (!first) return [];
  return members
    .filter((m) => m.sort !== first.sort)
    .map((m) =>
      finding(
        'dxgw-mixed-association',
        `${index.label(dxgw)} is already used for ${SORT_WORDS[first.sort]} (${first.what}), so it cannot also take ${m.what}; ` +
          'a Direct Connect gateway carries either VGW associations and private VIFs, or transit gateway associations and transit VIFs, never both.',
        [m.connection.id, dxgw.id, first.connection.id],
      ),
    );
}

/** The DX gateway a connection (association or VIF) belongs to, for `checkConnection`. */
function gatewayOf(index: TopologyIndex, connection: Connection): TopologyNode | undefined {
  const association = associationEnds(index, connection);
  if (association) return association.dxgw;
  const vif = vifEnds(index, connection);
  return vif?.end.kind === 'dx-gateway' ? vif.end : undefined;
}

/**
 * `dxgw-mixed-association`: a DX gateway with both VGW associations or private VIFs and transit
 * gateway associations or transit VIFs.
 */
export const dxgwMixedAssociation = defineRule('dxgw-mixed-association', {
  check: (index) => index.nodesOfKind('dx-gateway').flatMap((dxgw) => mixedOnGateway(index, dxgw)),
  checkConnection: (index, c) => {
    const dxgw = gatewayOf(index, c);
    return dxgw ? mixedOnGateway(index, dxgw).filter((f) => f.subjects[0] === c.id) : [];
  },
});
