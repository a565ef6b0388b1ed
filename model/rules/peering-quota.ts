import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** Active VPC peering connections per VPC: the default quota, which AWS can raise. */
const PEERING_DEFAULT_QUOTA = 50;
/** The most AWS will raise that quota to. */
const PEERING_HARD_LIMIT = 125;

function peeringCount(index: TopologyIndex, vpc: TopologyNode<'vpc'>): Finding | undefined {
  let count = 0;
  for (const c of index.connectionsOf(vpc.id)) {
    if (c.kind === 'vpc-peering' && c.source !== c.target && index.otherEnd(c, vpc.id)?.kind === 'vpc') count++;
  }
  if (count > PEERING_HARD_LIMIT) {
    return finding(
      'peering-quota',
      `${index.describe(vpc)} has ${count} peering connections; AWS allows at most ${PEERING_HARD_LIMIT} per VPC, even with a quota increase. A transit gateway scales further.`,
      [vpc.id],
      'error',
    );
  }
  if (count > PEERING_DEFAULT_QUOTA) {
    return finding(
      'peering-quota',
      `${index.describe(vpc)} has ${count} peering connections, over the default quota of ${PEERING_DEFAULT_QUOTA} per VPC; request an increase (up to ${PEERING_HARD_LIMIT}) or consider a transit gateway.`,
      [vpc.id],
      'warning',
    );
  }
  return undefined;
}

/** `peering-quota`: a VPC has more than 50 peering connections (warning) or more than 125 (error). */
export const peeringQuota = defineRule('peering-quota', {
  check: (index) => {
    const findings: Finding[] = [];
    for (const vpc of index.nodesOfKind('vpc')) {
      const f = peeringCount(index, vpc);
      if (f) findings.push(f);
    }
    return findings;
  },
});
