import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONNECTION_KIND_LIST } from '../kinds/connection-kinds';
import { NODE_KIND_LIST } from '../kinds/node-kinds';
import { MIGRATIONS, OLDEST_READABLE_VERSION, migrateToCurrent, type Migration } from './migrations';
import { parseDocument } from './parse';
import { TopologyParseError } from './parse-error';
import { serializeDocument } from './serialize';
import { CURRENT_VERSION } from './types';

type Raw = Record<string, unknown>;

/** A made-up history: v1 `title` → v2 `name`; v2 adds `layers`; v3 renames node `label` to `name`. */
function syntheticMigrations(log: string[]): Migration[] {
  return [
    {
      from: 3,
      name: 'node-label-to-name',
      up: (raw) => {
        log.push('3→4');
        const nodes = (raw.nodes as Raw[]).map(({ label, ...node }) => (label === undefined ? node : { ...node, name: label }));
        return { ...raw, nodes };
      },
    },
    {
      from: 1,
      name: 'title-to-name',
      up: ({ title, ...raw }) => {
        log.push('1→2');
        return title === undefined ? raw : { ...raw, name: title };
      },
    },
    {
      from: 2,
      name: 'add-layers',
      up: (raw) => {
        // Sees the output of the step before it.
        log.push(`2→3 (name ${String(raw.name)}, version ${String(raw.version)})`);
        return { ...raw, layers: [] };
      },
    },
  ];
}

const v1 = (): Raw => ({
  format: 'vpc-canvas',
  version: 1,
  title: 'old title',
  'x-unknown': { kept: true },
  nodes: [{ id: 'a', kind: 'vpc', label: 'prod', 'x-node': 1 }],
  connections: [],
});

describe('migrateToCurrent', () => {
  it('runs every step in order, whatever the order of the list, and stamps each version', () => {
    const log: string[] = [];
    const out = migrateToCurrent(v1(), 1, syntheticMigrations(log), 4);
    expect(log).toEqual(['1→2', '2→3 (name old title, version 2)', '3→4']);
    expect(out.version).toBe(4);
    expect(out.name).toBe('old title');
    expect(out.title).toBeUndefined();
    expect(out.layers).toEqual([]);
    expect(out.nodes).toEqual([{ id: 'a', kind: 'vpc', name: 'prod', 'x-node': 1 }]);
  });

  it('keeps fields no step knows about', () => {
    const out = migrateToCurrent(v1(), 1, syntheticMigrations([]), 4);
    expect(out['x-unknown']).toEqual({ kept: true });
    expect(out.format).toBe('vpc-canvas');
    expect((out.nodes as Raw[])[0]!['x-node']).toBe(1);
  });

  it('starts from the version the file has', () => {
    const log: string[] = [];
    const out = migrateToCurrent({ ...v1(), version: 3 }, 3, syntheticMigrations(log), 4);
    expect(log).toEqual(['3→4']);
    expect(out.title).toBe('old title');
  });

  it('returns a current document as it is', () => {
    const raw = v1();
    const log: string[] = [];
    expect(migrateToCurrent(raw, 4, syntheticMigrations(log), 4)).toBe(raw);
    expect(log).toEqual([]);
  });

  it('refuses with a TopologyParseError when a step is missing', () => {
    const steps = syntheticMigrations([]).filter((m) => m.from !== 2);
    const run = () => migrateToCurrent(v1(), 1, steps, 4);
    expect(run).toThrow(TopologyParseError);
    expect(run).toThrow('version: no migration from version 2 to 3');
  });

  it('refuses with a TopologyParseError naming the step when a step cannot read the file', () => {
    const steps = syntheticMigrations([]);
    const withoutNodes = { format: 'vpc-canvas', version: 3 };
    const run = () => migrateToCurrent(withoutNodes, 3, steps, 4);
    expect(run).toThrow(TopologyParseError);
    expect(run).toThrow(/^cannot upgrade from version 3 to 4 \(node-label-to-name\): /);
    const broken: Migration[] = [{ from: 1, name: 'returns-nothing', up: () => undefined as unknown as Raw }];
    expect(() => migrateToCurrent(v1(), 1, broken, 2)).toThrow('cannot upgrade from version 1 to 2 (returns-nothing): the step returned no document');
  });

  it('has a step for every version this build reads', () => {
    expect(OLDEST_READABLE_VERSION).toBe(1);
    for (let v = OLDEST_READABLE_VERSION; v < CURRENT_VERSION; v++) {
      expect(MIGRATIONS.filter((m) => m.from === v), `steps from version ${v}`).toHaveLength(1);
    }
    expect(MIGRATIONS.every((m) => m.from >= OLDEST_READABLE_VERSION && m.from < CURRENT_VERSION)).toBe(true);
  });
});

