import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/parse';
import { serializeDocument } from '../document/serialize';
import type { TopologyDocument } from '../document/types';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { validate } from '../validate';
import { copyFragment, duplicate, pasteFragment } from './clipboard';
import { absolutePosition } from './geometry';

const byId = (doc: TopologyDocument, id: string) => doc.nodes.find((n) => n.id === id)!;
const errors = (doc: TopologyDocument) => validate(doc).filter((f) => f.severity === 'error');

const source = () =>
  buildDocument(
    [
      vpc('prod', ['10.0.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 600, height: 400 } }),
      subnet('app', 'prod', '10.0.1.0/24', { position: { x: 20, y: 40 }, size: { width: 240, height: 160 } }),
      subnet('db', 'prod', '10.0.2.0/24', { position: { x: 300, y: 40 }, size: { width: 240, height: 160 } }),
      node('web', 'instance', 'app', undefined, { position: { x: 20, y: 40 } }),
      node('lb', 'load-balancer', 'prod', { subnets: ['app', 'db'] }, { position: { x: 20, y: 250 } }),
      vpc('shared', ['10.1.0.0/16'], { position: { x: 800, y: 0 }, size: { width: 300, height: 300 } }),
    ],
    [link('pcx-1', 'vpc-peering', 'prod', 'shared'), link('f1', 'flow', 'web', 'db')],
  );

describe('copy and paste', () => {
  it('copies a VPC with its contents and internal connections only', () => {
    const fragment = copyFragment(source(), ['prod']);
    expect(fragment.nodes.map((n) => n.id)).toEqual(['prod', 'app', 'db', 'web', 'lb']);
    expect(fragment.connections.map((c) => c.id)).toEqual(['f1']);
    expect(Object.keys(fragment.rootPositions)).toEqual(['prod']);
  });

  it('pastes a VPC with fresh ids, a free block, and subnets moved along inside it', () => {
    const doc = source();
    const { doc: next, ids } = pasteFragment(doc, copyFragment(doc, ['prod']), { x: 0, y: 500 });
    expect(ids).toHaveLength(6);
    const newVpc = byId(next, ids[0]!);
    expect(newVpc.id).not.toBe('prod');
    expect(newVpc.props).toMatchObject({ cidrs: ['10.2.0.0/16'] });
    expect(next.nodes.filter((n) => n.parent === newVpc.id && n.kind === 'subnet').map((n) => (n.props as { cidr: string }).cidr)).toEqual([
      '10.2.1.0/24',
      '10.2.2.0/24',
    ]);
    expect(absolutePosition(next, newVpc.id)).toEqual({ x: 0, y: 500 });
    // Nothing pasted clashes with what was there.
    expect(errors(next)).toEqual(errors(doc));
    expect(parseDocument(serializeDocument(next)).nodes).toHaveLength(11);
  });

  it('remaps the load balancer subnets and the flow to the copies', () => {
    const doc = source();
    const { doc: next, ids } = pasteFragment(doc, copyFragment(doc, ['prod']));
    const newIds = new Set(ids);
    const lb = next.nodes.find((n) => n.kind === 'load-balancer' && newIds.has(n.id))!;
    expect((lb.props as { subnets: string[] }).subnets.every((s) => newIds.has(s))).toBe(true);
    const flow = next.connections.find((c) => c.kind === 'flow' && newIds.has(c.id))!;
    expect([newIds.has(flow.source), newIds.has(flow.target)]).toEqual([true, true]);
  });

  it('pastes a lone subnet into the same VPC with the next free block', () => {
    const doc = source();
    const { doc: next, ids } = duplicate(doc, ['app']);
    const copy = byId(next, ids[0]!);
    expect(copy.parent).toBe('prod');
    expect(copy.props).toMatchObject({ cidr: '10.0.0.0/24' });
    expect(errors(next)).toEqual(errors(doc));
  });

  it('pastes twice without the two copies clashing', () => {
    const doc = source();
    const fragment = copyFragment(doc, ['app', 'db']);
    const once = pasteFragment(doc, fragment).doc;
    const twice = pasteFragment(once, fragment).doc;
    const cidrs = twice.nodes.filter((n) => n.kind === 'subnet').map((n) => (n.props as { cidr: string }).cidr);
    expect(new Set(cidrs).size).toBe(cidrs.length);
  });

  it('keeps the fragment independent of later edits', () => {
    const doc = source();
    const fragment = copyFragment(doc, ['web']);
    doc.nodes[3]!.name = 'changed';
    expect(fragment.nodes[0]!.name).toBe('web');
  });
});
