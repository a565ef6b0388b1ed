import { describe, expect, it } from 'vitest';
import { asConnectionId, PROPOSED_ID, type Connection, type TopologyNode } from '../document/types';
import { updateNodeProps } from '../edit/commands';
import { buildDocument, link, node, region, subnet, vpc } from '../testing/build';
import { validate } from '../validate';
import { indexOf } from './topology-index';

describe('TopologyIndex', () => {
  const doc = buildDocument(
    [region('r', 'eu-west-1'), vpc('a', ['10.0.0.0/16'], { parent: 'r' }), subnet('s', 'a', '10.0.1.0/24'), node('i', 'instance', 's'), vpc('b', ['10.1.0.0/16'])],
    [link('p', 'vpc-peering', 'a', 'b')],
  );

  it('answers regions through any depth of nesting, and unknown outside every region', () => {
    const index = indexOf(doc);
    expect(['r', 'a', 's', 'i', 'b'].map((id) => index.regionOf(index.node(id)!))).toEqual(['eu-west-1', 'eu-west-1', 'eu-west-1', 'eu-west-1', undefined]);
  });

  it('re-reads regions, props and blocks after an edit: their caches belong to one document', () => {
    const zoned = buildDocument([region('r', 'eu-west-1'), vpc('a', ['10.0.0.0/16'], { parent: 'r' }), subnet('s', 'a', '10.0.1.0/24', { props: { az: 'eu-west-1a' } })]);
    const before = indexOf(zoned);
    expect(before.regionOf(before.node('s')!)).toBe('eu-west-1');
    expect(validate(zoned).filter((f) => f.rule === 'subnet-az-region')).toEqual([]);

    // Only the region changes: the VPC and the subnet are the same objects in both documents.
    const moved = updateNodeProps(zoned, 'r', { code: 'us-east-1' });
    const after = indexOf(moved);
    expect(after.node('s')).toBe(before.node('s'));
    expect(after.regionOf(after.node('s')!)).toBe('us-east-1');
    expect(validate(moved).filter((f) => f.rule === 'subnet-az-region').map((f) => f.subjects)).toEqual([['s', 'a', 'r']]);

    const renumbered = updateNodeProps(moved, 'a', { cidrs: ['10.9.0.0/16'] });
    expect(indexOf(renumbered).ipv4Blocks(indexOf(renumbered).node('a')!).map((b) => b.text)).toEqual(['10.9.0.0/16']);
    expect(validate(renumbered).map((f) => f.rule)).toContain('subnet-outside-vpc');

    expect(before.regionOf(before.node('s')!)).toBe('eu-west-1');
    expect(before.ipv4Blocks(before.node('a')!).map((b) => b.text)).toEqual(['10.0.0.0/16']);
  });

  it('shows a proposed connection or node in every list and in its document, leaving the base as it was', () => {
    const index = indexOf(doc);
    const proposal = { id: 'new-link', kind: 'tgw-attachment', source: 'a', target: 'b' } as unknown as Connection;
    const withLink = index.withConnection(proposal);
    expect(withLink.connections().map((c) => c.id)).toEqual(['p', 'new-link']);
    expect(withLink.doc.connections.map((c) => c.id)).toEqual(['p', 'new-link']);
    expect(withLink.doc.nodes).toBe(doc.nodes);
    expect(withLink.connectionsOf('a').map((c) => c.id)).toEqual(['p', 'new-link']);
    expect(withLink.connection('new-link')).toBe(proposal);

    const extra = { id: 'new-node', kind: 'instance', parent: 's' } as unknown as TopologyNode;
    const withNode = withLink.withNode(extra);
    expect(withNode.nodes().map((n) => n.id)).toEqual(['r', 'a', 's', 'i', 'b', 'new-node']);
    expect(withNode.doc.connections.map((c) => c.id)).toEqual(['p', 'new-link']);
    expect(withNode.childrenOf('s').map((n) => n.id)).toEqual(['i', 'new-node']);
    expect(withNode.regionOf(extra)).toBe('eu-west-1');

    expect(index.connections().map((c) => c.id)).toEqual(['p']);
    expect(index.doc).toBe(doc);
  });

  it('names connections as findings do: kind and name or id, or "the new …" while drawn', () => {
    const named = buildDocument(
      [vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16']), node('dx', 'dx-connection'), node('dxgw', 'dx-gateway')],
      [{ ...link('p', 'vpc-peering', 'a', 'b'), name: ' to b ' }, link('f', 'flow', 'a', 'b'), link('v', 'vif', 'dx', 'dxgw')],
    );
    const index = indexOf(named);
    const [peering, flow, vif] = named.connections;
    expect(index.connectionLabel(peering!)).toBe('VPC peering to b');
    // The palette's "(intent)" note is not part of the kind's name in a sentence.
    expect(index.connectionLabel(flow!)).toBe('Flow f');
    expect(index.connectionLabel(vif!, 'private virtual interface')).toBe('Private virtual interface v');
    const proposed = (c: Connection): Connection => ({ ...c, id: asConnectionId(PROPOSED_ID) });
    expect(index.connectionLabel(proposed(peering!))).toBe('the new VPC peering');
    expect(index.connectionLabel(proposed(flow!))).toBe('the new flow');
    const bare = { id: asConnectionId(PROPOSED_ID), source: peering!.source, target: peering!.target };
    expect(index.connectionLabel({ ...bare, kind: 'privatelink' })).toBe('the new PrivateLink');
    expect(index.connectionLabel({ ...bare, kind: 'tgw-attachment' })).toBe('the new transit gateway attachment');
    expect(index.connectionLabel(proposed(vif!), 'private virtual interface')).toBe('the new private virtual interface');
  });
});
