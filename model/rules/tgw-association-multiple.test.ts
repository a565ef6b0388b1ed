import { describe, expect, it } from 'vitest';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, vpc } from '../testing/build';
import { tgwAssociationMultiple } from './tgw-association-multiple';

type Raw = Record<string, unknown>;
const run = (tables: Raw[]) =>
  tgwAssociationMultiple.check(
    indexOf(
      buildDocument(
        [vpc('dev', ['10.1.0.0/16']), vpc('prod', ['10.2.0.0/16']), node('tgw', 'transit-gateway', undefined, { routeTables: tables })],
        [link('att-dev', 'tgw-attachment', 'tgw', 'dev'), link('att-prod', 'tgw-attachment', 'tgw', 'prod')],
      ),
    ),
  );

describe('tgw-association-multiple', () => {
  it('fires on an attachment associated with two tables, naming both', () => {
    const findings = run([
      { id: 'rt-a', name: 'spokes', associations: ['att-dev', 'att-prod'] },
      { id: 'rt-b', name: 'shared', associations: ['att-dev'] },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'tgw-association-multiple', severity: 'error', subjects: ['att-dev', 'tgw', 'rt-a', 'rt-b'] });
    expect(findings[0]!.message).toBe(
      'VPC attachment att-dev (VPC dev) is associated with 2 route tables of Transit gateway tgw (route table spokes, route table shared); an attachment is associated with exactly one table, which routes the traffic it brings.',
    );
  });

  it('near misses: one table each; an id listed twice in one table; an id that is not an attachment', () => {
    expect(run([{ id: 'rt-a', associations: ['att-dev', 'att-dev'] }, { id: 'rt-b', associations: ['att-prod'] }])).toEqual([]);
    expect(run([{ id: 'rt-a', associations: ['ghost'] }, { id: 'rt-b', associations: ['ghost'] }])).toEqual([]);
  });
});
