import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, vpc } from '../testing/build';
import { DEFAULT_TABLE, segmentationOf } from './tgw-segments';

const doc = buildDocument(
  [
    vpc('dev', ['10.1.0.0/16']),
    vpc('prod', ['10.2.0.0/16']),
    vpc('shared', ['10.3.0.0/16']),
    vpc('far', ['10.4.0.0/16']),
    node('hub', 'transit-gateway', undefined, {
      routeTables: [
        { id: 'rt-spokes', name: 'spokes', associations: ['att-dev', 'att-prod'] },
        { id: 'rt-shared', associations: ['att-shared', 'att-dev'] },
      ],
    }),
    node('edge', 'transit-gateway'),
  ],
  [
    link('att-dev', 'tgw-attachment', 'hub', 'dev'),
    link('att-prod', 'tgw-attachment', 'hub', 'prod'),
    link('att-shared', 'tgw-attachment', 'hub', 'shared'),
    link('peer', 'tgw-peering', 'edge', 'hub'),
    link('att-far', 'tgw-attachment', 'edge', 'far'),
    link('pcx', 'vpc-peering', 'dev', 'prod'),
  ],
);

describe('segmentationOf', () => {
  const seg = segmentationOf(doc);
  const tableOf = (id: string) => seg.byConnection.get(id)?.table;

  it('gives each attachment of an explicitly routed gateway the table it is associated with (the first, when listed twice)', () => {
    expect(tableOf('att-prod')).toMatchObject({ id: 'rt-spokes', name: 'spokes', slot: 0 });
    expect(tableOf('att-dev')).toMatchObject({ id: 'rt-spokes' });
    expect(tableOf('att-shared')).toMatchObject({ id: 'rt-shared', name: 'rt-shared', slot: 1 });
  });

  it('puts every attachment of an implicitly routed gateway in its default table', () => {
    const edge = seg.gateways.find((g) => g.tgw.id === 'edge')!;
    expect(edge.explicit).toBe(false);
    expect(edge.tables).toEqual([{ id: DEFAULT_TABLE, name: 'default table', slot: 0 }]);
    expect(tableOf('att-far')).toMatchObject({ id: DEFAULT_TABLE });
  });

  it('marks an attachment no table lists as unassociated, and colours a peering by its source gateway', () => {
    const hub = seg.gateways.find((g) => g.tgw.id === 'hub')!;
    expect(hub.associations.get('peer')).toBeNull();
    expect(seg.byConnection.get('peer')).toEqual({ tgw: 'edge', table: { id: DEFAULT_TABLE, name: 'default table', slot: 0 } });
  });

  it('leaves connections that are no attachment out', () => {
    expect(seg.byConnection.has('pcx')).toBe(false);
  });
});
