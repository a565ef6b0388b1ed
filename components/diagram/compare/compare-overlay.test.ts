import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../model/diff/diff-documents';
import { buildDocument, link, subnet, vpc } from '../../../model/testing/build';
import { compareMarks, ghostsOf } from './compare-overlay';

const deployed = buildDocument(
  [
    vpc('a', ['10.0.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 400, height: 300 } }),
    vpc('b', ['10.1.0.0/16'], { position: { x: 500, y: 0 }, size: { width: 400, height: 300 } }),
    subnet('b-app', 'b', '10.1.1.0/24', { position: { x: 20, y: 60 }, size: { width: 200, height: 120 } }),
  ],
  [link('pcx', 'vpc-peering', 'a', 'b')],
);
const design = buildDocument(
  [
    vpc('a', ['10.0.0.0/16', '10.5.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 400, height: 300 } }),
    vpc('c', ['10.2.0.0/16'], { position: { x: 0, y: 400 }, size: { width: 400, height: 300 } }),
  ],
  [link('pcx-ac', 'vpc-peering', 'a', 'c')],
);

describe('compare overlay', () => {
  const diff = diffDocuments(deployed, design);

  it('marks what the design adds and changes', () => {
    const marks = compareMarks(diff);
    expect(marks.get('c')).toBe('added');
    expect(marks.get('pcx-ac')).toBe('added');
    expect(marks.get('a')).toBe('changed');
    expect(marks.has('b')).toBe(false);
  });

  it('draws what the design removes as ghosts where they were, containers first', () => {
    const ghosts = ghostsOf(deployed, diff);
    expect(ghosts.map((g) => g.id)).toEqual(['b', 'b-app']);
    expect(ghosts[1]).toMatchObject({ x: 520, y: 60, width: 200, height: 120 });
  });
});
