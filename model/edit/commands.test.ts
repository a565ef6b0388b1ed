import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/parse';
import { serializeDocument } from '../document/serialize';
import type { TopologyDocument } from '../document/types';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { validate } from '../validate';
import {
  addConnection,
  addNode,
  deleteElements,
  moveNodes,
  rename,
  renameDocument,
  reparentNode,
  updateConnectionProps,
  updateNodeProps,
} from './commands';
import { CONTAINER_HEADER, CONTAINER_PADDING, LEAF_ICON_CENTER_Y, LEAF_SIZE, absolutePosition, sizeOf } from './geometry';

const at = (x: number, y: number) => ({ x, y });
const byId = (doc: TopologyDocument, id: string) => doc.nodes.find((n) => n.id === id)!;
/** Round-trips through the one parser: every command must leave a document a file could hold. */
const reparse = (doc: TopologyDocument) => parseDocument(serializeDocument(doc));

const base = () =>
  buildDocument([
    vpc('prod', ['10.0.0.0/16'], { position: at(100, 100), size: { width: 500, height: 300 } }),
    subnet('app', 'prod', '10.0.1.0/24', { position: at(40, 60), size: { width: 200, height: 140 } }),
    node('web', 'instance', 'app', undefined, { position: at(30, 50) }),
    vpc('dev', ['10.1.0.0/16'], { position: at(800, 100), size: { width: 400, height: 300 } }),
  ]);

describe('addNode', () => {
  it('gives a new VPC a free /16 and a fresh id', () => {
    const { doc, ids } = addNode(base(), { kind: 'vpc', at: at(0, 600) });
    const added = byId(doc, ids[0]!);
    expect(added.id).toBe('vpc-1');
    expect(added.props).toEqual({ cidrs: ['10.2.0.0/16'] });
    expect(reparse(doc).nodes).toHaveLength(5);
  });
  it('gives a new subnet the next free /24 of its VPC, positioned relative to it', () => {
    const { doc, ids } = addNode(base(), { kind: 'subnet', parentId: 'prod', at: at(360, 160) });
    const added = byId(doc, ids[0]!);
    expect(added.props).toMatchObject({ cidr: '10.0.0.0/24' });
    expect(added.parent).toBe('prod');
    expect(added.position).toEqual({ x: 260, y: 60 });
    expect(validate(doc).filter((f) => (f.subjects as string[]).includes(added.id) && f.severity === 'error')).toEqual([]);
  });
  it('keeps the ids of the other nodes and the node objects it did not touch', () => {
    const before = base();
    const { doc } = addNode(before, { kind: 'internet', at: at(0, 0) });
    expect(byId(doc, 'web')).toBe(byId(before, 'web'));
  });
  it('puts an internet gateway dropped in a VPC onto its nearest edge', () => {
    const { doc, ids } = addNode(base(), { kind: 'internet-gateway', parentId: 'prod', at: at(560, 200) });
    const igw = byId(doc, ids[0]!);
    // Right edge of a 500-wide VPC: the icon's centre sits on x = 500.
    expect(igw.position!.x + LEAF_SIZE.width / 2).toBe(500);
    expect(igw.position!.y).toBe(100);
  });
  it('grows the container when the new node does not fit', () => {
    const { doc } = addNode(base(), { kind: 'instance', parentId: 'app', at: at(100 + 40 + 180, 100 + 60 + 100) });
    const app = byId(doc, 'app');
    expect(sizeOf(app).width).toBeGreaterThanOrEqual(180 + LEAF_SIZE.width + CONTAINER_PADDING);
    expect(sizeOf(app).height).toBeGreaterThanOrEqual(100 + LEAF_SIZE.height + CONTAINER_PADDING);
  });
});

describe('moveNodes', () => {
  it('moves nodes and grows every container on the way up', () => {
    const doc = moveNodes(base(), [{ id: 'web', position: at(600, 30) }]);
    expect(byId(doc, 'web').position).toEqual({ x: 600, y: CONTAINER_HEADER });
    const app = byId(doc, 'app');
    expect(app.size!.width).toBe(600 + LEAF_SIZE.width + CONTAINER_PADDING);
    const prod = byId(doc, 'prod');
    expect(prod.size!.width).toBeGreaterThanOrEqual(40 + app.size!.width + CONTAINER_PADDING);
  });
  it('grows a container leftwards when a child goes past its left side, keeping the child in place', () => {
    const before = base();
    const absBefore = absolutePosition(before, 'web');
    const doc = moveNodes(before, [{ id: 'web', position: at(-50, 50) }]);
    expect(absolutePosition(doc, 'web')).toEqual({ x: absBefore.x - 80, y: absBefore.y });
    expect(byId(doc, 'web').position!.x).toBe(CONTAINER_PADDING);
    // The subnet grew 70 px to the left, which pushed its VPC 50 px to the left in turn.
    expect(byId(doc, 'app').position!.x).toBe(CONTAINER_PADDING);
    expect(byId(doc, 'prod').position!.x).toBe(50);
  });
  it('is a no-op when nothing moves', () => {
    const before = base();
    expect(moveNodes(before, [{ id: 'web', position: at(30, 50) }])).toBe(before);
  });
  it('keeps a gateway on its VPC edge when moved along it', () => {
    const { doc: withIgw, ids } = addNode(base(), { kind: 'internet-gateway', parentId: 'prod', at: at(90, 200) });
    const doc = moveNodes(withIgw, [{ id: ids[0]!, position: at(-40, 180) }]);
    expect(byId(doc, ids[0]!).position).toEqual({ x: -LEAF_SIZE.width / 2, y: 180 });
  });
});

