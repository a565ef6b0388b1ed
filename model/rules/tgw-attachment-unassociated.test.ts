import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { tgwAttachmentUnassociated } from './tgw-attachment-unassociated';

type Raw = Record<string, unknown>;
const run = (tables: Raw[] | undefined) =>
  tgwAttachmentUnassociated.check(
    indexOf(
      buildDocument(
        [
          vpc('dev', ['10.1.0.0/16']),
          node('tgw', 'transit-gateway', undefined, tables ? { routeTables: tables } : undefined),
          node('tgw-us', 'transit-gateway', undefined, { routeTables: [{ id: 'us-rt', associations: ['peer'] }] }),
          node('vpn', 'vpn-connection'),
        ],
        [link('att-dev', 'tgw-attachment', 'tgw', 'dev'), link('peer', 'tgw-peering', 'tgw', 'tgw-us'), link('vpn-aws', 'vpn-link', 'vpn', 'tgw')],
      ),
    ),
  );

describe('tgw-attachment-unassociated', () => {
  it('fires on each attachment of an explicitly routed gateway that no table is associated with', () => {
    const findings = run([{ id: 'rt', associations: ['att-dev'] }]);
    expect(findings.map((f) => f.subjects)).toEqual([
      ['peer', 'tgw'],
      ['vpn-aws', 'tgw'],
    ]);
    expect(findings[0]).toMatchObject({ rule: 'tgw-attachment-unassociated', severity: 'warning' });
    expect(findings[0]!.message).toBe(
      'Peering attachment peer (Transit gateway tgw-us) is associated with no route table of Transit gateway tgw, so the transit gateway drops all the traffic that arrives through it; associate it with one table.',
    );
  });

  it('near misses: every attachment associated; an implicitly routed gateway (the peer side is associated on its own gateway)', () => {
    expect(run([{ id: 'rt', associations: ['att-dev', 'peer'] }, { id: 'rt-2', associations: ['vpn-aws'] }])).toEqual([]);
    expect(run(undefined)).toEqual([]);
  });
});
