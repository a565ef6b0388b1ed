/**
 * What changed between two documents: nodes, connections and routes added, removed or changed,
 * and which pairs of networks became reachable or unreachable. Positions and sizes are layout,
 * not change; `origin` and `tags` are compared like any prop.
 */
import type { Connection, TopologyDocument, TopologyNode } from '../document/types';
import type { Route } from '../kinds/route-tables';
import { matchElements, type Matchable, type Matching } from './match';
import { reachabilityDelta, type ReachabilityDelta } from './reach-delta';

/** A changed field: `name`, `parent`, `source`, `target`, or `props.<key>`. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ElementChange {
  /** The id in the document before, and after (they differ when matched by AWS id or signature). */
  before: string;
  after: string;
  kind: string;
  label: string;
  changes: FieldChange[];
}

/** An element that is only on one side. */
export interface ElementRef {
  id: string;
  kind: string;
  label: string;
}

/** A route that is only on one side, or whose target changed. */
export interface RouteChange {
  /** The route table's id on the side that has it (after, for a changed route). */
  table: string;
  /** The VPC or transit gateway that owns the table. */
  owner: string;
  destination: string;
  before?: string;
  after?: string;
}

export interface DocumentDiff {
  nodes: { added: ElementRef[]; removed: ElementRef[]; changed: ElementChange[] };
  connections: { added: ElementRef[]; removed: ElementRef[]; changed: ElementChange[] };
  routes: { added: RouteChange[]; removed: RouteChange[]; changed: RouteChange[] };
  reachability: ReachabilityDelta;
}

type Props = Record<string, unknown>;
const LAYOUT_ONLY = new Set(['position', 'size']);
const propsOf = (e: { props?: Props }): Props => e.props ?? {};
const labelOf = (e: { id: string; kind: string; name?: string }) => `${e.kind} ${e.name ?? e.id}`;

function blocksOf(node: TopologyNode): string {
  const p = propsOf(node);
  const blocks = [...((p.cidrs as string[] | undefined) ?? []), ...(typeof p.cidr === 'string' ? [p.cidr] : [])];
  return blocks.join(',');
}

const nodeMatchable = (n: TopologyNode): Matchable => ({
  id: n.id,
  ...(propsOf(n).origin ? { originId: (propsOf(n).origin as { id: string }).id } : {}),
  signature: `${n.kind}|${n.name ?? ''}|${blocksOf(n)}`,
});

/** Compares JSON values structurally (the documents are JSON data). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function propChanges(before: Props, after: Props, skip: ReadonlySet<string>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.has(k)).sort();
  return keys.filter((k) => !same(before[k], after[k])).map((k) => ({ field: `props.${k}`, before: before[k], after: after[k] }));
}

/** Reference fields are compared through the matching, so that a renamed id is no change. */
function mapped(matching: Matching, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (matching.pairs.get(id) ?? id);
}

