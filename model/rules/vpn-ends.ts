import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { vpnLinksBySide } from '../graph/vpn-links';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const SHAPE = 'a Site-to-Site VPN joins exactly one customer gateway to exactly one virtual private gateway or transit gateway';

/**
 * The VPN's wrong ends: one finding per link beyond the first on each side, and, with `missing`,
 * one for the sides that have no link. Drawing asks without `missing`, because a VPN is drawn one link at a time.
 */
function endProblems(index: TopologyIndex, vpn: TopologyNode, missing: boolean): Finding[] {
  const ends = vpnLinksBySide(index, vpn);
  const findings: Finding[] = [];
  for (const side of ['customer', 'aws'] as const) {
    const [first, ...extra] = ends[side];
    if (!first) continue;
    for (const { link, end } of extra) {
      const same = end.id === first.end.id;
      findings.push(
        finding(
          'vpn-ends',
          same
            ? `${index.label(vpn)} is already linked to ${index.label(end)}; ${SHAPE}, by one link each.`
            : `${index.label(vpn)} already ends on ${index.label(first.end)}, so it cannot also end on ${index.label(end)}: ${SHAPE}.`,
          [link.id, vpn.id, end.id, first.link.id, ...(same ? [] : [first.end.id])],
        ),
      );
    }
  }
  if (missing) {
    const lacks = [
      ...(ends.customer.length === 0 ? ['customer gateway'] : []),
      ...(ends.aws.length === 0 ? ['virtual private gateway or transit gateway'] : []),
    ];
    if (lacks.length > 0) {
      findings.push(finding('vpn-ends', `${index.label(vpn)} has no ${lacks.join(' and no ')}: ${SHAPE}.`, [vpn.id]));
    }
  }
  return findings;
}

/** `vpn-ends`: a VPN connection lacks exactly one customer gateway and exactly one VGW or transit gateway. */
export const vpnEnds = defineRule('vpn-ends', {
  check: (index) => index.nodesOfKind('vpn-connection').flatMap((vpn) => endProblems(index, vpn, true)),
  checkConnection: (index, c) => {
    if (c.kind !== 'vpn-link') return [];
    const vpn = [index.node(c.source), index.node(c.target)].find((n) => n?.kind === 'vpn-connection');
    return vpn ? endProblems(index, vpn, false).filter((f) => f.subjects[0] === c.id) : [];
  },
});
