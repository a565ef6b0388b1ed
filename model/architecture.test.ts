/**
 * The model's import graph has no loops, between files or between folders (model/README.md,
 * "Layers"). Imports are read the way the compiler reads them (`ts.preProcessFile`), type-only
 * imports included: a type cycle still means two modules cannot be understood one at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { findCycles, type ImportGraph } from './testing/import-cycles';

const MODEL = dirname(new URL(import.meta.url).pathname);

/** Every non-test `.ts` file under model/, as paths relative to it with `/` separators. */
function modelFiles(dir = MODEL): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...modelFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(relative(MODEL, path).split(sep).join('/'));
  }
  return files.sort();
}

/** The model file a relative specifier names (`./rules` is `rules/index.ts`), or undefined when it leaves model/. */
function resolveImport(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  const base = relative(MODEL, resolve(MODEL, dirname(from), specifier)).split(sep).join('/');
  if (base.startsWith('..')) return undefined;
  const candidate = [`${base}.ts`, `${base}/index.ts`, base].find((c) => known.has(c));
  if (!candidate) throw new Error(`model/${from}: import "${specifier}" names no file under model/`);
  return candidate;
}

/** File → the model files it imports. */
function fileGraph(): ImportGraph {
  const files = modelFiles();
  const known = new Set(files);
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(MODEL, file), 'utf8'), true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolveImport(file, fileName, known);
      if (target !== undefined && target !== file) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/**
 * The folder a file belongs to: its top-level folder under model/ (`rules/groups/x.ts` is in
 * `rules/`); a file directly in model/ is a unit of its own (`connect.ts`), so that the barrel
 * `index.ts` importing every folder does not make each of them look as if it imported the barrel.
 */
const folderOf = (file: string): string => (file.includes('/') ? `${file.slice(0, file.indexOf('/'))}/` : file);

/** Folder → the folders its files import. */
function folderGraph(files: ImportGraph): ImportGraph {
  const graph = new Map<string, Set<string>>();
  for (const [file, targets] of files) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? graph.set(from, new Set()).get(from)!;
    for (const target of targets) if (folderOf(target) !== from) edges.add(folderOf(target));
  }
  return graph;
}

/**
 * The layers of model/README.md ("Layers"): a folder imports only from folders of a lower layer.
 * A new folder must be placed here, which is where its place among the others is decided.
 */
const LAYERS: Readonly<Record<string, number>> = {
  'cidr/': 1,
  'kinds/': 1,
  'text/': 1,
  'document/': 2,
  'graph/': 3,
  'rules/': 4,
  'reach/': 5,
  'flows/': 6,
  'all-rules.ts': 7,
  'validate.ts': 8,
  'connect.ts': 8,
  'review/': 9,
  'edit/': 9,
  'share/': 9,
  'testing/': 9,
  'import/': 9,
  'routing/': 9,
  'export/': 10,
  'diff/': 10,
  'layout/': 10,
  'index.ts': 11,
};

const describeCycle = (cycle: readonly string[]) => [...cycle, cycle[0]].join(' → ');

describe('model/ import graph', () => {
  const files = fileGraph();

  it('reads the imports of every model file', () => {
    // A guard against a resolver that silently sees nothing: the model has dozens of files and imports.
    expect(files.size).toBeGreaterThan(50);
    expect([...files.values()].reduce((n, targets) => n + targets.size, 0)).toBeGreaterThan(files.size);
  });

  it('has no loop between files', () => {
    expect(findCycles(files).map(describeCycle)).toEqual([]);
  });

  it('has no loop between folders', () => {
    expect(findCycles(folderGraph(files)).map(describeCycle)).toEqual([]);
  });

  it('imports only downwards through the layers of model/README.md', () => {
    const folders = folderGraph(files);
    expect([...folders.keys()].filter((folder) => LAYERS[folder] === undefined).map((f) => `${f} has no layer`)).toEqual([]);
    const upward: string[] = [];
    for (const [from, targets] of folders) {
      for (const to of targets) if (LAYERS[to]! >= LAYERS[from]!) upward.push(`${from} (layer ${LAYERS[from]}) imports ${to} (layer ${LAYERS[to]})`);
    }
    expect(upward).toEqual([]);
  });
});
