import type { TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** Port speeds (in Mbps) of dedicated connections that support MACsec. */
const MACSEC_SPEEDS_MBPS = new Set([10_000, 100_000, 400_000]);

/**
 * A bandwidth string in Mbps: `10Gbps`, `10 Gbps`, `500Mbps`, `10G`, case-insensitive.
 * Undefined when it does not read as a speed.
 */
export function bandwidthMbps(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([mg])(?:bps|b|bit\/s)?\s*$/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2]!.toLowerCase() === 'g' ? value * 1000 : value;
}

/** Why a DX connection cannot have MACsec (undefined: it can, or MACsec is off). */
function macsecProblem(index: TopologyIndex, dx: TopologyNode<'dx-connection'>): Finding | undefined {
  const p = index.props(dx);
  if (p.macsec !== true) return undefined;
  const fix = { label: 'Turn MACsec off', element: dx.id, prop: 'macsec', value: false };
  if (p.type === 'hosted') {
    return {
      ...finding('dx-macsec', `${index.label(dx)} is a hosted connection with MACsec; AWS supports MACsec only on dedicated connections.`, [dx.id]),
      fix,
    };
  }
  const speed = bandwidthMbps(p.bandwidth);
  if (speed !== undefined && MACSEC_SPEEDS_MBPS.has(speed)) return undefined;
  return {
    ...finding(
      'dx-macsec',
      `${index.label(dx)} has MACsec at ${JSON.stringify(p.bandwidth)}; AWS supports MACsec only on dedicated connections of 10, 100 or 400 Gbps.`,
      [dx.id],
    ),
    fix,
  };
}

/** `dx-macsec`: MACsec on a hosted connection, or on a dedicated one that is not 10, 100 or 400 Gbps. */
export const dxMacsec = defineRule('dx-macsec', {
  check: (index) => index.nodesOfKind('dx-connection').flatMap((dx) => macsecProblem(index, dx) ?? []),
});
