import { describe, expect, it } from 'vitest';
import { segmentationOf } from '../../../../model/graph/tgw-segments';
import { buildDocument, link, node, vpc } from '../../../../model/testing/build';
import { SEGMENT_COLOURS, segmentClass, segmentClasses } from './segment-classes';

describe('segment classes', () => {
  it('gives each table of a gateway its own colour slot, wrapping after the last colour, and unassociated attachments their own class', () => {
    expect(segmentClass({ id: 'a', name: 'a', slot: 0 })).toBe('vc-seg vc-seg-0');
    expect(segmentClass({ id: 'b', name: 'b', slot: SEGMENT_COLOURS + 1 })).toBe('vc-seg vc-seg-1');
    expect(segmentClass(null)).toBe('vc-seg vc-seg-none');
  });

  it('classes every attachment of the document and nothing else', () => {
    const doc = buildDocument(
      [
        vpc('dev', ['10.1.0.0/16']),
        vpc('prod', ['10.2.0.0/16']),
        node('hub', 'transit-gateway', undefined, { routeTables: [{ id: 'rt-a', associations: ['att-dev'] }, { id: 'rt-b', associations: [] }] }),
      ],
      [link('att-dev', 'tgw-attachment', 'hub', 'dev'), link('att-prod', 'tgw-attachment', 'hub', 'prod'), link('pcx', 'vpc-peering', 'dev', 'prod')],
    );
    expect([...segmentClasses(segmentationOf(doc))]).toEqual([
      ['att-dev', 'vc-seg vc-seg-0'],
      ['att-prod', 'vc-seg vc-seg-none'],
    ]);
  });
});
