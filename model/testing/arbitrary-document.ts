/**
 * fast-check arbitraries for property tests over whole documents: every node kind with parents
 * the registry allows, connections whose ends fit their kind, props of the right JSON type (CIDRs
 * sometimes malformed, as users type them), and unknown fields at every level, including keys such
 * as "__proto__" that must stay plain data. Everything is driven by the kind registries, so a new
 * kind or prop is generated without touching this file.
 */
import fc from 'fast-check';
import { CONNECTION_KINDS, CONNECTION_KIND_LIST, type ConnectionKind } from '../kinds/connection-kinds';
import { NODE_KINDS, NODE_KIND_LIST, type NodeKind } from '../kinds/node-kinds';
import type { PropSpec, PropSpecs } from '../kinds/prop-spec';
import { ORIGIN_KINDS } from '../kinds/route-tables';
import { CURRENT_VERSION, PROPOSED_ID, PROVENANCE_KEYS, type TopologyDocument } from '../document/types';
import { cleanName } from '../text/names';

type Raw = Record<string, unknown>;

/** Keys that would reach Object.prototype or shadow its methods if a parser assigned them carelessly. */
const TRICKY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'] as const;

/** What the generated documents may contain. */
export interface ArbitraryDocumentOptions {
  /** Most nodes drawn (nodes whose required parent kind is absent are dropped). Default 12. */
  maxNodes?: number;
  /** Most connections drawn (connections whose end kinds are absent are dropped). Default 8. */
  maxConnections?: number;
  /** Add unknown fields at the top level, on nodes, props, positions and connections. Default true. */
  unknownFields?: boolean;
}

/** Sets a key as an own data property, so "__proto__" stays data instead of changing the prototype. */
function defineKey(target: Raw, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * A copy that JSON would give back unchanged: plain prototypes, keys as own data properties,
 * and 0 for -0 (JSON.stringify writes -0 as 0).
 */
function asJsonData(value: unknown): unknown {
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (Array.isArray(value)) return value.map(asJsonData);
  if (typeof value === 'object' && value !== null) {
    const out: Raw = {};
    for (const key of Object.keys(value)) defineKey(out, key, asJsonData((value as Raw)[key]));
    return out;
  }
  return value;
}

/** Any JSON value (bounded depth) that survives JSON.stringify → JSON.parse unchanged, tricky keys included. */
export function arbitraryJson(maxDepth = 3): fc.Arbitrary<unknown> {
  const key = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...TRICKY_KEYS) }, { weight: 3, arbitrary: fc.string({ maxLength: 8 }) });
  const leaf = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 12, unit: 'binary' }),
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      leaf,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries) => {
        const out: Raw = {};
        for (const [k, v] of entries) defineKey(out, k, v);
        return out;
      }),
    ),
  }));
  return value.map(asJsonData);
}

/** Unknown fields for an object whose known keys are `known`. */
function arbitraryExtras(known: readonly string[], enabled: boolean): fc.Arbitrary<Array<[string, unknown]>> {
  if (!enabled) return fc.constant([]);
  const key = fc
    .oneof(
      { weight: 2, arbitrary: fc.constantFrom(...TRICKY_KEYS, 'x-newer-tool', 'meta', 'tags', '0') },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 10, unit: 'binary' }) },
    )
    .filter((k) => !known.includes(k));
  return fc.uniqueArray(fc.tuple(key, arbitraryJson(2)), { maxLength: 3, selector: ([k]) => k });
}

function withExtras(base: Raw, extras: ReadonlyArray<readonly [string, unknown]>): Raw {
  for (const [key, value] of extras) if (!Object.prototype.hasOwnProperty.call(base, key)) defineKey(base, key, value);
  return base;
}

const toIpv4 = (value: bigint): string => [24n, 16n, 8n, 0n].map((shift) => ((value >> shift) & 255n).toString()).join('.');
const toIpv6 = (value: bigint): string =>
  [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => ((value >> shift) & 0xffffn).toString(16)).join(':');

/** A well-formed CIDR string of the family, sometimes with host bits set, written without going through cidr.ts. */
function arbitraryCidrText(family: 4 | 6): fc.Arbitrary<string> {
  const bits = family === 4 ? 32 : 128;
  return fc
    .tuple(fc.bigInt(0n, (1n << BigInt(bits)) - 1n), fc.integer({ min: 0, max: bits }), fc.boolean())
    .map(([address, prefix, aligned]) => {
      const size = 1n << BigInt(bits - prefix);
      const value = aligned ? address - (address % size) : address;
      return `${family === 4 ? toIpv4(value) : toIpv6(value)}/${prefix}`;
    });
}

