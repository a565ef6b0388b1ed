import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { flowNoPath } from './flow-no-path';

type Raw = Record<string, unknown>;

/** dev and shared on an explicitly routed hub that learns both; dev's table and shared's table are given. */
function doc(devRoutes: Raw[], sharedRoutes: Raw[], flow: Raw) {
  return buildDocument(
    [
      vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, routes: devRoutes }] } }),
      subnet('dev-a', 'dev', '10.1.0.0/24'),
      vpc('shared', ['10.3.0.0/16'], { props: { routeTables: [{ id: 'rt-shared', main: true, routes: sharedRoutes }] } }),
      subnet('shared-a', 'shared', '10.3.0.0/24'),
      node('hub', 'transit-gateway', undefined, { routeTables: [{ id: 'hub-rt', associations: ['att-dev', 'att-shared'], propagations: ['att-dev', 'att-shared'] }] }),
    ],
    [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-shared', 'tgw-attachment', 'hub', 'shared'), flow],
  );
}
const toHub = [{ destination: '10.0.0.0/8', target: 'hub' }];
const flow = (props: Raw = {}): Raw => ({ id: 'f', kind: 'flow', name: 'app', source: 'dev-a', target: 'shared', props });
const findings = (d: ReturnType<typeof doc>) => flowNoPath.check(indexOf(d));

describe('route-return-missing', () => {
  it('fires when the forward path holds but the reply has no route back, naming the table where it stopped', () => {
    const result = findings(doc(toHub, [], flow()));
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ rule: 'route-return-missing', severity: 'error', subjects: ['f', 'shared', 'rt-shared'] });
    expect(result[0]!.message).toBe(
      'Flow app (Subnet dev-a → VPC shared) reaches VPC shared, but the reply has no route back to 10.1.0.0/24. Route table rt-shared of VPC shared has no route to 10.1.0.0/24.',
    );
  });

  it('near miss: with the route back, the flow holds', () => {
    expect(findings(doc(toHub, toHub, flow()))).toEqual([]);
  });

  it('checks forward, then the reply, then the reverse direction', () => {
    // Forward fails: its own rule, not the reply's.
    expect(findings(doc([], toHub, flow({ bidirectional: true }))).map((f) => f.rule)).toEqual(['route-no-route']);
    // Forward holds, reply and reverse both fail: the reply is reported.
    expect(findings(doc(toHub, [], flow({ bidirectional: true }))).map((f) => f.rule)).toEqual(['route-return-missing']);
  });

  it('is never asked of a document without route tables', () => {
    const d = buildDocument(
      [vpc('dev', ['10.1.0.0/16']), subnet('dev-a', 'dev', '10.1.0.0/24'), vpc('shared', ['10.3.0.0/16']), node('hub', 'transit-gateway')],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-shared', 'tgw-attachment', 'hub', 'shared'), flow()],
    );
    expect(flowNoPath.check(indexOf(d))).toEqual([]);
  });

  it("after a NAT gateway the reply goes back to the NAT gateway's subnet, not to the source's", () => {
    const natDoc = (sharedRoutes: Raw[]) =>
      buildDocument(
        [
          vpc('dev', ['10.1.0.0/16'], {
            props: {
              routeTables: [
                { id: 'rt-dev', main: true, routes: [{ destination: '10.3.0.0/16', target: 'nat' }] },
                { id: 'rt-nat', routes: [{ destination: '10.3.0.0/16', target: 'hub' }] },
              ],
            },
          }),
          subnet('dev-a', 'dev', '10.1.0.0/24'),
          subnet('dev-nat', 'dev', '10.1.5.0/24', { props: { routeTable: 'rt-nat' } }),
          node('nat', 'nat-gateway', 'dev-nat', { connectivity: 'private' }),
          vpc('shared', ['10.3.0.0/16'], { props: { routeTables: [{ id: 'rt-shared', main: true, routes: sharedRoutes }] } }),
          subnet('shared-a', 'shared', '10.3.0.0/24'),
          node('hub', 'transit-gateway', undefined, { routeTables: [{ id: 'hub-rt', associations: ['att-dev', 'att-shared'], propagations: ['att-dev', 'att-shared'] }] }),
        ],
        // One way only: the way back as a new connection is not asked.
        [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-shared', 'tgw-attachment', 'hub', 'shared'), flow({ bidirectional: false })],
      );
    expect(findings(natDoc([{ destination: '10.1.5.0/24', target: 'hub' }]))).toEqual([]);
    const missing = findings(natDoc([{ destination: '10.1.0.0/24', target: 'hub' }]));
    expect(missing.map((f) => f.rule)).toEqual(['route-return-missing']);
    expect(missing[0]!.message).toMatch(/no route back to 10\.1\.5\.0\/24/);
  });

  it('a flow to the internet always gets its reply', () => {
    const d = buildDocument(
      [
        vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', main: true, routes: [{ destination: '0.0.0.0/0', target: 'igw' }] }] } }),
        subnet('dev-a', 'dev', '10.1.0.0/24', { props: { public: true } }),
        node('igw', 'internet-gateway', 'dev'),
        node('inet', 'internet'),
      ],
      [{ id: 'f', kind: 'flow', source: 'dev-a', target: 'inet' }],
    );
    expect(flowNoPath.check(indexOf(d))).toEqual([]);
  });
});
