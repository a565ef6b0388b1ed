import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** Transit gateways one VPC can be attached to; AWS does not raise it. */
const TGW_PER_VPC_LIMIT = 5;

/** One error per attachment to a distinct transit gateway beyond the fifth, in document order. */
function attachmentsOverQuota(index: TopologyIndex, vpc: TopologyNode): Finding[] {
  // A VPC with no more connections than the quota cannot exceed it: most VPCs, spared the lists below.
  if (index.connectionsOf(vpc.id).length <= TGW_PER_VPC_LIMIT) return [];
  const tgws: TopologyNode[] = [];
  const findings: Finding[] = [];
  for (const c of index.connectionsOf(vpc.id)) {
    const tgw = c.kind === 'tgw-attachment' ? index.otherEnd(c, vpc.id) : undefined;
    // A second attachment to the same gateway is tgw-duplicate-attachment's, not one more gateway.
    if (tgw?.kind !== 'transit-gateway' || tgws.includes(tgw)) continue;
    if (tgws.length >= TGW_PER_VPC_LIMIT) findings.push(overQuota(index, vpc, tgw, c, tgws));
    else tgws.push(tgw);
  }
  return findings;
}

function overQuota(index: TopologyIndex, vpc: TopologyNode, tgw: TopologyNode, c: Connection, first: readonly TopologyNode[]): Finding {
  return finding(
    'tgw-per-vpc-quota',
    `${index.describe(vpc)} is already attached to ${TGW_PER_VPC_LIMIT} transit gateways (${first.map((t) => t.name?.trim() || t.id).join(', ')}), so it cannot also attach to ${index.label(tgw)}: AWS allows at most ${TGW_PER_VPC_LIMIT} per VPC.`,
    [c.id, vpc.id, tgw.id],
  );
}

/** `tgw-per-vpc-quota`: a VPC is attached to more than 5 transit gateways. */
export const tgwPerVpcQuota = defineRule('tgw-per-vpc-quota', {
  check: (index) => {
    const findings: Finding[] = [];
    for (const vpc of index.nodesOfKind('vpc')) for (const f of attachmentsOverQuota(index, vpc)) findings.push(f);
    return findings;
  },
  checkConnection: (index, c) => {
    if (c.kind !== 'tgw-attachment') return [];
    const vpc = [index.node(c.source), index.node(c.target)].find((n) => n?.kind === 'vpc');
    return vpc ? attachmentsOverQuota(index, vpc).filter((f) => f.subjects[0] === c.id) : [];
  },
});