describe.each([1, 2])('saved version %i fixtures', (version) => {
  const dir = new URL(`../fixtures/v${version}/`, import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(1);
  });

  it.each(files)('%s opens as the current version and round-trips without losing anything', (file) => {
    const text = read(file);
    expect((JSON.parse(text) as Raw).version).toBe(version);
    const doc = parseDocument(text);
    const saved = serializeDocument(doc);
    expect(parseDocument(saved)).toEqual(doc);
    expect(serializeDocument(parseDocument(saved))).toBe(saved);
    // Every field of the file, unknown ones included, is written back (after any migration).
    const raw = JSON.parse(text) as Raw;
    expect(JSON.parse(saved)).toEqual(migrateToCurrent(raw, raw.version as number));
  });

});

describe('saved version 1 fixtures, together', () => {
  const dir = new URL('../fixtures/v1/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

  it('together use every node kind and every connection kind, with unknown fields at every level', () => {
    const docs = files.map((file) => ({ file, raw: JSON.parse(read(file)) as Raw }));
    const nodes = docs.flatMap(({ raw }) => raw.nodes as Raw[]);
    const connections = docs.flatMap(({ raw }) => raw.connections as Raw[]);
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(NODE_KIND_LIST));
    expect(new Set(connections.map((c) => c.kind))).toEqual(new Set(CONNECTION_KIND_LIST));

    const unknown = (obj: unknown, known: string[]) => typeof obj === 'object' && obj !== null && Object.keys(obj).some((k) => !known.includes(k));
    const nodeKeys = ['id', 'kind', 'name', 'parent', 'props', 'position', 'size'];
    const connectionKeys = ['id', 'kind', 'source', 'target', 'name', 'props'];
    expect(docs.some(({ raw }) => unknown(raw, ['format', 'version', 'name', 'nodes', 'connections']))).toBe(true);
    expect(nodes.some((n) => unknown(n, nodeKeys))).toBe(true);
    expect(nodes.some((n) => unknown(n.props, ['cidrs', 'ipv6Cidrs', 'account', 'dnsSupport', 'dnsHostnames', 'cidr', 'ipv6Cidr', 'az', 'public', 'code']))).toBe(true);
    expect(nodes.some((n) => unknown(n.position, ['x', 'y']))).toBe(true);
    expect(nodes.some((n) => unknown(n.size, ['width', 'height']))).toBe(true);
    expect(connections.some((c) => unknown(c, connectionKeys))).toBe(true);
    expect(connections.some((c) => unknown(c.props, ['type', 'siteLink', 'allowedPrefixes', 'bidirectional']))).toBe(true);
  });
});

describe('version 1 to 2 (route tables)', () => {
  it('opens a version 1 document as version 2 with nothing else changed: nothing is explicitly routed', () => {
    const dir = new URL('../fixtures/v1/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const raw = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Raw;
      const doc = parseDocument(JSON.stringify(raw));
      expect(doc.version).toBe(2);
      expect({ ...JSON.parse(serializeDocument(doc)), version: 1 }).toEqual(raw);
      expect(doc.nodes.some((n) => n.props !== undefined && 'routeTables' in n.props)).toBe(false);
    }
  });

  it('keeps route tables, routes, origins, tags and their unknown fields through a save', () => {
    const text = readFileSync(new URL('../fixtures/v2/routed-hub.json', import.meta.url), 'utf8');
    const doc = parseDocument(text);
    const vpc = doc.nodes.find((n) => n.id === 'vpc-dev')!;
    const tables = vpc.props?.routeTables as Raw[];
    expect(tables.map((t) => t.id)).toEqual(['rt-dev-main', 'rt-dev-public']);
    expect(tables[0]!['x-table']).toBe(1);
    expect((tables[0]!.routes as Raw[])[0]!['x-note']).toBe('to the hub');
    expect(vpc.props?.origin).toEqual({ id: 'vpc-0a1b2c3d', kind: 'aws', account: '111122223333', region: 'eu-west-1' });
    expect(JSON.parse(serializeDocument(doc))).toEqual(JSON.parse(text));
  });
});
