import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { routeDuplicate } from './route-duplicate';

type Raw = Record<string, unknown>;
const r = (destination: string, target: string): Raw => ({ destination, target });
const run = (devRoutes: Raw[], tgwRoutes: Raw[] = []) =>
  routeDuplicate.check(
    indexOf(
      buildDocument(
        [
          vpc('dev', ['10.1.0.0/16'], { props: { routeTables: [{ id: 'rt-dev', name: 'private', main: true, routes: devRoutes }, { id: 'rt-2', routes: [r('0.0.0.0/0', 'igw')] }] } }),
          node('igw', 'internet-gateway', 'dev'),
          node('tgw', 'transit-gateway', undefined, { routeTables: [{ id: 'tgw-rt', routes: tgwRoutes }] }),
        ],
        [link('att', 'tgw-attachment', 'tgw', 'dev')],
      ),
    ),
  );

describe('route-duplicate', () => {
  it('fires on two routes for one destination in one table, naming both targets', () => {
    const findings = run([r('0.0.0.0/0', 'igw'), r('10.0.0.0/8', 'tgw'), r('0.0.0.0/0', 'tgw')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'route-duplicate', severity: 'error', subjects: ['dev', 'rt-dev'] });
    expect(findings[0]!.message).toBe(
      'Route table private of VPC dev lists 2 routes for 0.0.0.0/0 (to Internet gateway igw, Transit gateway tgw); a route table holds one route per destination, so AWS refuses the second.',
    );
  });

  it('compares destinations as blocks, so host bits do not hide a duplicate; also in transit gateway tables', () => {
    expect(run([r('10.0.0.0/8', 'tgw'), r('10.1.2.3/8', 'igw')]).map((f) => f.subjects)).toEqual([['dev', 'rt-dev']]);
    expect(run([], [r('10.0.0.0/8', 'att'), r('10.0.0.0/8', 'blackhole')]).map((f) => f.subjects)).toEqual([['tgw', 'tgw-rt']]);
  });

  it('near misses: the same destination in two tables; nested destinations', () => {
    expect(run([r('0.0.0.0/0', 'tgw'), r('10.0.0.0/8', 'tgw'), r('10.0.0.0/9', 'tgw')])).toEqual([]);
  });
});
