import { describe, expect, it } from 'vitest';
import { CONNECTION_KIND_LIST } from '../kinds/connection-kinds';
import { NODE_KIND_LIST, nodeKindSpec } from '../kinds/node-kinds';
import { buildDocument, node, vpc } from '../testing/build';
import { defaultSize, isContainerKind, isEdgeMounted, LEAF_SIZE, mountsOnEdge } from './geometry';
import { freshConnectionId, freshNodeId } from './ids';

describe('what the edit commands read from the kind registries', () => {
  it('numbers fresh ids after each kind’s prefix, skipping ids in use by any element', () => {
    const taken = new Set(['vpc-1', 'igw-1']);
    expect(freshNodeId('vpc', taken)).toBe('vpc-2');
    expect(freshNodeId('internet-gateway', taken)).toBe('igw-2');
    expect(freshConnectionId('vpc-peering', taken)).toBe('pcx-1');
    for (const kind of NODE_KIND_LIST) expect(freshNodeId(kind, new Set())).toBe(`${nodeKindSpec(kind).idPrefix}-1`);
    for (const kind of CONNECTION_KIND_LIST) expect(freshConnectionId(kind, new Set())).toMatch(/-1$/);
  });

  it('gives containers their registry size and every other kind the leaf size', () => {
    for (const kind of NODE_KIND_LIST) {
      expect(defaultSize(kind), kind).toEqual(isContainerKind(kind) ? nodeKindSpec(kind).container!.defaultSize : LEAF_SIZE);
    }
    for (const kind of NODE_KIND_LIST.filter(isContainerKind)) {
      const { width, height } = defaultSize(kind);
      expect(width > LEAF_SIZE.width && height > LEAF_SIZE.height, `${kind} holds a leaf`).toBe(true);
    }
  });

  it('mounts gateways on the border of the VPC they are attached to, and nowhere else', () => {
    expect(mountsOnEdge('internet-gateway', 'vpc')).toBe(true);
    expect(mountsOnEdge('vpn-gateway', 'vpc')).toBe(true);
    expect(mountsOnEdge('vpn-gateway', 'region')).toBe(false);
    expect(mountsOnEdge('vpn-gateway', undefined)).toBe(false);
    expect(mountsOnEdge('nat-gateway', 'subnet')).toBe(false);
    const doc = buildDocument([vpc('prod', ['10.0.0.0/16']), node('igw', 'internet-gateway', 'prod'), node('loose', 'internet-gateway')]);
    const [prod, igw, loose] = doc.nodes;
    expect(isEdgeMounted(igw!, prod)).toBe(true);
    expect(isEdgeMounted(loose!, undefined)).toBe(false);
  });
});
