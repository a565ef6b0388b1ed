import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_KIND_LIST, type NodeKind, type TopologyNode } from '../../model';
import { buildDocument, node } from '../../model/testing/build';
import { isContainerKind } from '../../model/edit/geometry';
import { containerDetails, containerKindLabel, leafSubtitle } from './canvas/nodes/labels';
import { inkClass, kindIcon, nodeIcon } from './icons';
import { KIND_VIEWS, LEAF_MINIMAP, minimapColor, nodeClassName } from './kind-views';

const STYLE_SHEET = readFileSync(new URL('./editor.css', import.meta.url), 'utf8');

/** A node of `kind` with these stored props, read by the real parser. */
function nodeOf(kind: NodeKind, props?: Record<string, unknown>): TopologyNode {
  return buildDocument([node(`${kind}-1`, kind, undefined, props)]).nodes[0]!;
}

describe('the kinds view record', () => {
  it('has an entry, with an icon, for every kind of the model registry and no other', () => {
    expect(Object.keys(KIND_VIEWS).sort()).toEqual([...NODE_KIND_LIST].sort());
    for (const kind of NODE_KIND_LIST) expect(kindIcon(kind), kind).toMatch(/svg/);
  });

  it('gives every container kind a CSS class that the style sheet colours', () => {
    const samples = NODE_KIND_LIST.filter(isContainerKind).flatMap((kind) => [nodeOf(kind), nodeOf(kind, { public: true })]);
    for (const node of samples) {
      const className = nodeClassName(node);
      expect(className, node.kind).not.toBe('');
      expect(STYLE_SHEET, className).toContain(`.${className} {`);
    }
  });

  it('says which icons are near-black, for the dark theme to invert', () => {
    expect(NODE_KIND_LIST.filter((kind) => inkClass(kind) !== '')).toEqual(['internet']);
  });
});

describe('node looks that depend on props', () => {
  it('picks the public subnet and network load balancer icons by props', () => {
    expect(nodeIcon(nodeOf('subnet', { public: true }))).not.toBe(nodeIcon(nodeOf('subnet')));
    expect(nodeIcon(nodeOf('subnet'))).toBe(kindIcon('subnet'));
    expect(nodeIcon(nodeOf('load-balancer', { type: 'nlb' }))).not.toBe(kindIcon('load-balancer'));
  });

  it('colours subnets in the minimap by whether they are public, and leaves in AWS purple', () => {
    expect(minimapColor(nodeOf('subnet', { public: true }))).not.toBe(minimapColor(nodeOf('subnet')));
    expect(minimapColor(nodeOf('nat-gateway'))).toBe(LEAF_MINIMAP);
    expect(nodeClassName(nodeOf('subnet', { public: true }))).toBe('vc-group-subnet-public');
  });

  it('writes the line under a leaf from its props, with the defaults for what is not stored', () => {
    expect(leafSubtitle(nodeOf('nat-gateway', { connectivity: 'private' }))).toBe('NAT · private');
    expect(leafSubtitle(nodeOf('nat-gateway'))).toBe('NAT · public');
    expect(leafSubtitle(nodeOf('load-balancer', { type: 'nlb', scheme: 'internet-facing' }))).toBe('NLB · internet-facing');
    expect(leafSubtitle(nodeOf('vpn-connection', { tunnels: 1, routing: 'static' }))).toBe('VPN · static · 1 tunnel');
    expect(leafSubtitle(nodeOf('transit-gateway', { asn: 64512 }))).toBe('TGW · ASN 64512');
    expect(leafSubtitle(nodeOf('dx-gateway'))).toBe('DXGW');
    expect(leafSubtitle(nodeOf('customer-gateway', { ip: ' 203.0.113.1 ' }))).toBe('CGW · 203.0.113.1');
    expect(leafSubtitle(nodeOf('vpc-endpoint', { service: '  ' }))).toBe('s3 · interface');
    expect(leafSubtitle(nodeOf('endpoint-service', { loadBalancer: 'gwlb' }))).toBe('PrivateLink · GWLB');
    expect(leafSubtitle(nodeOf('instance', { publicIp: true }))).toBe('Instance · public IP');
    expect(leafSubtitle(nodeOf('internet-gateway'))).toBe('IGW');
  });

  it('writes a container title bar: its group label and its blocks, code or zone', () => {
    expect(containerKindLabel(nodeOf('subnet', { public: true }))).toBe('Public subnet');
    expect(containerKindLabel(nodeOf('on-premises'))).toBe('Corporate data center');
    expect(containerKindLabel(nodeOf('vpc'))).toBe('VPC');
    expect(containerDetails(nodeOf('vpc', { cidrs: ['10.0.0.0/16'], ipv6Cidrs: ['2001:db8::/56'] }))).toBe('10.0.0.0/16, 2001:db8::/56');
    expect(containerDetails(nodeOf('subnet', { az: 'eu-west-1a' }))).toBe('no CIDR · eu-west-1a');
    expect(containerDetails(nodeOf('region', { code: 'eu-west-1' }))).toBe('eu-west-1');
    expect(containerDetails(nodeOf('instance'))).toBe('');
  });
});
