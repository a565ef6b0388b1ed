import type { Connection } from '../document/types';
import { overlaps } from '../cidr/cidr';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The overlapping block pair of a peering's two VPCs, if any (IPv4 first, then IPv6). */
export function peeringOverlap(index: TopologyIndex, peering: Connection): Finding | undefined {
  const a = index.node(peering.source);
  const b = index.node(peering.target);
  if (a?.kind !== 'vpc' || b?.kind !== 'vpc' || a === b) return undefined;
  for (const family of [4, 6] as const) {
    const blocksA = family === 4 ? index.ipv4Blocks(a) : index.ipv6Blocks(a);
    const blocksB = family === 4 ? index.ipv4Blocks(b) : index.ipv6Blocks(b);
    for (const x of blocksA) {
      for (const y of blocksB) {
        if (overlaps(x, y)) {
          const how = x.first === y.first && x.last === y.last ? 'match' : 'overlap';
          return finding(
            'peering-cidr-overlap',
            `${index.label(a)} (${x.text}) and ${index.label(b)} (${y.text}) ${how}; AWS refuses to peer VPCs with matching or overlapping blocks.`,
            [peering.id, a.id, b.id],
          );
        }
      }
    }
  }
  return undefined;
}

export const peeringCidrOverlap = defineRule('peering-cidr-overlap', {
  check: (index) => index.connectionsOfKind('vpc-peering').flatMap((c) => peeringOverlap(index, c) ?? []),
  checkConnection: (index, c) => (c.kind === 'vpc-peering' ? [peeringOverlap(index, c)].filter((f): f is Finding => !!f) : []),
});
