import type { Connection } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { vifEnds } from '../graph/direct-connect-ends';
import { sentence } from './wording';
import type { VifProps } from '../kinds/connection-kinds';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** What each VIF type may end on, and how a finding explains it. */
const ALLOWED: Record<VifProps['type'], { kinds: readonly string[]; why: string }> = {
  private: {
    kinds: ['vpn-gateway', 'dx-gateway'],
    why: 'a private virtual interface ends on a virtual private gateway or a Direct Connect gateway',
  },
  transit: {
    kinds: ['dx-gateway'],
    why: 'a transit virtual interface ends only on a Direct Connect gateway, which is then associated with transit gateways',
  },
  public: {
    kinds: ['internet'],
    why: 'a public virtual interface reaches AWS public endpoints (the internet node), never a VPC',
  },
};

/** Why a VIF's type cannot end where it is drawn (undefined: it can). */
function vifTargetProblem(index: TopologyIndex, vif: Connection): Finding | undefined {
  const ends = vifEnds(index, vif);
  if (!ends) return undefined;
  const allowed = ALLOWED[ends.type];
  // An unknown type is the parser's business; say nothing rather than guess.
  if (!allowed || allowed.kinds.includes(ends.end.kind)) return undefined;
  return finding(
    'vif-target',
    `${sentence(index.connectionLabel(vif, `${ends.type} virtual interface`))} from ${index.label(ends.dx)} cannot end on ${index.label(ends.end)}: ${allowed.why}.`,
    [vif.id, ends.end.id, ends.dx.id],
  );
}

/**
 * `vif-target`: a private VIF must end on a VGW or a DX gateway, a transit VIF on a DX gateway,
 * a public VIF on the internet node. A private VIF on a DX gateway that has transit gateway
 * associations is `dxgw-mixed-association`'s finding, not this one.
 */
export const vifTarget = defineRule('vif-target', {
  check: (index) => index.connectionsOfKind('vif').flatMap((c) => vifTargetProblem(index, c) ?? []),
  checkConnection: (index, c) => [vifTargetProblem(index, c)].filter((f): f is Finding => !!f),
});
