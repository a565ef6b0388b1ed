import { describe, expect, it } from 'vitest';
import { buildDocument, node, region, subnet, vpc } from '../testing/build';
import { findNodes, searchableNodes } from './find-nodes';

const doc = buildDocument([
  region('tokyo', 'ap-northeast-1'),
  vpc('shared-prod', ['10.1.0.0/16'], { parent: 'tokyo', name: 'shared prod' }),
  vpc('prod', ['10.0.0.0/16'], { parent: 'tokyo', name: 'prod' }),
  vpc('production-eu', ['10.2.0.0/16'], { name: 'production eu' }),
  subnet('prod-a', 'prod', '10.0.1.0/24', { name: 'app', props: { az: 'ap-northeast-1a' } }),
  node('tgw-1', 'transit-gateway', 'tokyo', { asn: 64512 }, { name: 'hub' }),
]);
const found = (query: string) => findNodes(searchableNodes(doc), query).map((f) => f.node.id);

describe('findNodes', () => {
  it('puts an exact name first, then names that start with the query, then the rest, each in document order', () => {
    expect(found('prod')).toEqual(['prod', 'production-eu', 'shared-prod', 'prod-a']);
  });

  it('matches every word anywhere in the kind, name, address blocks and id, in any case', () => {
    expect(found('Transit HUB')).toEqual(['tgw-1']);
    expect(found('10.0.1.0')).toEqual(['prod-a']);
    expect(found('subnet 10.0')).toEqual(['prod-a']);
    expect(found('tgw-1')).toEqual(['tgw-1']);
    expect(found('nothing like it')).toEqual([]);
  });

  it('lists every node for an empty query, each described as findings name it', () => {
    const all = findNodes(searchableNodes(doc), '  ');
    expect(all.map((f) => f.node.id)).toEqual(doc.nodes.map((n) => n.id));
    expect(all.find((f) => f.node.id === 'prod')!.text).toBe('VPC prod (10.0.0.0/16)');
  });
});
