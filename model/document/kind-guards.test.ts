import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { isConnectionOfKind, isKind, isKindIn } from './kind-guards';
import type { TopologyNode } from './types';

const doc = buildDocument(
  [vpc('prod', ['10.0.0.0/16']), subnet('web', 'prod', '10.0.1.0/24', { props: { public: true } }), node('igw', 'internet-gateway', 'prod')],
  [link('f', 'flow', 'web', 'prod', { bidirectional: false })],
);
const [prod, web, igw] = doc.nodes;

describe('kind guards', () => {
  it('narrow a node to its kind, so its props are the kind’s', () => {
    const node: TopologyNode | undefined = web;
    expect(isKind(node, 'subnet')).toBe(true);
    if (isKind(node, 'subnet')) {
      // Type-checks only because the guard narrowed `props` to a subnet's (elsewhere `public` is unknown).
      const isPublic: boolean | undefined = node.props?.public;
      expect(isPublic).toBe(true);
    }
    expect(isKind(prod, 'subnet')).toBe(false);
    expect(isKind(undefined, 'vpc')).toBe(false);
  });

  it('accept a kind held in a variable or a list of kinds', () => {
    const gatewayKinds = ['internet-gateway', 'egress-only-internet-gateway'] as const;
    expect(doc.nodes.filter((n) => isKindIn(n, gatewayKinds)).map((n) => n.id)).toEqual([igw!.id]);
    expect(isKindIn(undefined, gatewayKinds)).toBe(false);
    const kind: 'vpc' | 'subnet' = 'vpc';
    expect(doc.nodes.filter((n) => isKind(n, kind)).map((n) => n.id)).toEqual(['prod']);
  });

  it('narrow a connection to its kind', () => {
    const [flow] = doc.connections;
    expect(isConnectionOfKind(flow, 'flow')).toBe(true);
    if (isConnectionOfKind(flow, 'flow')) {
      const bidirectional: boolean | undefined = flow.props?.bidirectional;
      expect(bidirectional).toBe(false);
    }
    expect(isConnectionOfKind(flow, 'vif')).toBe(false);
    expect(isConnectionOfKind(undefined, 'flow')).toBe(false);
  });
});