describe('reparentNode', () => {
  it('moves a node into another container, keeping it where it is on the canvas', () => {
    const before = base();
    const abs = absolutePosition(before, 'app');
    const doc = reparentNode(before, 'app', 'dev');
    expect(byId(doc, 'app').parent).toBe('dev');
    expect(absolutePosition(doc, 'app')).toEqual(abs);
    expect(reparse(doc).nodes).toHaveLength(4);
  });
  it('moves a node to the top level', () => {
    const doc = reparentNode(base(), 'web', undefined, at(5, 460));
    expect(byId(doc, 'web').parent).toBeUndefined();
    expect(byId(doc, 'web').position).toEqual({ x: 5, y: 460 });
  });
  it('moves a node dropped over a sibling to the nearest free spot, never behind it', () => {
    // Dropped at the top level over VPC prod (100,100 500×300): the nearest free place is above it.
    const doc = reparentNode(base(), 'web', undefined, at(120, 110));
    const moved = byId(doc, 'web').position!;
    expect(moved).toEqual({ x: 120, y: 100 - 16 - LEAF_SIZE.height });
  });
  it('refuses to put a node inside itself', () => {
    const before = base();
    expect(reparentNode(before, 'prod', 'web')).toBe(before);
  });
  it('snaps a gateway onto the edge of the VPC it moves into', () => {
    const { doc: d1, ids } = addNode(base(), { kind: 'vpn-gateway', at: at(700, 600) });
    const doc = reparentNode(d1, ids[0]!, 'dev', at(820, 300));
    const vgw = byId(doc, ids[0]!);
    expect(vgw.position!.x).toBe(-LEAF_SIZE.width / 2);
    expect(vgw.position!.y + LEAF_ICON_CENTER_Y).toBeGreaterThan(0);
  });
});

describe('props, names and connections', () => {
  it('keeps an invalid CIDR exactly as typed, and validation reports it', () => {
    const doc = updateNodeProps(base(), 'app', { cidr: '10.0.1.0/99' });
    expect(byId(doc, 'app').props).toMatchObject({ cidr: '10.0.1.0/99' });
    expect(validate(doc).some((f) => f.rule === 'cidr-invalid' && (f.subjects as string[]).includes('app'))).toBe(true);
    expect(reparse(doc).nodes.find((n) => n.id === 'app')!.props).toMatchObject({ cidr: '10.0.1.0/99' });
  });
  it('removes a prop set to undefined', () => {
    const doc = updateNodeProps(base(), 'app', { az: 'x', cidr: undefined });
    expect(byId(doc, 'app').props).toEqual({ az: 'x' });
  });
  it('renames, and a blank name is removed', () => {
    expect(byId(rename(base(), 'prod', 'production'), 'prod').name).toBe('production');
    expect(byId(rename(base(), 'prod', '  '), 'prod').name).toBeUndefined();
  });
  it('renames with control characters made spaces and broken characters replaced, so that the document opens again', () => {
    const renamed = rename(base(), 'prod', 'pro\td\u001b[2K\ud800');
    expect(byId(renamed, 'prod').name).toBe('pro d [2K\ufffd');
    expect(byId(reparse(renamed), 'prod').name).toBe('pro d [2K\ufffd');
    expect(reparse(renameDocument(base(), 'title\r\nfake')).name).toBe('title  fake');
  });
  it('adds a connection with a fresh id and edits its props', () => {
    const { doc, ids } = addConnection(base(), { kind: 'vpc-peering', source: 'prod', target: 'dev' });
    expect(ids).toEqual(['pcx-1']);
    const edited = updateConnectionProps(doc, 'pcx-1', { note: 'x' });
    expect(edited.connections[0]!.props).toEqual({ note: 'x' });
    expect(reparse(edited).connections).toHaveLength(1);
  });
});

describe('deleteElements', () => {
  it('deletes a container with its contents and every connection touching them', () => {
    let doc = buildDocument(
      [
        vpc('a', ['10.0.0.0/16']),
        subnet('s', 'a', '10.0.0.0/24'),
        node('i', 'instance', 's'),
        vpc('b', ['10.1.0.0/16']),
        vpc('c', ['10.2.0.0/16']),
      ],
      [link('p1', 'vpc-peering', 'a', 'b'), link('p2', 'vpc-peering', 'b', 'c'), link('f', 'flow', 'i', 'c')],
    );
    doc = deleteElements(doc, ['a']);
    expect(doc.nodes.map((n) => n.id)).toEqual(['b', 'c']);
    expect(doc.connections.map((c) => c.id)).toEqual(['p2']);
    expect(reparse(doc).nodes).toHaveLength(2);
  });
  it('deletes a connection alone', () => {
    const doc = buildDocument([vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16'])], [link('p1', 'vpc-peering', 'a', 'b')]);
    const next = deleteElements(doc, ['p1']);
    expect(next.connections).toEqual([]);
    expect(next.nodes.every((n, i) => n === doc.nodes[i])).toBe(true);
  });
  it('drops deleted subnets from load balancers', () => {
    const doc = buildDocument([
      vpc('a', ['10.0.0.0/16']),
      subnet('s1', 'a', '10.0.0.0/24'),
      subnet('s2', 'a', '10.0.1.0/24'),
      node('lb', 'load-balancer', 'a', { subnets: ['s1', 's2'] }),
    ]);
    expect(byId(deleteElements(doc, ['s1']), 'lb').props).toMatchObject({ subnets: ['s2'] });
  });
});
