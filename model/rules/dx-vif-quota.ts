import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { vifEnds, type VifEnds } from '../graph/direct-connect-ends';

/** AWS Direct Connect quotas, per connection (not adjustable). */
const HOSTED_VIFS = 1;
const DEDICATED_PRIVATE_AND_PUBLIC_VIFS = 50;
const DEDICATED_TRANSIT_VIFS = 4;

/** A finding for each VIF beyond its connection's quota, in the order drawn (a new VIF comes last). */
function overQuota(index: TopologyIndex, dx: TopologyNode<'dx-connection'>): Finding[] {
  const vifs: Array<{ vif: Connection; ends: VifEnds }> = [];
  for (const c of index.connectionsOf(dx.id)) {
    const ends = vifEnds(index, c);
    if (ends?.dx === dx) vifs.push({ vif: c, ends });
  }
  const name = (vif: Connection, ends: VifEnds) => index.connectionLabel(vif, `${ends.type} virtual interface`);
  if (index.props(dx).type === 'hosted') {
    const first = vifs[0];
    return vifs.slice(HOSTED_VIFS).map(({ vif, ends }) =>
      finding(
        'dx-vif-quota',
        `${index.label(dx)} is a hosted connection and already has ${name(first!.vif, first!.ends)}; ` +
          `a hosted connection carries only one virtual interface, so ${name(vif, ends)} needs a connection of its own.`,
        [vif.id, dx.id],
      ),
    );
  }
  const findings: Finding[] = [];
  const groups = [
    { members: vifs.filter((v) => v.ends.type !== 'transit'), quota: DEDICATED_PRIVATE_AND_PUBLIC_VIFS, words: 'private and public virtual interfaces' },
    { members: vifs.filter((v) => v.ends.type === 'transit'), quota: DEDICATED_TRANSIT_VIFS, words: 'transit virtual interfaces' },
  ];
  for (const { members, quota, words } of groups) {
    for (const { vif, ends } of members.slice(quota)) {
      findings.push(
        finding(
          'dx-vif-quota',
          `${index.label(dx)} has ${members.length} ${words}; a dedicated connection carries at most ${quota}, so ${name(vif, ends)} is over the quota.`,
          [vif.id, dx.id],
        ),
      );
    }
  }
  return findings;
}

/**
 * `dx-vif-quota`: a hosted connection with more than one VIF, or a dedicated one with more than
 * 50 private and public VIFs or more than 4 transit VIFs. Each VIF over the quota is a finding,
 * so that drawing one more is refused.
 */
export const dxVifQuota = defineRule('dx-vif-quota', {
  check: (index) => index.nodesOfKind('dx-connection').flatMap((dx) => overQuota(index, dx)),
  checkConnection: (index, c) => {
    const ends = vifEnds(index, c);
    return ends ? overQuota(index, ends.dx).filter((f) => f.subjects[0] === c.id) : [];
  },
});
