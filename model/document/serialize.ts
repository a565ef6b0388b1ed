/**
 * The one serializer. Known fields come first in a fixed order so that diffs stay small;
 * unknown fields follow, untouched.
 */
import type { Connection, TopologyDocument, TopologyNode } from './types';

const DOC_KEYS = ['format', 'version', 'name'];
const NODE_KEYS = ['id', 'kind', 'name', 'parent', 'props', 'position', 'size'];
const CONNECTION_KEYS = ['id', 'kind', 'source', 'target', 'name', 'props', 'route'];
const DOC_LAST = ['nodes', 'connections'];
const NONE: readonly string[] = [];

/**
 * A copy of `obj` with the keys `first` in that order, then the others as they come, then `last`.
 * The copy has no prototype, so a key such as `__proto__` from a hand-made file is an ordinary
 * own property (with a prototype, assigning it would set the prototype instead); that also lets
 * plain assignment replace `Object.defineProperty`, which made saving a large diagram several
 * times slower than `JSON.stringify` itself.
 */
function ordered(obj: object, first: readonly string[], last: readonly string[] = NONE): Record<string, unknown> {
  const source = obj as Record<string, unknown>;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of first) if (source[key] !== undefined) out[key] = source[key];
  for (const key in source) {
    if (!Object.hasOwn(source, key) || first.includes(key) || last.includes(key)) continue;
    if (source[key] !== undefined) out[key] = source[key];
  }
  for (const key of last) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** The document as plain JSON data in the canonical key order. */
export function toJsonValue(doc: TopologyDocument): Record<string, unknown> {
  const root = ordered(doc, DOC_KEYS, DOC_LAST);
  root.nodes = doc.nodes.map((node: TopologyNode) => ordered(node, NODE_KEYS));
  root.connections = doc.connections.map((connection: Connection) => ordered(connection, CONNECTION_KEYS));
  return root;
}

/** The document as the text of a topology file. */
export function serializeDocument(doc: TopologyDocument): string {
  return `${JSON.stringify(toJsonValue(doc), null, 2)}\n`;
}
