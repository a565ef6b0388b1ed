/**
 * The one parser: untrusted text (or already-decoded JSON) in, a TopologyDocument or a
 * TopologyParseError naming the place out. It checks structure and JSON types; it does not judge
 * AWS semantics (a malformed CIDR, a subnet outside a VPC): those are findings, so that a
 * half-finished design still opens and nothing typed is lost.
 */
import { CONNECTION_KINDS, isConnectionKind } from '../kinds/connection-kinds';
import { NODE_KINDS, isNodeKind } from '../kinds/node-kinds';
import { propTypeError, type PropSpecs } from '../kinds/prop-spec';
import { migrateToCurrent, OLDEST_READABLE_VERSION } from './migrations';
import { TopologyParseError } from './parse-error';
import { CURRENT_VERSION, DOCUMENT_FORMAT, type Connection, type TopologyDocument, type TopologyNode } from './types';

const MAX_ID_LENGTH = 128;
const MAX_NAME_LENGTH = 256;

type Json = Record<string, unknown>;

const fail = (path: string, reason: string): never => {
  throw new TopologyParseError(path, reason);
};

const describeType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function expectObject(value: unknown, path: string): Json {
  if (!isObject(value)) fail(path, `expected an object, found ${describeType(value)}`);
  return value as Json;
}

function expectString(value: unknown, path: string, maxLength?: number, minLength = 0): string {
  if (typeof value !== 'string') return fail(path, `expected a string, found ${describeType(value)}`);
  if (value.length < minLength) fail(path, 'must not be empty');
  if (maxLength !== undefined && value.length > maxLength) fail(path, `is ${value.length} characters long; at most ${maxLength} are allowed`);
  return value;
}

function expectFinite(value: unknown, path: string): number {
  if (typeof value !== 'number') return fail(path, `expected a number, found ${describeType(value)}`);
  if (!Number.isFinite(value)) fail(path, 'expected a finite number');
  return value;
}

