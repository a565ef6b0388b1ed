import { describe, expect, it } from 'vitest';
import { asNodeId, asConnectionId } from '../document/types';
import { buildDocument, link, node, vpc } from '../testing/build';
import { routeHopText, routeTableName } from './route-hop-text';
import { indexOf } from '../graph/topology-index';

const index = indexOf(
  buildDocument(
    [
      vpc('vpc-dev', ['10.1.0.0/16'], { name: 'dev', props: { routeTables: [{ id: 'rt-private', name: 'private', main: true }, { id: 'rt-anon' }] } }),
      vpc('vpc-shared', ['10.2.0.0/16']),
      node('tgw-hub', 'transit-gateway', undefined, undefined, { name: 'hub' }),
    ],
    [link('att-dev', 'tgw-attachment', 'tgw-hub', 'vpc-dev')],
  ),
);

describe('routeHopText', () => {
  it('names the table and the target by name', () => {
    expect(routeHopText(index, { at: asNodeId('vpc-dev'), table: 'rt-private', destination: '10.0.0.0/8', target: 'tgw-hub' })).toBe('private: 10.0.0.0/8 → hub');
  });

  it('falls back on ids, and keeps local and blackhole as they are', () => {
    expect(routeHopText(index, { at: asNodeId('vpc-dev'), table: 'rt-anon', destination: '10.1.0.0/16', target: 'local' })).toBe('rt-anon: 10.1.0.0/16 → local');
    expect(routeHopText(index, { at: asNodeId('tgw-hub'), table: 'gone', destination: '10.0.0.0/8', target: 'blackhole' })).toBe('gone: 10.0.0.0/8 → blackhole');
  });

  it('says what propagated a learned route', () => {
    expect(routeHopText(index, { at: asNodeId('tgw-hub'), table: 'rt-private', destination: '10.2.0.0/16', target: 'att-dev', propagatedFrom: asConnectionId('att-dev') })).toBe(
      'private: 10.2.0.0/16 → att-dev (propagated by att-dev)',
    );
    expect(routeTableName(index, 'rt-private')).toBe('private');
  });
});
