import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { buildDocument, node, region, subnet, vpc } from '../testing/build';
import { startDropSession } from './drop-session';
import { absolutePosition, defaultSize } from './geometry';

// Region r at (0,0); VPC prod at (100,100) inside it; subnets app and db in prod; an instance in app.
const doc = buildDocument([
  region('r', 'us-east-1', { position: { x: 0, y: 0 }, size: { width: 1200, height: 900 } }),
  vpc('prod', ['10.0.0.0/16'], { parent: 'r', position: { x: 100, y: 100 }, size: { width: 700, height: 500 } }),
  subnet('app', 'prod', '10.0.1.0/24', { position: { x: 40, y: 60 }, size: { width: 200, height: 150 } }),
  subnet('db', 'prod', '10.0.2.0/24', { position: { x: 400, y: 60 }, size: { width: 200, height: 150 } }),
  node('web', 'instance', 'app', undefined, { position: { x: 20, y: 40 } }),
  node('net', 'internet', undefined, undefined, { position: { x: 1500, y: 100 } }),
]);

const inApp = { x: 100 + 40 + 100, y: 100 + 60 + 100 };
const inDb = { x: 100 + 400 + 100, y: 100 + 60 + 100 };
const inProd = { x: 100 + 350, y: 100 + 400 };
const inRegion = { x: 1000, y: 800 };
const outside = { x: 2000, y: 2000 };

const nodeOf = (d: TopologyDocument, id: string) => d.nodes.find((n) => n.id === id)!;

describe('startDropSession: a new node from the palette', () => {
  it('drops an instance into the subnet under the pointer, centred on it, and names what it created', () => {
    const result = startDropSession(doc, { kind: 'instance' }).dropNew(inDb);
    expect(result.refusals).toEqual([]);
    expect(result.created).toHaveLength(1);
    const created = nodeOf(result.doc, result.created[0]!);
    expect(created).toMatchObject({ kind: 'instance', parent: 'db' });
    const size = defaultSize('instance');
    expect(absolutePosition(result.doc, created.id)).toEqual({ x: inDb.x - size.width / 2, y: inDb.y - size.height / 2 });
  });

  it('drops a node over a sibling beside it instead, the container growing to hold it', () => {
    const result = startDropSession(doc, { kind: 'instance' }).dropNew(inApp);
    const created = nodeOf(result.doc, result.created[0]!);
    expect(created).toMatchObject({ kind: 'instance', parent: 'app' });
    const a = { ...absolutePosition(result.doc, created.id), ...defaultSize('instance') };
    const w = { ...absolutePosition(result.doc, 'web'), ...defaultSize('instance') };
    const apart = a.x >= w.x + w.width || w.x >= a.x + a.width || a.y >= w.y + w.height || w.y >= a.y + a.height;
    expect(apart).toBe(true);
    const app = nodeOf(result.doc, 'app');
    expect(created.position!.y + defaultSize('instance').height).toBeLessThanOrEqual(app.size!.height);
  });

  it('drops several subnets one after another side by side, never on top of each other', () => {
    let current = doc;
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const result = startDropSession(current, { kind: 'subnet' }).dropNew(inProd);
      current = result.doc;
      ids.push(result.created[0]!);
    }
    const placed = ['app', 'db', ...ids].map((id) => ({ ...absolutePosition(current, id), ...nodeOf(current, id).size! }));
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        expect(a.x >= b.x + b.width || b.x >= a.x + a.width || a.y >= b.y + b.height || b.y >= a.y + a.height).toBe(true);
      }
    }
  });

  it('drops a subnet into the VPC under the pointer', () => {
    const result = startDropSession(doc, { kind: 'subnet' }).dropNew(inProd);
    expect(nodeOf(result.doc, result.created[0]!)).toMatchObject({ kind: 'subnet', parent: 'prod' });
  });

  it('refuses a subnet outside every VPC with the reason, leaving the document as it was', () => {
    const result = startDropSession(doc, { kind: 'subnet' }).dropNew(inRegion);
    expect(result.doc).toBe(doc);
    expect(result.created).toEqual([]);
    expect(result.refusals).toHaveLength(1);
    expect(result.refusals[0]).toMatch(/VPC/);
  });

  it('drops a node that may stand alone at the top level', () => {
    const result = startDropSession(doc, { kind: 'internet' }).dropNew(outside);
    expect(nodeOf(result.doc, result.created[0]!).parent).toBeUndefined();
  });

  it('marks the container under the pointer green while the drop would be allowed', () => {
    const verdict = startDropSession(doc, { kind: 'instance' }).over(inApp)!;
    expect(verdict).toMatchObject({ parentId: 'app', changesParent: true, mark: { id: 'app', ok: true } });
    expect(verdict.refusal).toBeUndefined();
  });

  it('marks the container red and says why while the drop would be refused', () => {
    const verdict = startDropSession(doc, { kind: 'nat-gateway' }).over(inProd)!;
    expect(verdict.mark).toEqual({ id: 'prod', ok: false });
    expect(verdict.refusal).toMatch(/inside a subnet/i);
  });

  it('marks nothing over empty canvas', () => {
    expect(startDropSession(doc, { kind: 'internet' }).over(outside)!.mark).toBeNull();
  });

  it('asks canPlace once per container during a drag', () => {
    const session = startDropSession(doc, { kind: 'instance' });
    const first = session.over(inApp)!;
    const again = session.over({ x: inApp.x + 5, y: inApp.y + 5 })!;
    expect(again.answer).toBe(first.answer);
    expect(session.over(inDb)!.answer).not.toBe(first.answer);
  });

  it('refuses dropMoved on a palette session', () => {
    expect(() => startDropSession(doc, { kind: 'instance' }).dropMoved([], inApp)).toThrow(/dropNew/);
  });
});

