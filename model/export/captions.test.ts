import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { DEFAULT_NODE_TEXTS, edgeCaption } from './captions';

const doc = buildDocument(
  [
    vpc('v', ['10.0.0.0/16'], { props: { cidrs: ['10.0.0.0/16'], ipv6Cidrs: ['2600:1f18::/56'] } }),
    subnet('s', 'v', '10.0.1.0/24', { name: '', props: { cidr: '10.0.1.0/24', az: 'us-east-1a', public: true } }),
    node('dx', 'dx-connection'),
    node('gw', 'dx-gateway'),
    node('tgw', 'transit-gateway', undefined, undefined, { name: '  hub  ' }),
  ],
  [
    { ...link('named-vif', 'vif', 'dx', 'gw', { type: 'transit', siteLink: true }), name: 'Transit VIF to hub' },
    link('assoc-empty', 'dxgw-association', 'gw', 'tgw'),
    { ...link('pcx', 'vpc-peering', 'v', 'v'), name: 'prod to shared' },
  ],
);
const byId = (id: string) => doc.connections.find((c) => c.id === id)!;
const nodeById = (id: string) => doc.nodes.find((n) => n.id === id)!;

describe('edgeCaption', () => {
  it('does not repeat the VIF type a name already says, and adds SiteLink', () => {
    expect(edgeCaption(byId('named-vif'))).toBe('Transit VIF to hub · SiteLink');
  });

  it('says nothing about an association without allowed prefixes', () => {
    expect(edgeCaption(byId('assoc-empty'))).toBe('');
  });

  it('shows a peering by its name', () => {
    expect(edgeCaption(byId('pcx'))).toBe('prod to shared');
  });
});

describe('DEFAULT_NODE_TEXTS', () => {
  it('names a node by its trimmed name, or its id when it has none', () => {
    expect(DEFAULT_NODE_TEXTS.name(nodeById('tgw'))).toBe('hub');
    expect(DEFAULT_NODE_TEXTS.name(nodeById('s'))).toBe('s');
  });

  it('describes containers as the canvas does', () => {
    expect(DEFAULT_NODE_TEXTS.containerKind(nodeById('s'))).toBe('Public subnet');
    expect(DEFAULT_NODE_TEXTS.containerDetails(nodeById('s'))).toBe('10.0.1.0/24 · us-east-1a');
    expect(DEFAULT_NODE_TEXTS.containerDetails(nodeById('v'))).toBe('10.0.0.0/16, 2600:1f18::/56');
  });
});
