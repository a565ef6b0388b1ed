/**
 * The parser's last step: ids unique across nodes, connections and route tables; parents and
 * connection ends name nodes; containment is a tree.
 *
 * The element checks record each element's id, parent and ends in plain lists (`ElementReferences`)
 * as they read it, and this step works on those lists, never on the document's objects. That keeps
 * it fast on a file that has just been read: V8 compiles property reads for the layouts (hidden
 * classes) it has seen, every `JSON.parse` makes new layouts once the old ones are collected, and
 * code reading a new file's objects runs deoptimised until it is compiled again. Lists of strings
 * and typed arrays have the same layout in every parse.
 */
import { NODE_KINDS } from '../kinds/node-kinds';
import type { PropSpecs } from '../kinds/prop-spec';
import { IdTable, type IdSource } from './id-table';
import { TopologyParseError } from './parse-error';
import type { TopologyNode } from './types';
import { groupDigits } from '../text/group-digits';

/** What the reference check needs of each element, recorded as the elements are read. */
export interface ElementReferences {
  /** The id of each node, then of each connection. */
  readonly ids: string[];
  /** The parent of each node (undefined for a top-level node). */
  readonly parents: Array<string | undefined>;
  /** The source and the target of each connection, in turn. */
  readonly ends: string[];
}

/** Empty lists for a document of `nodes` nodes and `connections` connections, each allocated once at its size. */
export function elementReferences(nodes: number, connections: number): ElementReferences {
  return { ids: new Array<string>(nodes + connections), parents: new Array<string | undefined>(nodes), ends: new Array<string>(2 * connections) };
}

/** Node kinds whose `routeTables` prop holds route tables (a VPC endpoint's holds route table ids). */
const ROUTE_TABLE_KINDS: ReadonlySet<string> = new Set(
  Object.entries(NODE_KINDS)
    .filter(([, spec]) => (spec.props as PropSpecs).routeTables?.type === 'route-tables')
    .map(([kind]) => kind),
);

/**
 * Every element of the document by a code, in file order: nodes from 0, then connections, then route
 * tables. A route table is found through two typed arrays (its node and its place in that node's list).
 */
class ElementCodes implements IdSource {
  end = 0;
  private ids: readonly string[] = [];
  private nodeCount = 0;
  private connectionCount = 0;
  private tableIds: string[] = [];
  private tableNode = new Int32Array(0);
  private tableIndex = new Int32Array(0);

  /**
   * Numbers the elements of a document whose nodes hold `routeTables` route tables (already checked
   * to be objects with string ids); `reset(emptyReferences, [], 0)` lets go of it.
   */
  reset(refs: ElementReferences, nodes: readonly TopologyNode[], routeTables: number): void {
    this.ids = refs.ids;
    this.nodeCount = refs.parents.length;
    this.connectionCount = refs.ids.length - refs.parents.length;
    this.tableIds = new Array<string>(routeTables);
    this.tableNode = new Int32Array(routeTables);
    this.tableIndex = new Int32Array(routeTables);
    let k = 0;
    for (let i = 0; i < nodes.length && k < routeTables; i++) {
      const node = nodes[i]!;
      const tables = node.props?.routeTables;
      if (!Array.isArray(tables) || !ROUTE_TABLE_KINDS.has(node.kind)) continue;
      for (let j = 0; j < tables.length && k < routeTables; j++) {
        // A caller's sparse list may have holes, which the route table check passes over too.
        if (!(j in tables)) continue;
        this.tableIds[k] = (tables[j] as { id: string }).id;
        this.tableNode[k] = i;
        this.tableIndex[k++] = j;
      }
    }
    this.end = refs.ids.length + k;
  }

  /** The id of the element with `code`. */
  idOf(code: number): string {
    return code < this.ids.length ? this.ids[code]! : this.tableIds[code - this.ids.length]!;
  }

  /** How a message names the element: `nodes[3]`, `connections[0]`, `nodes[2].props.routeTables[1]`. */
  nameOf(code: number): string {
    if (code < this.nodeCount) return `nodes[${code}]`;
    if (code < this.nodeCount + this.connectionCount) return `connections[${code - this.nodeCount}]`;
    const k = code - this.nodeCount - this.connectionCount;
    return `nodes[${this.tableNode[k]}].props.routeTables[${this.tableIndex[k]}]`;
  }
}

/**
 * The numbering and the id table, one of each for every parse: their layouts then outlive a collection
 * between two parses, and so does the code compiled for them.
 */
const CODES = new ElementCodes();
const OWNERS = new IdTable(0, CODES);
const NO_REFERENCES = elementReferences(0, 0);

