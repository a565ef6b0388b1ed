import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { attachedVpc } from '../graph/gateways';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { vifEnds } from '../graph/direct-connect-ends';

/** Private VIFs of one DX connection straight to the attached VGWs of two or more VPCs. */
function suggestion(index: TopologyIndex, dx: TopologyNode<'dx-connection'>): Finding | undefined {
  const byVpc = new Map<TopologyNode<'vpc'>, Connection>();
  for (const c of index.connectionsOf(dx.id)) {
    const ends = vifEnds(index, c);
    if (ends?.dx !== dx || ends.type !== 'private' || ends.end.kind !== 'vpn-gateway') continue;
    const vpc = attachedVpc(index, ends.end);
    if (vpc && !byVpc.has(vpc)) byVpc.set(vpc, c);
  }
  if (byVpc.size < 2) return undefined;
  const vpcs = [...byVpc.keys()];
  const names = vpcs.map((v) => index.label(v));
  const list = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return finding(
    'dx-consider-gateway',
    `${index.label(dx)} has private virtual interfaces straight to the virtual private gateways of ${vpcs.length} VPCs (${list}); ` +
      'a Direct Connect gateway or a transit gateway would reach them all over fewer virtual interfaces, and scales better.',
    [dx.id, ...[...byVpc.values()].map((c) => c.id), ...vpcs.map((v) => v.id)],
  );
}

/** `dx-consider-gateway`: one DX connection has private VIFs straight to the VGWs of two or more VPCs. */
export const dxConsiderGateway = defineRule('dx-consider-gateway', {
  check: (index) => index.nodesOfKind('dx-connection').flatMap((dx) => suggestion(index, dx) ?? []),
});
