import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import type { NodeKind } from '../kinds/node-kinds';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** A per-region default quota: what is counted, and how many AWS allows before an increase. */
interface Quota {
  kind: NodeKind;
  /** Plural noun for the message. */
  noun: string;
  limit: number;
  /** Narrows the kind (accelerated VPN connections). */
  only?: (index: TopologyIndex, node: TopologyNode) => boolean;
}

/** rules.md section H, with AWS's default per-region quotas. */
const DEFAULT_QUOTAS: readonly Quota[] = [
  { kind: 'vpc', noun: 'VPCs', limit: 5 },
  { kind: 'internet-gateway', noun: 'internet gateways', limit: 5 },
  { kind: 'egress-only-internet-gateway', noun: 'egress-only internet gateways', limit: 5 },
  { kind: 'vpn-gateway', noun: 'virtual private gateways', limit: 5 },
  { kind: 'transit-gateway', noun: 'transit gateways', limit: 5 },
  { kind: 'customer-gateway', noun: 'customer gateways', limit: 50 },
  { kind: 'vpn-connection', noun: 'Site-to-Site VPN connections', limit: 50 },
  {
    kind: 'vpn-connection',
    noun: 'accelerated Site-to-Site VPN connections',
    limit: 10,
    only: (index, node) => node.kind === 'vpn-connection' && index.props(node).accelerated,
  },
];

/**
 * The regions a node counts in. A customer gateway is drawn in its on-premises network, never in
 * a region; AWS creates it in the region of each VPN connection that uses it, so it counts there.
 */
function regionsOf(index: TopologyIndex, node: TopologyNode): string[] {
  if (node.kind !== 'customer-gateway') {
    const code = index.regionOf(node);
    return code ? [code] : [];
  }
  const codes = new Set<string>();
  for (const link of index.connectionsOf(node.id)) {
    const vpn = link.kind === 'vpn-link' ? index.otherEnd(link, node.id) : undefined;
    const code = vpn?.kind === 'vpn-connection' ? index.regionOf(vpn) : undefined;
    if (code) codes.add(code);
  }
  return [...codes];
}

function check(index: TopologyIndex): Finding[] {
  const regionNodes = new Map<string, string[]>();
  for (const region of index.nodesOfKind('region')) {
    const code = index.regionOf(region);
    if (!code) continue;
    const list = regionNodes.get(code);
    if (list) list.push(region.id);
    else regionNodes.set(code, [region.id]);
  }
  const findings: Finding[] = [];
  for (const quota of DEFAULT_QUOTAS) {
    const counted = new Map<string, string[]>();
    for (const node of index.nodesOfKind(quota.kind)) {
      if (quota.only && !quota.only(index, node)) continue;
      for (const code of regionsOf(index, node)) {
        const list = counted.get(code);
        if (list) list.push(node.id);
        else counted.set(code, [node.id]);
      }
    }
    for (const [code, ids] of counted) {
      if (ids.length <= quota.limit) continue;
      findings.push(
        finding(
          'quota-default-exceeded',
          `Region ${code} has ${ids.length} ${quota.noun}, more than the default quota of ${quota.limit}; the quota can be raised through a Service Quotas request.`,
          [...(regionNodes.get(code) ?? []), ...ids],
        ),
      );
    }
  }
  return findings;
}

/** `quota-default-exceeded`: more of a resource in one region than AWS's default quota (each can be raised). */
export const quotaDefaultExceeded = defineRule('quota-default-exceeded', {
  check,
  checkPlacement: (index, node) => check(index).filter((f) => f.subjects.includes(node.id)),
});