/** A CIDR field as people fill it in: mostly valid, sometimes malformed (a finding, never a parse error). */
function arbitraryCidrField(family: 4 | 6): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: arbitraryCidrText(family) },
    { weight: 1, arbitrary: fc.constantFrom('10.0.0.0/33', '300.1.1.1/16', '10.0.0.0', '2001:db8::/64', '10.0.0.0/16', 'not a cidr', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
}

function arbitraryPropValue(spec: PropSpec): fc.Arbitrary<unknown> {
  switch (spec.type) {
    case 'string': {
      const known = [spec.default, spec.placeholder, ...(spec.suggestions ?? [])].filter((s): s is string => s !== undefined);
      return known.length > 0 ? fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 20 })) : fc.string({ maxLength: 20 });
    }
    case 'cidr':
      return arbitraryCidrField(spec.family);
    case 'cidr-list':
      return fc.array(arbitraryCidrField(spec.family), { maxLength: 3 });
    case 'string-list':
    case 'node-list':
    case 'route-table-list':
      return fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 });
    case 'route-table-ref':
      return fc.string({ maxLength: 12 });
    case 'route-tables':
      // Generated documents stay implicitly routed; routed documents have generators of their own.
      return fc.constant([]);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: spec.min, max: spec.max });
    case 'enum':
      return fc.constantFrom(...spec.values);
  }
}

/** Props of a kind: each declared prop present or absent, plus unknown keys. */
function arbitraryProps(specs: PropSpecs, unknownFields: boolean): fc.Arbitrary<Raw | undefined> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, spec] of Object.entries(specs)) model[key] = arbitraryPropValue(spec);
  model.origin = fc.record(
    { id: fc.constantFrom('vpc-0a1b2c3d', 'module.net.aws_vpc.main', 'SpokeVpc'), kind: fc.constantFrom(...ORIGIN_KINDS), region: fc.constantFrom('us-east-1', 'eu-west-1') },
    { requiredKeys: ['id', 'kind'], noNullPrototype: true },
  );
  model.tags = fc.record({ Name: fc.string({ maxLength: 8 }), team: fc.constantFrom('platform', '') }, { requiredKeys: [], noNullPrototype: true });
  const props = fc
    .tuple(fc.record(model, { requiredKeys: [], noNullPrototype: true }), arbitraryExtras([...Object.keys(specs), ...PROVENANCE_KEYS], unknownFields))
    .map(([declared, extras]) => withExtras({ ...declared } as Raw, extras));
  return fc.option(props, { nil: undefined, freq: 4 });
}

const coordinate = fc.oneof(
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)),
);
const dimension = fc.oneof(fc.integer({ min: 1, max: 4000 }), fc.double({ min: Number.MIN_VALUE, max: 1e9, noNaN: true }));
// Any characters, but those the parser refuses in names and ids (controls, lone surrogates) become what the editor makes of them.
const name = fc.oneof(
  fc.string({ maxLength: 30, unit: 'binary' }).map(cleanName),
  fc.constantFrom('prod', 'shared services', '<img src=x onerror=alert(1)>', '東京', ''),
);
const ID_SHAPE = /^[a-z]{2,10}-[0-9a-f]{1,8}$/;
const id = fc
  .oneof(
    { weight: 1, arbitrary: fc.constantFrom(...TRICKY_KEYS, '0', ' ', 'a.b', 'nodes[0]') },
    { weight: 3, arbitrary: fc.stringMatching(ID_SHAPE) },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 24, unit: 'binary' }).map(cleanName) },
    { weight: 1, arbitrary: fc.string({ minLength: 120, maxLength: 128 }) },
  )
  .filter((s) => s.length >= 1 && s.length <= 128 && s !== PROPOSED_ID);

/** Containers first in the mix, so that kinds which need a parent usually find one. */
const nodeKind = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<NodeKind>('region', 'vpc', 'subnet', 'on-premises') },
  { weight: 4, arbitrary: fc.constantFrom(...NODE_KIND_LIST) },
);

/** How deep a kind sits in the containment tree the registry allows (region 0, vpc 1, subnet 2, …). */
function kindDepth(kind: NodeKind, seen: ReadonlySet<NodeKind> = new Set()): number {
  const parents = NODE_KINDS[kind].parents as readonly NodeKind[];
  if (parents.length === 0 || seen.has(kind)) return 0;
  const next = new Set(seen).add(kind);
  return 1 + Math.max(...parents.map((p) => kindDepth(p, next)));
}
const DEPTH = Object.fromEntries(NODE_KIND_LIST.map((kind) => [kind, kindDepth(kind)])) as Record<NodeKind, number>;

const NODE_KEYS = ['id', 'kind', 'name', 'parent', 'props', 'position', 'size'];
const CONNECTION_KEYS = ['id', 'kind', 'source', 'target', 'name', 'props'];
const DOC_KEYS = ['format', 'version', 'name', 'nodes', 'connections'];

function arbitraryNodeDraft(unknownFields: boolean) {
  return nodeKind.chain((kind) =>
    fc.record(
      {
        kind: fc.constant(kind),
        name: fc.option(name, { nil: undefined }),
        props: arbitraryProps(NODE_KINDS[kind].props, unknownFields),
        position: fc.option(
          fc.tuple(coordinate, coordinate, arbitraryExtras(['x', 'y'], unknownFields)).map(([x, y, extras]) => withExtras({ x, y }, extras)),
          { nil: undefined },
        ),
        size: fc.option(
          fc.tuple(dimension, dimension).map(([width, height]) => ({ width, height })),
          { nil: undefined },
        ),
        extras: arbitraryExtras(NODE_KEYS, unknownFields),
        /** Which allowed parent to take; `standAlone` keeps an optional parent empty. */
        parentPick: fc.nat(),
        standAlone: fc.boolean(),
        /** Sort key for the node's place in the file: children may come before their parents. */
        order: fc.nat(),
      },
      { noNullPrototype: true },
    ),
  );
}

