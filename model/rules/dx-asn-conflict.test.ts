import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, region } from '../testing/build';
import { dxAsnConflict } from './dx-asn-conflict';

type Raw = Record<string, unknown>;
const asn = (value: number | undefined): Raw | undefined => (value === undefined ? undefined : { asn: value });
const run = (dx: number | undefined, eu: number | undefined, us: number | undefined, usRegion = 'us') =>
  dxAsnConflict.check(
    indexOf(
      buildDocument(
        [
          region('eu', 'eu-west-1'),
          region('us', 'us-east-1'),
          node('dxgw', 'dx-gateway', undefined, asn(dx)),
          node('tgw-eu', 'transit-gateway', 'eu', asn(eu)),
          node('tgw-us', 'transit-gateway', usRegion, asn(us)),
        ],
        [link('as-eu', 'dxgw-association', 'dxgw', 'tgw-eu'), link('as-us', 'dxgw-association', 'tgw-us', 'dxgw')],
      ),
    ),
  );

describe('dx-asn-conflict', () => {
  it("fires on a transit gateway with the DX gateway's ASN", () => {
    const findings = run(64512, 64512, 64513);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'dx-asn-conflict', severity: 'error', subjects: ['as-eu', 'tgw-eu', 'dxgw'] });
    expect(findings[0]!.message).toBe(
      'Transit gateway tgw-eu and Direct Connect gateway dxgw both use ASN 64512; AWS refuses to associate a transit gateway with a Direct Connect gateway of the same ASN, so give one of them another private ASN.',
    );
  });

  it('fires on two transit gateways in different regions sharing an ASN on one DX gateway', () => {
    const findings = run(65000, 64513, 64513);
    expect(findings.map((f) => f.subjects)).toEqual([['as-us', 'tgw-us', 'tgw-eu', 'dxgw', 'as-eu']]);
    expect(findings[0]!.message).toBe(
      'Transit gateway tgw-us (us-east-1) and Transit gateway tgw-eu (eu-west-1) share ASN 64513 on Direct Connect gateway dxgw; transit gateways in different regions on one Direct Connect gateway need unique ASNs, or each ignores the routes the other advertises.',
    );
  });

  it('near misses: distinct ASNs; a shared ASN in one region; ASNs not set yet', () => {
    expect(run(65000, 64512, 64513)).toEqual([]);
    expect(run(65000, 64513, 64513, 'eu')).toEqual([]);
    expect(run(undefined, undefined, undefined)).toEqual([]);
    expect(run(undefined, 64512, undefined)).toEqual([]);
  });
});
