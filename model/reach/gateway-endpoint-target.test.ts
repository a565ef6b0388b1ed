import { describe, expect, it } from 'vitest';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { reach } from './reach';

const doc = (associated: string[]) =>
  buildDocument([
    vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-private', main: true }, { id: 'rt-public', routes: [] }] } }),
    subnet('private-a', 'dev', '10.1.0.0/24'),
    subnet('public-a', 'dev', '10.1.1.0/24', { props: { routeTable: 'rt-public' } }),
    node('app', 'instance', 'private-a'),
    node('s3', 'vpc-endpoint', 'dev', { type: 'gateway', service: 's3', routeTables: associated }),
    vpc('other', ['10.2.0.0/16']),
    subnet('other-a', 'other', '10.2.0.0/24'),
  ]);

describe('gateway endpoints as reach targets (explicitly routed VPC)', () => {
  it('are reached from a subnet whose table they are associated with, through the prefix-list route', () => {
    const result = reach(doc(['rt-private']), 'app', 's3');
    expect(result).toEqual({
      reachable: true,
      path: ['app', 'private-a', 'dev', 's3'],
      routes: [{ at: 'dev', table: 'rt-private', destination: 'pl-s3', target: 's3' }],
      blockedBy: [],
    });
    // A VPC stands for its best-placed subnet.
    expect(reach(doc(['rt-public']), 'dev', 's3').reachable).toBe(true);
  });

  it('are not reached from a subnet whose table they are not associated with (gateway-endpoint-remote-use)', () => {
    const result = reach(doc(['rt-public']), 'private-a', 's3');
    expect(result.blockedBy).toEqual([
      {
        rule: 'gateway-endpoint-remote-use',
        subjects: ['s3', 'private-a', 'dev', 'rt-private'],
        message: 'VPC endpoint s3 is associated with no route table that Subnet private-a uses (rt-private), so its traffic to s3 never takes the endpoint.',
      },
    ]);
    expect(reach(doc([]), 'dev', 's3').blockedBy[0]!.rule).toBe('gateway-endpoint-remote-use');
  });

  it('are never reached from outside their VPC', () => {
    const result = reach(doc(['rt-private', 'rt-public']), 'other-a', 's3');
    expect(result.reachable).toBe(false);
    expect(result.blockedBy.map((b) => b.rule)).toEqual(['gateway-endpoint-remote-use']);
    expect(result.blockedBy[0]!.subjects).toEqual(['s3', 'other-a']);
  });
});
