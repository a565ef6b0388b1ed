import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { vpnLinksBySide } from '../graph/vpn-links';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

const SHAPE = 'a Site-to-Site VPN joins exactly one customer gateway to exactly one virtual private gateway or transit gateway';

/**
 * The VPN's wrong ends as drawing sees them: one finding per link beyond the first on each side
 * (the line being drawn is the last), and, with `missing`, one for the sides that have no link.
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

/**
 * The VPN's wrong ends as validation reports them, whatever the order of the links in the file:
 * per side, one finding when it ends on more than one gateway, and one per gateway it is linked to
 * more than once (naming every link), and one for the sides that have no link.
 */
function documentProblems(index: TopologyIndex, vpn: TopologyNode): Finding[] {
  const ends = vpnLinksBySide(index, vpn);
  const findings: Finding[] = [];
  const byLabel = (a: TopologyNode, b: TopologyNode) => index.label(a).localeCompare(index.label(b)) || a.id.localeCompare(b.id);
  for (const side of ['customer', 'aws'] as const) {
    const groups = new Map<string, { end: TopologyNode; links: string[] }>();
    for (const { link, end } of ends[side]) {
      const group = groups.get(end.id) ?? groups.set(end.id, { end, links: [] }).get(end.id)!;
      group.links.push(link.id);
    }
    const distinct = [...groups.values()].sort((a, b) => byLabel(a.end, b.end));
    if (distinct.length > 1) {
      const names = distinct.map((g) => index.label(g.end));
      findings.push(
        finding('vpn-ends', `${index.label(vpn)} ends on ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}: ${SHAPE}.`, [
          vpn.id,
          ...distinct.map((g) => g.end.id),
          ...distinct.flatMap((g) => g.links),
        ]),
      );
    }
    for (const { end, links } of distinct) {
      if (links.length < 2) continue;
      findings.push(finding('vpn-ends', `${index.label(vpn)} is linked to ${index.label(end)} by ${links.length} links; ${SHAPE}, by one link each.`, [vpn.id, end.id, ...links]));
    }
  }
  return [...findings, ...endProblems(index, vpn, true).filter((f) => f.subjects.length === 1)];
}

/** `vpn-ends`: a VPN connection lacks exactly one customer gateway and exactly one VGW or transit gateway. */
export const vpnEnds = defineRule('vpn-ends', {
  check: (index) => index.nodesOfKind('vpn-connection').flatMap((vpn) => documentProblems(index, vpn)),
  checkConnection: (index, c) => {
    if (c.kind !== 'vpn-link') return [];
    const vpn = [index.node(c.source), index.node(c.target)].find((n) => n?.kind === 'vpn-connection');
    return vpn ? endProblems(index, vpn, false).filter((f) => f.subjects[0] === c.id) : [];
  },
});
