import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, subnet, vpc } from '../testing/build';
import { routeTableMain } from './route-table-main';

type Raw = Record<string, unknown>;
const run = (tables: Raw[] | undefined) =>
  routeTableMain.check(indexOf(buildDocument([vpc('dev', ['10.1.0.0/16'], tables ? { props: { routeTables: tables } } : {}), subnet('a', 'dev', '10.1.0.0/24')])));

describe('route-table-main', () => {
  it('fires when no table is main, naming every table', () => {
    const findings = run([{ id: 'rt-a', name: 'private' }, { id: 'rt-b' }]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'route-table-main', severity: 'error', subjects: ['dev', 'rt-a', 'rt-b'] });
    expect(findings[0]!.message).toBe(
      'VPC dev has route tables (route table private, route table rt-b) but none is its main table; subnets without an explicit association use the main table, so mark exactly one as main.',
    );
  });

  it('fires when two tables are main, naming those two', () => {
    const findings = run([{ id: 'rt-a', main: true }, { id: 'rt-b', name: 'public', main: true }, { id: 'rt-c' }]);
    expect(findings.map((f) => f.subjects)).toEqual([['dev', 'rt-a', 'rt-b']]);
    expect(findings[0]!.message).toMatch(/^VPC dev has 2 main route tables \(route table rt-a, route table public\); a VPC has exactly one main table/);
  });

  it('near misses: exactly one main table; an implicitly routed VPC (no or empty routeTables)', () => {
    expect(run([{ id: 'rt-a', main: true }, { id: 'rt-b', main: false }])).toEqual([]);
    expect(run(undefined)).toEqual([]);
    expect(run([])).toEqual([]);
  });
});
