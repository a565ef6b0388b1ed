import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { subnetPublicMismatch } from './subnet-public-mismatch';

type Raw = Record<string, unknown>;
const tables = [
  { id: 'rt-main', name: 'private', main: true, routes: [{ destination: '0.0.0.0/0', target: 'nat' }] },
  { id: 'rt-public', name: 'public', routes: [{ destination: '0.0.0.0/0', target: 'igw' }, { destination: '::/0', target: 'igw' }] },
  { id: 'rt-v6', name: 'v6-private', routes: [{ destination: '0.0.0.0/0', target: 'igw' }, { destination: '::/0', target: 'eigw' }] },
];
const run = (subnets: Raw[], routeTables: Raw[] = tables) =>
  subnetPublicMismatch.check(
    indexOf(
      buildDocument([
        vpc('dev', ['10.1.0.0/16'], { props: { ipv6Cidrs: ['2001:db8::/56'], routeTables } }),
        node('igw', 'internet-gateway', 'dev'),
        node('eigw', 'egress-only-internet-gateway', 'dev'),
        subnet('pub', 'dev', '10.1.9.0/24', { props: { public: true, routeTable: 'rt-public' } }),
        node('nat', 'nat-gateway', 'pub'),
        ...subnets,
      ]),
    ),
  );

describe('subnet-public-mismatch', () => {
  it('fires on a public subnet whose table (the main one) has no default route to the internet gateway, offering to mark it private', () => {
    const findings = run([subnet('web', 'dev', '10.1.0.0/24', { props: { public: true } })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'subnet-public-mismatch', severity: 'warning', subjects: ['web', 'dev', 'rt-main'], fix: { element: 'web', prop: 'public', value: false } });
    expect(findings[0]!.message).toBe(
      'Subnet web is marked public, but its route table private (the main table) has no 0.0.0.0/0 route to an internet gateway, so it is private as routed: nothing in it can be reached from the internet.',
    );
  });

  it('fires on a subnet not marked public whose table routes 0.0.0.0/0 to the internet gateway', () => {
    const findings = run([subnet('app', 'dev', '10.1.1.0/24', { props: { routeTable: 'rt-public' } })]);
    expect(findings.map((f) => f.subjects)).toEqual([['app', 'dev', 'igw', 'rt-public']]);
    expect(findings[0]!.message).toBe(
      'Subnet app is not marked public, but its route table public routes 0.0.0.0/0 to Internet gateway igw, which makes it a public subnet; mark it public, or associate it with a private table.',
    );
    expect(findings[0]!.fix).toMatchObject({ prop: 'public', value: true });
  });

  it('judges an IPv6-only subnet by its ::/0 route', () => {
    const v6only = (id: string, extra: Raw) => ({ id, kind: 'subnet', name: id, parent: 'dev', props: { ipv6Cidr: '2001:db8:0:1::/64', ...extra } });
    expect(run([v6only('v6', { public: true, routeTable: 'rt-v6' })]).map((f) => f.subjects)).toEqual([['v6', 'dev', 'rt-v6']]);
    expect(run([v6only('v6', { public: true, routeTable: 'rt-public' })])).toEqual([]);
  });

  it('near misses: matching subnets; a table that does not resolve; an implicitly routed VPC', () => {
    expect(run([subnet('app', 'dev', '10.1.1.0/24')])).toEqual([]);
    expect(run([subnet('app', 'dev', '10.1.1.0/24', { props: { public: true, routeTable: 'rt-gone' } })])).toEqual([]);
    expect(run([subnet('web', 'dev', '10.1.0.0/24', { props: { public: true } })], [])).toEqual([]);
  });
});