function arbitraryConnectionDraft(unknownFields: boolean) {
  return fc.constantFrom(...CONNECTION_KIND_LIST).chain((kind) =>
    fc.record(
      {
        kind: fc.constant(kind),
        name: fc.option(name, { nil: undefined }),
        props: arbitraryProps(CONNECTION_KINDS[kind].props, unknownFields),
        extras: arbitraryExtras(CONNECTION_KEYS, unknownFields),
        sourcePick: fc.nat(),
        targetPick: fc.nat(),
        swap: fc.boolean(),
        order: fc.nat(),
      },
      { noNullPrototype: true },
    ),
  );
}

/** Drops undefined optional fields so that the object has exactly the keys a file would. */
function compact(fields: Raw): Raw {
  const out: Raw = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) defineKey(out, key, value);
  return out;
}

/**
 * Valid documents of the current version (the parser accepts every one, and `parseDocument(serializeDocument(doc))`
 * gives it back): every node kind with a parent of an allowed kind (or none where that is allowed),
 * nodes in any order, connections whose ends fit their kind, ids unique across nodes and
 * connections (including "__proto__" and "constructor"), and unknown fields at every level.
 * Semantics are not judged: CIDRs may overlap or be malformed, so rules have something to find.
 */
export function arbitraryDocument(options: ArbitraryDocumentOptions = {}): fc.Arbitrary<TopologyDocument> {
  const maxNodes = options.maxNodes ?? 12;
  const maxConnections = options.maxConnections ?? 8;
  const unknownFields = options.unknownFields ?? true;
  return fc
    .record(
      {
        name: fc.option(name, { nil: undefined }),
        nodes: fc.array(arbitraryNodeDraft(unknownFields), { maxLength: maxNodes }),
        connections: fc.array(arbitraryConnectionDraft(unknownFields), { maxLength: maxConnections }),
        ids: fc.uniqueArray(id, { minLength: maxNodes + maxConnections, maxLength: maxNodes + maxConnections }),
        extras: arbitraryExtras(DOC_KEYS, unknownFields),
      },
      { noNullPrototype: true },
    )
    .map(({ name: docName, nodes: nodeDrafts, connections: connectionDrafts, ids, extras }) => {
      let nextId = 0;
      const takeId = () => ids[nextId++]!;

      // Parents before children while choosing parents; the file order is shuffled afterwards.
      const placed: Array<{ node: Raw; kind: NodeKind; order: number }> = [];
      const byDepth = nodeDrafts.map((draft, i) => ({ draft, i })).sort((a, b) => DEPTH[a.draft.kind] - DEPTH[b.draft.kind] || a.i - b.i);
      for (const { draft } of byDepth) {
        const spec = NODE_KINDS[draft.kind];
        const allowed = spec.parents as readonly NodeKind[];
        const candidates = placed.filter((p) => allowed.includes(p.kind));
        let parent: string | undefined;
        if (candidates.length > 0 && (spec.parentRequired || !draft.standAlone)) {
          parent = candidates[draft.parentPick % candidates.length]!.node.id as string;
        } else if (spec.parentRequired) {
          continue;
        }
        const node = compact({ id: takeId(), kind: draft.kind, name: draft.name, parent, props: draft.props, position: draft.position, size: draft.size });
        placed.push({ node: withExtras(node, draft.extras), kind: draft.kind, order: draft.order });
      }

      const connections: Array<{ connection: Raw; order: number }> = [];
      for (const draft of connectionDrafts) {
        const spec = CONNECTION_KINDS[draft.kind as ConnectionKind];
        const [aKinds, bKinds] = spec.ends as readonly [readonly NodeKind[], readonly NodeKind[]];
        const sources = placed.filter((p) => aKinds.includes(p.kind));
        const targets = placed.filter((p) => bKinds.includes(p.kind));
        if (sources.length === 0 || targets.length === 0) continue;
        let source = sources[draft.sourcePick % sources.length]!.node.id as string;
        let target = targets[draft.targetPick % targets.length]!.node.id as string;
        if (!spec.directed && draft.swap) [source, target] = [target, source];
        const connection = compact({ id: takeId(), kind: draft.kind, source, target, name: draft.name, props: draft.props });
        connections.push({ connection: withExtras(connection, draft.extras), order: draft.order });
      }

      const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;
      const doc = compact({
        format: 'vpc-canvas',
        version: CURRENT_VERSION,
        name: docName,
        nodes: placed.sort(byOrder).map((p) => p.node),
        connections: connections.sort(byOrder).map((c) => c.connection),
      });
      return withExtras(doc, extras) as unknown as TopologyDocument;
    });
}