/** Line and column of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

function decodeJson(text: string): unknown {
  if (typeof text !== 'string') fail('', 'expected the text of a JSON file');
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const where = position ? ` (${lineAndColumn(text, Number(position[1]))})` : '';
    const reason = detail.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return fail('', `not valid JSON: ${reason}${where}`);
  }
}

function checkProps(raw: unknown, specs: PropSpecs, path: string): Json | undefined {
  if (raw === undefined) return undefined;
  const props = expectObject(raw, path);
  for (const [key, spec] of Object.entries(specs)) {
    if (!Object.prototype.hasOwnProperty.call(props, key)) continue;
    const value = props[key];
    if (value === undefined) continue;
    const problem = propTypeError(spec, value);
    if (problem) fail(`${path}.${key}`, `${problem}, found ${JSON.stringify(value) ?? describeType(value)}`);
  }
  // A spread copy defines own properties only, so a "__proto__" key stays plain data.
  return { ...props };
}

function parseNode(raw: unknown, path: string): TopologyNode {
  const obj = expectObject(raw, path);
  const id = expectString(obj.id, `${path}.id`, MAX_ID_LENGTH, 1);
  if (!isNodeKind(obj.kind)) {
    if (typeof obj.kind !== 'string') fail(`${path}.kind`, `expected a string, found ${describeType(obj.kind)}`);
    fail(`${path}.kind`, `unknown node kind ${JSON.stringify(obj.kind)}`);
  }
  const kind = obj.kind as TopologyNode['kind'];
  if (obj.name !== undefined) expectString(obj.name, `${path}.name`, MAX_NAME_LENGTH);
  if (obj.parent !== undefined) expectString(obj.parent, `${path}.parent`, MAX_ID_LENGTH, 1);
  if (obj.position !== undefined) {
    const pos = expectObject(obj.position, `${path}.position`);
    expectFinite(pos.x, `${path}.position.x`);
    expectFinite(pos.y, `${path}.position.y`);
  }
  if (obj.size !== undefined) {
    const size = expectObject(obj.size, `${path}.size`);
    for (const dim of ['width', 'height'] as const) {
      if (expectFinite(size[dim], `${path}.size.${dim}`) <= 0) fail(`${path}.size.${dim}`, 'must be a positive number');
    }
  }
  const node = { ...obj, id, kind } as TopologyNode;
  const props = checkProps(obj.props, NODE_KINDS[kind].props, `${path}.props`);
  if (props) node.props = props;
  return node;
}

function parseConnection(raw: unknown, path: string): Connection {
  const obj = expectObject(raw, path);
  const id = expectString(obj.id, `${path}.id`, MAX_ID_LENGTH, 1);
  if (!isConnectionKind(obj.kind)) {
    if (typeof obj.kind !== 'string') fail(`${path}.kind`, `expected a string, found ${describeType(obj.kind)}`);
    fail(`${path}.kind`, `unknown connection kind ${JSON.stringify(obj.kind)}`);
  }
  const kind = obj.kind as Connection['kind'];
  expectString(obj.source, `${path}.source`, MAX_ID_LENGTH, 1);
  expectString(obj.target, `${path}.target`, MAX_ID_LENGTH, 1);
  if (obj.name !== undefined) expectString(obj.name, `${path}.name`, MAX_NAME_LENGTH);
  const connection = { ...obj, id, kind } as Connection;
  const props = checkProps(obj.props, CONNECTION_KINDS[kind].props, `${path}.props`);
  if (props) connection.props = props;
  return connection;
}

function checkReferences(doc: TopologyDocument): void {
  const owners = new Map<string, string>();
  doc.nodes.forEach((node, i) => {
    const previous = owners.get(node.id);
    if (previous) fail(`nodes[${i}].id`, `${JSON.stringify(node.id)} is already used by ${previous}`);
    owners.set(node.id, `nodes[${i}]`);
  });
  doc.connections.forEach((connection, i) => {
    const previous = owners.get(connection.id);
    if (previous) fail(`connections[${i}].id`, `${JSON.stringify(connection.id)} is already used by ${previous}`);
    owners.set(connection.id, `connections[${i}]`);
  });

  const nodeIndex = new Map(doc.nodes.map((node, i) => [node.id as string, i]));
  doc.nodes.forEach((node, i) => {
    if (node.parent === undefined) return;
    if (!nodeIndex.has(node.parent)) {
      fail(`nodes[${i}].parent`, `no node has id ${JSON.stringify(node.parent)}`);
    }
  });
  doc.connections.forEach((connection, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!nodeIndex.has(connection[end])) fail(`connections[${i}].${end}`, `no node has id ${JSON.stringify(connection[end])}`);
    }
  });

  // Containment must be a tree: walk up from each node, colouring nodes known to reach the top.
  const parentOf = new Map(doc.nodes.map((node) => [node.id as string, node.parent as string | undefined]));
  const settled = new Set<string>();
  doc.nodes.forEach((node, i) => {
    const trail: string[] = [];
    const onTrail = new Set<string>();
    let current: string | undefined = node.id;
    while (current !== undefined && !settled.has(current)) {
      if (onTrail.has(current)) {
        const loop = [...trail.slice(trail.indexOf(current)), current].map((id) => JSON.stringify(id)).join(' → ');
        fail(`nodes[${i}].parent`, `containment cycle: ${loop}`);
      }
      onTrail.add(current);
      trail.push(current);
      current = parentOf.get(current);
    }
    for (const id of trail) settled.add(id);
  });
}

function parseRoot(value: unknown): TopologyDocument {
  if (!isObject(value)) fail('', `not a topology document: expected a JSON object, found ${describeType(value)}`);
  let root = value as Json;
  if (root.format !== DOCUMENT_FORMAT) {
    fail('format', root.format === undefined ? `missing; a topology document has "format": "${DOCUMENT_FORMAT}"` : `expected "${DOCUMENT_FORMAT}", found ${JSON.stringify(root.format)}`);
  }
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    fail('version', version === undefined ? 'missing; expected a whole number' : `expected a whole number, found ${JSON.stringify(version)}`);
  }
  const v = version as number;
  if (v > CURRENT_VERSION) fail('version', `this file is version ${v}, newer than this build of VPC Canvas reads (${CURRENT_VERSION}); update VPC Canvas to open it`);
  if (v < OLDEST_READABLE_VERSION) fail('version', `version ${v} does not exist; the first version is ${OLDEST_READABLE_VERSION}`);
  root = migrateToCurrent(root, v);

  if (root.name !== undefined) expectString(root.name, 'name');
  if (!Array.isArray(root.nodes)) fail('nodes', root.nodes === undefined ? 'missing; expected an array of nodes' : `expected an array, found ${describeType(root.nodes)}`);
  if (!Array.isArray(root.connections)) {
    fail('connections', root.connections === undefined ? 'missing; expected an array of connections' : `expected an array, found ${describeType(root.connections)}`);
  }
  const nodes = (root.nodes as unknown[]).map((raw, i) => parseNode(raw, `nodes[${i}]`));
  const connections = (root.connections as unknown[]).map((raw, i) => parseConnection(raw, `connections[${i}]`));
  const doc = { ...root, format: DOCUMENT_FORMAT, version: CURRENT_VERSION, nodes, connections } as TopologyDocument;
  checkReferences(doc);
  return doc;
}

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TopologyParseError) throw error;
    // Whatever else escapes (a stack overflow on absurd nesting, say) still becomes our error.
    throw new TopologyParseError('', `cannot read the document: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Parses the text of a topology file. Throws only TopologyParseError. */
export function parseDocument(text: string): TopologyDocument {
  return guard(() => parseRoot(decodeJson(text)));
}

/** Parses an already-decoded JSON value (from storage or a test). Throws only TopologyParseError. */
export function parseDocumentValue(value: unknown): TopologyDocument {
  return guard(() => parseRoot(value));
}