/** How many nodes before a node its parent is looked for first: a file usually lists a node soon after its parent. */
const PARENT_LOOKBACK = 8;

const fail = (path: string, reason: string): never => {
  throw new TopologyParseError(path, reason);
};

/**
 * Checks the references of a document whose elements `refs` describes; `nodes` are its nodes, read
 * only for their route tables (`routeTables` of them). Linear, and allocation-free per element: the
 * id table holds numbers in a typed array, and the cycle walk marks nodes in typed arrays.
 */
export function checkReferences(refs: ElementReferences, nodes: readonly TopologyNode[], routeTables: number): void {
  CODES.reset(refs, nodes, routeTables);
  OWNERS.reset(CODES.end, CODES);
  try {
    checkWith(CODES, OWNERS, refs);
  } finally {
    CODES.reset(NO_REFERENCES, [], 0);
    OWNERS.reset(0, CODES);
  }
}

/** The index of the node with `id`, or -1 when no node has it (nodes are the first codes). */
function nodeIndex(owners: IdTable, id: string, nodeCount: number): number {
  const code = owners.get(id);
  return code < nodeCount ? code : -1;
}

function checkWith(codes: ElementCodes, owners: IdTable, { ids, parents, ends }: ElementReferences): void {
  // Route tables share the one id space (routing.md), so a route target or a finding's subject is never ambiguous.
  for (let code = 0; code < codes.end; code++) {
    const id = codes.idOf(code);
    const first = owners.claim(id, code);
    if (first >= 0) fail(`${codes.nameOf(code)}.id`, `${JSON.stringify(id)} is already used by ${codes.nameOf(first)}`);
  }

  const nodeCount = parents.length;
  const parentIndex = new Int32Array(nodeCount);
  // Siblings usually follow each other in a file: their parent is looked up once. Ids are unique by
  // now, so a node found among the last few is the parent, found without the table.
  let lastParent: string | undefined;
  let lastParentIndex = -1;
  for (let i = 0; i < nodeCount; i++) {
    const parent = parents[i];
    if (parent === undefined) parentIndex[i] = -1;
    else if (parent === lastParent) parentIndex[i] = lastParentIndex;
    else {
      let found = -1;
      for (let j = i - 1; j >= 0 && j >= i - PARENT_LOOKBACK; j--) {
        if (ids[j] === parent) {
          found = j;
          break;
        }
      }
      lastParentIndex = parentIndex[i] = found >= 0 ? found : nodeIndex(owners, parent, nodeCount);
      lastParent = parent;
      if (lastParentIndex < 0) fail(`nodes[${i}].parent`, `no node has id ${JSON.stringify(parent)}`);
    }
  }
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k]!;
    if (nodeIndex(owners, end, nodeCount) < 0) fail(`connections[${k >> 1}].${k % 2 === 0 ? 'source' : 'target'}`, `no node has id ${JSON.stringify(end)}`);
  }

  // Containment must be a tree: walk up from each node, marking nodes known to reach the top. The
  // walk's trail is the chain of parents from its start, so it is walked again to settle it rather than
  // kept in a list (emptying a list frees its storage, and refilling it allocated once per node).
  const ON_TRAIL = 1;
  const SETTLED = 2;
  const state = new Uint8Array(nodeCount);
  for (let start = 0; start < nodeCount; start++) {
    for (let current = start; current >= 0 && state[current] !== SETTLED; current = parentIndex[current]!) {
      // Name a node on the loop itself, not the descendant whose walk up ran into it.
      if (state[current] === ON_TRAIL) fail(`nodes[${current}].parent`, cycleReason(loopFrom(current, ids, parentIndex)));
      state[current] = ON_TRAIL;
    }
    for (let current = start; current >= 0 && state[current] === ON_TRAIL; current = parentIndex[current]!) state[current] = SETTLED;
  }
}

/** The ids of a containment loop, from the node `first` on it up through its parents. */
function loopFrom(first: number, ids: readonly string[], parentIndex: Int32Array): string[] {
  const loop: string[] = [];
  let current = first;
  do {
    loop.push(ids[current]!);
    current = parentIndex[current]!;
  } while (current !== first);
  return loop;
}

/** A loop of node ids as a message: whole when short, else its first few, the count and its end. */
function cycleReason(ids: readonly string[]): string {
  const q = (id: string) => JSON.stringify(id);
  if (ids.length <= 6) return `containment cycle: ${[...ids, ids[0]!].map(q).join(' → ')}`;
  const more = groupDigits(ids.length - 4);
  return `containment cycle of ${groupDigits(ids.length)} nodes: ${ids.slice(0, 3).map(q).join(' → ')} → … (${more} more) → ${q(ids[ids.length - 1]!)} → ${q(ids[0]!)}`;
}
