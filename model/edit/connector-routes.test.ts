import { beforeAll, describe, expect, it } from 'vitest';
import type { Connection, Position, TopologyDocument } from '../document/types';
import { layoutDocument } from '../layout';
import { createNodeElk } from '../layout/node-elk';
import { sampleOfSize } from '../layout/sample-networks';
import { boxesCrossed, freshRoute, rerouteMoved, routeConnection, withSavedRoutes } from './connector-routes';
import { absoluteRect, type Rect } from './geometry';

const isOrthogonal = (points: readonly Position[]) => points.every((p, i) => i === 0 || p.x === points[i - 1]!.x || p.y === points[i - 1]!.y);
const onBorder = (p: Position, r: Rect) =>
  p.x >= r.x - 0.5 && p.x <= r.x + r.width + 0.5 && p.y >= r.y - 0.5 && p.y <= r.y + r.height + 0.5;

const moveNode = (doc: TopologyDocument, id: string, dx: number, dy: number): TopologyDocument => ({
  ...doc,
  nodes: doc.nodes.map((n) => (n.id === id ? { ...n, position: { x: (n.position?.x ?? 0) + dx, y: (n.position?.y ?? 0) + dy } } : n)),
});

/** Two generated diagrams, laid out: a small one with several regions and a larger one. */
const laidOut: TopologyDocument[] = [];
beforeAll(async () => {
  const elk = createNodeElk();
  for (const sample of [sampleOfSize(60, 7), sampleOfSize(200, 3)]) {
    laidOut.push((await layoutDocument(sample, { elk })).document);
  }
}, 60_000);

describe('routeConnection on generated layouts', () => {
  it('routes every connection orthogonally from border to border, through no box beside its ends', () => {
    let routed = 0;
    for (const doc of laidOut) {
      for (const connection of doc.connections) {
        const points = routeConnection(doc, connection);
        if (!points) continue;
        routed++;
        expect(isOrthogonal(points), connection.id).toBe(true);
        expect(boxesCrossed(doc, connection, points).length, `${connection.id} crosses boxes`).toBe(0);
        expect(onBorder(points[0]!, absoluteRect(doc, connection.source)!), connection.id).toBe(true);
        expect(onBorder(points[points.length - 1]!, absoluteRect(doc, connection.target)!), connection.id).toBe(true);
      }
    }
    // Nothing on these layouts is walled in.
    expect(routed).toBe(laidOut.reduce((n, d) => n + d.connections.filter((c) => c.source !== c.target).length, 0));
  });
});

describe('saved routes', () => {
  it('are fresh while both ends stay, and stale once one moves', () => {
    const doc = laidOut[0]!;
    const connection = doc.connections[0]!;
    const saved = withSavedRoutes(doc, [[connection.id, routeConnection(doc, connection)!]]);
    const stored = saved.connections[0]!;
    expect(stored.route?.sourceRect).toEqual(absoluteRect(doc, connection.source));
    expect(freshRoute(saved, stored)).toEqual(stored.route!.points);
    expect(freshRoute(moveNode(saved, connection.source, 30, 0), stored)).toBeUndefined();
    // Saving the same route again changes nothing (a layout that moved nothing makes no undo step).
    expect(withSavedRoutes(saved, [[connection.id, stored.route!.points]])).toBe(saved);
  });

  it('are routed again, in the same document change, for the connections of a moved node, and only those', () => {
    const doc = laidOut[0]!;
    const routedDoc = withSavedRoutes(
      doc,
      doc.connections.map((c) => [c.id, routeConnection(doc, c)!] as const),
    );
    const leaf = routedDoc.connections.find((c) => routedDoc.nodes.find((n) => n.id === c.source)?.size === undefined)!.source;
    const after = rerouteMoved(routedDoc, moveNode(routedDoc, leaf, 40, 120));
    for (const connection of after.connections) {
      const was = routedDoc.connections.find((c) => c.id === connection.id)!;
      const touches = connection.source === leaf || connection.target === leaf;
      if (!touches) {
        expect(connection).toBe(was);
        continue;
      }
      expect(freshRoute(after, connection), connection.id).toBeDefined();
      expect(boxesCrossed(after, connection, connection.route!.points)).toEqual([]);
    }
  });

  it('are left as they came in a document opened over another (its connections are its own), and for new nodes', () => {
    const doc = laidOut[0]!;
    const leaf = doc.connections[0]!.source;
    const reopened = moveNode({ ...doc, connections: doc.connections.map((c) => ({ ...c })) }, leaf, 40, 120);
    expect(rerouteMoved(doc, reopened)).toBe(reopened);
    const withoutLeaf = { ...doc, nodes: doc.nodes.filter((n) => n.id !== leaf) };
    expect(rerouteMoved(withoutLeaf, doc)).toBe(doc);
  });

  it('move along with a container moved with both ends inside it', () => {
    const doc = laidOut[0]!;
    const routedDoc = withSavedRoutes(doc, doc.connections.map((c) => [c.id, routeConnection(doc, c)!] as const));
    const parentOf = (id: string) => routedDoc.nodes.find((n) => n.id === id)?.parent;
    const inside = routedDoc.connections.find((c: Connection) => parentOf(c.source) !== undefined && parentOf(c.source) === parentOf(c.target));
    if (!inside) return;
    const container = parentOf(inside.source)!;
    const after = rerouteMoved(routedDoc, moveNode(routedDoc, container, 0, 2000));
    const moved = after.connections.find((c) => c.id === inside.id)!;
    expect(moved.route!.points).toEqual(inside.route!.points.map((p) => ({ x: p.x, y: p.y + 2000 })));
  });
});
