/**
 * The one serializer. Known fields come first in a fixed order so that diffs stay small;
 * unknown fields follow, untouched.
 */
import type { Connection, TopologyDocument, TopologyNode } from './types';

const DOC_KEYS = ['format', 'version', 'name'];
const NODE_KEYS = ['id', 'kind', 'name', 'parent', 'props', 'position', 'size'];
const CONNECTION_KEYS = ['id', 'kind', 'source', 'target', 'name', 'props', 'route'];

function ordered(obj: object, first: readonly string[], last: readonly string[] = []): Record<string, unknown> {
  const source = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const define = (key: string) => {
    if (source[key] !== undefined) Object.defineProperty(out, key, { value: source[key], enumerable: true, writable: true, configurable: true });
  };
  first.forEach(define);
  Object.keys(source).filter((k) => !first.includes(k) && !last.includes(k)).forEach(define);
  last.forEach(define);
  return out;
}

/** The document as plain JSON data in the canonical key order. */
export function toJsonValue(doc: TopologyDocument): Record<string, unknown> {
  const root = ordered(doc, DOC_KEYS, ['nodes', 'connections']);
  root.nodes = doc.nodes.map((node: TopologyNode) => ordered(node, NODE_KEYS));
  root.connections = doc.connections.map((connection: Connection) => ordered(connection, CONNECTION_KEYS));
  return root;
}

/** The document as the text of a topology file. */
export function serializeDocument(doc: TopologyDocument): string {
  return `${JSON.stringify(toJsonValue(doc), null, 2)}\n`;
}