describe('startDropSession: nodes already drawn', () => {
  const webAbsolute = absolutePosition(doc, 'web');

  it('moves a node within its container without re-parenting it', () => {
    const session = startDropSession(doc, { nodeIds: ['web'] });
    const verdict = session.over(inApp)!;
    expect(verdict).toMatchObject({ changesParent: false, mark: null });
    // Below the subnet's title bar (its details take two lines at 200 px), so nothing has to grow.
    const result = session.dropMoved([{ id: 'web', position: { x: 30, y: 70 }, absolute: { x: 170, y: 230 } }], inApp);
    expect(result.refusals).toEqual([]);
    expect(nodeOf(result.doc, 'web')).toMatchObject({ parent: 'app', position: { x: 30, y: 70 } });
  });

  it('moves an instance into another subnet, keeping where it was dropped on the canvas', () => {
    const session = startDropSession(doc, { nodeIds: ['web'] });
    expect(session.over(inDb)!.mark).toEqual({ id: 'db', ok: true });
    const absolute = { x: inDb.x - 50, y: inDb.y - 40 };
    const result = session.dropMoved([{ id: 'web', position: { x: 999, y: 999 }, absolute }], inDb);
    expect(nodeOf(result.doc, 'web').parent).toBe('db');
    expect(absolutePosition(result.doc, 'web')).toEqual(absolute);
  });

  it('snaps back a refused move and says why', () => {
    const session = startDropSession(doc, { nodeIds: ['web'] });
    const verdict = session.over(outside)!;
    expect(verdict.changesParent).toBe(true);
    expect(verdict.refusal).toMatch(/subnet/i);
    const result = session.dropMoved([{ id: 'web', position: { x: 1900, y: 1900 }, absolute: outside }], outside);
    expect(result.doc).toBe(doc);
    expect(result.refusals).toEqual([verdict.refusal]);
  });

  it('moves a node out of its region to the top level', () => {
    const inside = buildDocument([
      region('r', 'us-east-1', { position: { x: 0, y: 0 }, size: { width: 600, height: 400 } }),
      node('tgw', 'transit-gateway', 'r', undefined, { position: { x: 40, y: 40 } }),
    ]);
    const session = startDropSession(inside, { nodeIds: ['tgw'] });
    expect(session.over({ x: 1050, y: 540 })).toMatchObject({ parentId: undefined, changesParent: true, mark: null });
    const result = session.dropMoved([{ id: 'tgw', position: { x: 1000, y: 500 }, absolute: { x: 1000, y: 500 } }], { x: 1050, y: 540 });
    expect(result.refusals).toEqual([]);
    expect(nodeOf(result.doc, 'tgw').parent).toBeUndefined();
    expect(absolutePosition(result.doc, 'tgw')).toEqual({ x: 1000, y: 500 });
  });

  it('moves a container with its contents: the children keep their place in it', () => {
    const session = startDropSession(doc, { nodeIds: ['app', 'web'] });
    // A group is not judged while it moves; its containers are decided at the drop.
    expect(session.over(inProd)).toBeUndefined();
    const appAbsolute = { x: 100 + 40, y: 100 + 300 };
    const result = session.dropMoved(
      [
        { id: 'app', position: { x: 40, y: 300 }, absolute: appAbsolute, size: { width: 200, height: 150 } },
        { id: 'web', position: { x: 500, y: 500 }, absolute: { x: 800, y: 800 } },
      ],
      { x: 0, y: 0 },
    );
    expect(result.refusals).toEqual([]);
    expect(nodeOf(result.doc, 'app')).toMatchObject({ parent: 'prod', position: { x: 40, y: 300 } });
    expect(nodeOf(result.doc, 'web')).toMatchObject({ parent: 'app', position: { x: 20, y: 40 } });
    expect(absolutePosition(result.doc, 'web')).toEqual({ x: appAbsolute.x + 20, y: appAbsolute.y + 40 });
  });

  it('never drops a container into itself: a VPC dragged over its own subnet stays in its region', () => {
    const session = startDropSession(doc, { nodeIds: ['prod'] });
    expect(session.over(inApp)).toMatchObject({ parentId: 'r', changesParent: false, mark: null });
  });

  it('lands each node of a group drag where its centre is, not where the pointer is', () => {
    const both = startDropSession(doc, { nodeIds: ['web', 'net'] });
    const size = { width: 100, height: 80 };
    const result = both.dropMoved(
      [
        { id: 'web', position: { x: 0, y: 0 }, absolute: { x: inDb.x - 50, y: inDb.y - 40 }, size },
        { id: 'net', position: { x: 1400, y: 100 }, absolute: { x: 1400, y: 100 }, size },
      ],
      webAbsolute,
    );
    expect(nodeOf(result.doc, 'web').parent).toBe('db');
    expect(nodeOf(result.doc, 'net').parent).toBeUndefined();
    expect(nodeOf(result.doc, 'net').position).toEqual({ x: 1400, y: 100 });
  });

  it('refuses dropNew on a session of nodes already drawn', () => {
    expect(() => startDropSession(doc, { nodeIds: ['web'] }).dropNew(inApp)).toThrow(/dropMoved/);
  });
});
