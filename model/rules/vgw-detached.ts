import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** True when the VGW is not attached: the spec's "attached gateway" is one whose parent is a VPC. */
function isDetachedVgw(index: TopologyIndex, vgw: TopologyNode): boolean {
  return vgw.kind === 'vpn-gateway' && index.parentOf(vgw)?.kind !== 'vpc';
}

/** What a detached VGW carries that cannot work: DX gateway associations (errors), then its VPNs and VIFs (one warning). */
function detachedProblems(index: TopologyIndex, vgw: TopologyNode<'vpn-gateway'>): Finding[] {
  if (!isDetachedVgw(index, vgw)) return [];
  const findings: Finding[] = [];
  const vpns: TopologyNode[] = [];
  const vifs: Connection[] = [];
  for (const c of index.connectionsOf(vgw.id)) {
    const other = index.otherEnd(c, vgw.id);
    if (!other || other.id === vgw.id) continue;
    if (c.kind === 'dxgw-association' && other.kind === 'dx-gateway') {
      findings.push(
        finding(
          'vgw-detached',
          `${index.label(vgw)} is not attached to any VPC, so it cannot be associated with ${index.label(other)}: AWS accepts only virtual private gateways attached to a VPC.`,
          [c.id, vgw.id, other.id],
          'error',
        ),
      );
    } else if (c.kind === 'vpn-link' && other.kind === 'vpn-connection') {
      if (!vpns.includes(other)) vpns.push(other);
    } else if (c.kind === 'vif' && other.kind === 'dx-connection') {
      vifs.push(c);
    }
  }
  if (vpns.length + vifs.length > 0) {
    const what = [
      ...vpns.map((v) => index.label(v)),
      ...vifs.map((v) => `the virtual interface ${v.name?.trim() || v.id} from ${index.label(index.otherEnd(v, vgw.id))}`),
    ];
    const list = what.length === 1 ? what[0]! : `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]!}`;
    const consequence = what.length === 1 ? 'reaches no VPC' : 'reach no VPC; they can reach only each other, through VPN CloudHub';
    findings.push(
      finding(
        'vgw-detached',
        `${index.label(vgw)} is not attached to any VPC, so ${list} ${consequence}.`,
        [vgw.id, ...vpns.map((v) => v.id), ...vifs.map((v) => v.id)],
        'warning',
      ),
    );
  }
  return findings;
}

/** `vgw-detached`: a VGW outside every VPC with a DX gateway association (error), or with VPNs or VIFs (warning). */
export const vgwDetached = defineRule('vgw-detached', {
  check: (index) => index.nodesOfKind('vpn-gateway').flatMap((vgw) => detachedProblems(index, vgw)),
});
