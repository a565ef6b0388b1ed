import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { applianceSourceDestCheck } from './appliance-source-dest-check';

type Raw = Record<string, unknown>;
const run = (instanceProps: Raw | undefined, routes: Raw[] = [{ destination: '0.0.0.0/0', target: 'fw' }]) =>
  applianceSourceDestCheck.check(
    indexOf(
      buildDocument([
        vpc('dev', ['10.1.0.0/16'], {
          props: {
            routeTables: [
              { id: 'rt-main', name: 'private', main: true, routes },
              { id: 'rt-edge', name: 'edge', routes: [{ destination: '10.1.0.0/24', target: 'fw' }] },
            ],
          },
        }),
        subnet('dev-a', 'dev', '10.1.0.0/24'),
        node('fw', 'instance', 'dev-a', instanceProps),
        node('web', 'instance', 'dev-a'),
      ]),
    ),
  );

describe('appliance-source-dest-check', () => {
  it('fires once per instance with the check on (the default), listing every route to it and offering to turn the check off', () => {
    const findings = run(undefined);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'appliance-source-dest-check',
      severity: 'error',
      subjects: ['fw', 'dev', 'rt-main', 'rt-edge'],
      fix: { element: 'fw', prop: 'sourceDestCheck', value: false },
    });
    expect(findings[0]!.message).toBe(
      'Routes send traffic through Instance fw (route table private: 0.0.0.0/0; route table edge: 10.1.0.0/24), but its source/destination check is on, so it drops every packet that is not addressed to it; ' +
        'turn the check off on an instance that forwards traffic (NAT instance, firewall, router).',
    );
  });

  it('near misses: the check off; an instance no route targets', () => {
    expect(run({ sourceDestCheck: false })).toEqual([]);
    expect(run({ sourceDestCheck: false }, [{ destination: '0.0.0.0/0', target: 'fw' }, { destination: '1.0.0.0/8', target: 'fw' }])).toEqual([]);
  });
});