export function diffDocuments(before: TopologyDocument, after: TopologyDocument): DocumentDiff {
  const nodeMatch = matchElements(before.nodes.map(nodeMatchable), after.nodes.map(nodeMatchable));
  const beforeNodes = new Map(before.nodes.map((n) => [n.id as string, n]));
  const afterNodes = new Map(after.nodes.map((n) => [n.id as string, n]));
  const connectionMatchable = (c: Connection, nodes: Matching | undefined): Matchable => ({
    id: c.id,
    ...(propsOf(c).origin ? { originId: (propsOf(c).origin as { id: string }).id } : {}),
    signature: `${c.kind}|${nodes ? mapped(nodes, c.source) : c.source}|${nodes ? mapped(nodes, c.target) : c.target}`,
  });
  const connectionMatch = matchElements(
    before.connections.map((c) => connectionMatchable(c, nodeMatch)),
    after.connections.map((c) => connectionMatchable(c, undefined)),
  );
  const beforeConnections = new Map(before.connections.map((c) => [c.id as string, c]));
  const afterConnections = new Map(after.connections.map((c) => [c.id as string, c]));

  const nodeChanges: ElementChange[] = [];
  for (const [b, a] of nodeMatch.pairs) {
    const x = beforeNodes.get(b)!;
    const y = afterNodes.get(a)!;
    const changes: FieldChange[] = [];
    if (x.kind !== y.kind) changes.push({ field: 'kind', before: x.kind, after: y.kind });
    if ((x.name ?? '') !== (y.name ?? '')) changes.push({ field: 'name', before: x.name, after: y.name });
    if (mapped(nodeMatch, x.parent) !== y.parent) changes.push({ field: 'parent', before: x.parent, after: y.parent });
    changes.push(...propChanges(propsOf(x), propsOf(y), new Set(['routeTables', ...LAYOUT_ONLY])));
    if (changes.length) nodeChanges.push({ before: b, after: a, kind: y.kind, label: labelOf(y), changes });
  }
  const connectionChanges: ElementChange[] = [];
  for (const [b, a] of connectionMatch.pairs) {
    const x = beforeConnections.get(b)!;
    const y = afterConnections.get(a)!;
    const changes: FieldChange[] = [];
    if (x.kind !== y.kind) changes.push({ field: 'kind', before: x.kind, after: y.kind });
    const ends = (c: Connection, m?: Matching) => [m ? mapped(m, c.source) : c.source, m ? mapped(m, c.target) : c.target];
    const [xs, xt] = ends(x, nodeMatch);
    const [ys, yt] = ends(y);
    // Undirected kinds may list their ends either way round.
    const sameEnds = (xs === ys && xt === yt) || (x.kind !== 'flow' && xs === yt && xt === ys);
    if (!sameEnds) changes.push({ field: 'ends', before: [x.source, x.target], after: [y.source, y.target] });
    if ((x.name ?? '') !== (y.name ?? '')) changes.push({ field: 'name', before: x.name, after: y.name });
    changes.push(...propChanges(propsOf(x), propsOf(y), new Set()));
    if (changes.length) connectionChanges.push({ before: b, after: a, kind: y.kind, label: labelOf(y), changes });
  }
  const ref = (e: { id: string; kind: string; name?: string }): ElementRef => ({ id: e.id, kind: e.kind, label: labelOf(e) });
  return {
    nodes: { added: nodeMatch.added.map((id) => ref(afterNodes.get(id)!)), removed: nodeMatch.removed.map((id) => ref(beforeNodes.get(id)!)), changed: nodeChanges },
    connections: {
      added: connectionMatch.added.map((id) => ref(afterConnections.get(id)!)),
      removed: connectionMatch.removed.map((id) => ref(beforeConnections.get(id)!)),
      changed: connectionChanges,
    },
    routes: diffRoutes(before, after, nodeMatch, connectionMatch),
    reachability: reachabilityDelta(before, after, nodeMatch.pairs),
  };
}

interface OwnedTable {
  owner: string;
  table: { id: string; name?: string; origin?: { id: string }; routes?: Route[] };
}

function tablesOf(doc: TopologyDocument): OwnedTable[] {
  const out: OwnedTable[] = [];
  for (const node of doc.nodes) {
    const tables = propsOf(node).routeTables;
    if (Array.isArray(tables)) for (const table of tables) out.push({ owner: node.id, table });
  }
  return out;
}

function diffRoutes(before: TopologyDocument, after: TopologyDocument, nodes: Matching, connections: Matching): DocumentDiff['routes'] {
  const x = tablesOf(before);
  const y = tablesOf(after);
  const matchable = (t: OwnedTable, m?: Matching): Matchable => ({
    id: t.table.id,
    ...(t.table.origin ? { originId: t.table.origin.id } : {}),
    signature: `${m ? mapped(m, t.owner) : t.owner}|${t.table.name ?? ''}`,
  });
  const tableMatch = matchElements(x.map((t) => matchable(t, nodes)), y.map((t) => matchable(t)));
  const byId = (list: OwnedTable[]) => new Map(list.map((t) => [t.table.id, t]));
  const bx = byId(x);
  const by = byId(y);
  const target = (id: string) => mapped(nodes, mapped(connections, id));
  const result: DocumentDiff['routes'] = { added: [], removed: [], changed: [] };
  const routesOf = (t: OwnedTable) => new Map((t.table.routes ?? []).map((r) => [r.destination, r.target]));
  for (const [b, a] of tableMatch.pairs) {
    const before = routesOf(bx.get(b)!);
    const afterTable = by.get(a)!;
    const after = routesOf(afterTable);
    for (const [destination, t] of after) {
      const old = before.get(destination);
      if (old === undefined) result.added.push({ table: a, owner: afterTable.owner, destination, after: t });
      else if (target(old) !== t) result.changed.push({ table: a, owner: afterTable.owner, destination, before: old, after: t });
    }
    for (const [destination, t] of before) {
      if (!after.has(destination)) result.removed.push({ table: b, owner: bx.get(b)!.owner, destination, before: t });
    }
  }
  for (const id of tableMatch.added) for (const r of by.get(id)!.table.routes ?? []) result.added.push({ table: id, owner: by.get(id)!.owner, destination: r.destination, after: r.target });
  for (const id of tableMatch.removed) for (const r of bx.get(id)!.table.routes ?? []) result.removed.push({ table: id, owner: bx.get(id)!.owner, destination: r.destination, before: r.target });
  return result;
}
