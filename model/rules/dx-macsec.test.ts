import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node } from '../testing/build';
import { bandwidthMbps, dxMacsec } from './dx-macsec';

const run = (props: Record<string, unknown>) => dxMacsec.check(indexOf(buildDocument([node('dx', 'dx-connection', undefined, props)])));

describe('dx-macsec', () => {
  it('refuses MACsec on a hosted connection, offering to turn it off', () => {
    const findings = run({ type: 'hosted', bandwidth: '10Gbps', macsec: true });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'dx-macsec', severity: 'error', subjects: ['dx'], fix: { element: 'dx', prop: 'macsec', value: false } });
    expect(findings[0]!.message).toBe('Direct Connect connection dx is a hosted connection with MACsec; AWS supports MACsec only on dedicated connections.');
  });

  it('refuses MACsec on a dedicated connection of another speed, including the default 1Gbps', () => {
    const findings = run({ bandwidth: '25Gbps', macsec: true });
    expect(findings.map((f) => f.message)).toEqual([
      'Direct Connect connection dx has MACsec at "25Gbps"; AWS supports MACsec only on dedicated connections of 10, 100 or 400 Gbps.',
    ]);
    expect(run({ macsec: true })).toHaveLength(1);
    expect(run({ bandwidth: 'fast', macsec: true })).toHaveLength(1);
  });

  it('near misses: 10, 100 and 400 Gbps dedicated, and no MACsec at all', () => {
    for (const bandwidth of ['10Gbps', '100Gbps', '400Gbps', '10 gbps', '100G']) expect(run({ bandwidth, macsec: true })).toEqual([]);
    expect(run({ type: 'hosted', bandwidth: '500Mbps' })).toEqual([]);
    expect(run({ bandwidth: '1Gbps', macsec: false })).toEqual([]);
  });

  it('reads bandwidth strings', () => {
    expect(bandwidthMbps('500Mbps')).toBe(500);
    expect(bandwidthMbps('10Gbps')).toBe(10_000);
    expect(bandwidthMbps('400 Gbps')).toBe(400_000);
    expect(bandwidthMbps('ten')).toBeUndefined();
  });
});
