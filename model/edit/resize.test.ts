import { describe, expect, it } from 'vitest';
import { buildDocument, node, region, subnet, vpc } from '../testing/build';
import { CONTAINER_PADDING, LEAF_SIZE, sizeOf } from './geometry';
import { minimumSize, resizeContainer } from './resize';

const doc = buildDocument([
  region('r', 'us-east-1', { position: { x: 0, y: 0 }, size: { width: 900, height: 700 } }),
  vpc('prod', ['10.0.0.0/16'], { parent: 'r', position: { x: 40, y: 60 }, size: { width: 600, height: 400 } }),
  subnet('app', 'prod', '10.0.1.0/24', { position: { x: 20, y: 60 }, size: { width: 300, height: 200 } }),
  node('igw', 'internet-gateway', 'prod', undefined, { position: { x: 600 - LEAF_SIZE.width / 2, y: 120 } }),
]);
const byId = (d: typeof doc, id: string) => d.nodes.find((n) => n.id === id)!;

describe('resizeContainer', () => {
  it('takes the size asked for, keeping its corner and its contents in place', () => {
    const next = resizeContainer(doc, 'prod', { width: 700, height: 500 });
    expect(byId(next, 'prod')).toMatchObject({ position: { x: 40, y: 60 }, size: { width: 700, height: 500 } });
    expect(byId(next, 'app').position).toEqual({ x: 20, y: 60 });
  });

  it('never shrinks past its children plus padding, nor its kind minimum', () => {
    expect(minimumSize(doc, 'prod')).toEqual({ width: 20 + 300 + CONTAINER_PADDING, height: 60 + 200 + CONTAINER_PADDING });
    const next = resizeContainer(doc, 'prod', { width: 10, height: 10 });
    expect(sizeOf(byId(next, 'prod'))).toEqual(minimumSize(doc, 'prod'));
    expect(sizeOf(byId(resizeContainer(doc, 'app', { width: 1, height: 1 }), 'app'))).toEqual({ width: 200, height: 100 });
  });

  it('keeps a gateway on the edge it sits on', () => {
    const next = resizeContainer(doc, 'prod', { width: 800, height: 400 });
    expect(byId(next, 'igw').position).toEqual({ x: 800 - LEAF_SIZE.width / 2, y: 120 });
  });

  it('grows the container around it when it outgrows it', () => {
    const next = resizeContainer(doc, 'prod', { width: 1200, height: 400 });
    expect(sizeOf(byId(next, 'r')).width).toBeGreaterThanOrEqual(40 + 1200);
  });

  it('leaves the document alone for a leaf, an unknown id or no change', () => {
    expect(resizeContainer(doc, 'igw', { width: 500, height: 500 })).toBe(doc);
    expect(resizeContainer(doc, 'ghost', { width: 500, height: 500 })).toBe(doc);
    expect(resizeContainer(doc, 'prod', { width: 600, height: 400 })).toBe(doc);
  });
});
