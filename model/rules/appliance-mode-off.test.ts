import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { applianceModeOff } from './appliance-mode-off';

type Raw = Record<string, unknown>;
interface Setup {
  applianceMode?: boolean;
  /** Routes of the inspection VPC's attachment-subnet table. */
  tgwSubnetRoutes?: Raw[];
  /** The hub's tables; undefined: implicitly routed. */
  hubTables?: Raw[];
  attachmentSubnets?: string[];
}
const run = ({ applianceMode = false, tgwSubnetRoutes = [{ destination: '0.0.0.0/0', target: 'fw' }], hubTables, attachmentSubnets = ['insp-tgw'] }: Setup = {}) =>
  applianceModeOff.check(
    indexOf(
      buildDocument(
        [
          vpc('insp', ['10.100.0.0/16'], {
            props: {
              routeTables: [
                { id: 'rt-insp-main', main: true },
                { id: 'rt-insp-tgw', name: 'tgw-subnets', routes: tgwSubnetRoutes },
              ],
            },
          }),
          subnet('insp-tgw', 'insp', '10.100.0.0/28', { props: { routeTable: 'rt-insp-tgw' } }),
          subnet('insp-fw', 'insp', '10.100.1.0/24'),
          node('fw', 'instance', 'insp-fw', { sourceDestCheck: false }),
          vpc('dev', ['10.1.0.0/16']),
          node('hub', 'transit-gateway', undefined, hubTables ? { routeTables: hubTables } : undefined),
        ],
        [link('att-insp', 'tgw-attachment', 'hub', 'insp', { applianceMode, subnets: attachmentSubnets }), link('att-dev', 'tgw-attachment', 'hub', 'dev')],
      ),
    ),
  );
const spokesToInspection = [
  { id: 'hub-spokes', associations: ['att-dev'], routes: [{ destination: '0.0.0.0/0', target: 'att-insp' }] },
  { id: 'hub-insp', associations: ['att-insp'], propagations: ['att-dev'] },
];

describe('appliance-mode-off', () => {
  it('fires when the hub sends spoke traffic into a VPC whose attachment subnets route it through an appliance, offering to turn it on', () => {
    const findings = run({ hubTables: spokesToInspection });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'appliance-mode-off',
      severity: 'warning',
      subjects: ['att-insp', 'insp', 'fw', 'hub', 'rt-insp-tgw'],
      fix: { element: 'att-insp', prop: 'applianceMode', value: true },
    });
    expect(findings[0]!.message).toBe(
      'VPC attachment att-insp (VPC insp) brings traffic from Transit gateway hub that route table tgw-subnets of VPC insp sends through an appliance (0.0.0.0/0 → Instance fw), ' +
        'but appliance mode is off: the transit gateway may send the two directions of a flow to different availability zones, and a stateful appliance drops what it did not see begin. Turn appliance mode on.',
    );
  });

  it("counts a subnet route to the appliance for traffic to the VPC's own blocks, and the main table when the attachment lists no subnets", () => {
    expect(run({ tgwSubnetRoutes: [{ destination: '10.100.1.0/24', target: 'fw' }] })).toHaveLength(1);
    expect(run({ attachmentSubnets: [] })).toEqual([]);
  });

  it("near misses: appliance mode on; no route to an appliance; the hub never sends traffic into the VPC; only the VPC's own blocks arrive, which the local route carries", () => {
    expect(run({ hubTables: spokesToInspection, applianceMode: true })).toEqual([]);
    expect(run({ hubTables: spokesToInspection, tgwSubnetRoutes: [{ destination: '0.0.0.0/0', target: 'hub' }] })).toEqual([]);
    expect(run({ hubTables: [{ id: 'hub-rt', associations: ['att-dev', 'att-insp'], propagations: ['att-dev'] }] })).toEqual([]);
    expect(run()).toEqual([]);
  });
});
