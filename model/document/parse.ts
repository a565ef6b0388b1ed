/**
 * The one parser: untrusted text (or already-decoded JSON) in, a TopologyDocument or a
 * TopologyParseError naming the place out. It checks structure and JSON types; it does not judge
 * AWS semantics (a malformed CIDR, a subnet outside a VPC): those are findings, so that a
 * half-finished design still opens and nothing typed is lost.
 */
import { CONNECTION_KINDS } from '../kinds/connection-kinds';
import { NODE_KINDS } from '../kinds/node-kinds';
import { propTypeError, type PropSpecs } from '../kinds/prop-spec';
import { forbiddenCharacterIn } from '../text/names';
import { countJsonKeys, findDuplicateKey, objectsInheritEnumerableKeys, provablyNoDuplicateKeys } from './duplicate-keys';
import { checkReferences, elementReferences, type ElementReferences } from './check-references';
import { migrateToCurrent, OLDEST_READABLE_VERSION } from './migrations';
import { TopologyParseError } from './parse-error';
import { checkConnectionRoute } from './parse-route';
import { arePlainRouteTables, checkOrigin, checkRouteTables, checkTags, isPlainOrigin, isPlainTags } from './parse-route-tables';
import { CURRENT_VERSION, DOCUMENT_FORMAT, type Connection, type TopologyDocument, type TopologyNode } from './types';

const MAX_ID_LENGTH = 128;
const MAX_NAME_LENGTH = 256;

type Json = Record<string, unknown>;

const fail = (path: string, reason: string): never => {
  throw new TopologyParseError(path, reason);
};

const describeType = (value: unknown): string =>
  value === undefined
    ? 'nothing'
    : value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : typeof value === 'object'
          ? 'an object'
          : `a ${typeof value}`;

/**
 * A value as it appears in a message: JSON text, cut short, and never a second error (the value
 * may be huge, deeply nested, or not JSON at all when it comes through `parseDocumentValue`).
 */
function show(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) return describeType(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "missing" reads better than "found nothing" when a required field is absent. */
const wrongType = (expected: string, value: unknown): string =>
  value === undefined ? `missing; expected ${expected}` : `expected ${expected}, found ${describeType(value)}`;

function expectObject(value: unknown, path: string): Json {
  if (!isObject(value)) fail(path, wrongType('an object', value));
  return value as Json;
}

function expectString(value: unknown, path: string, maxLength?: number, minLength = 0): string {
  if (typeof value !== 'string') return fail(path, wrongType('a string', value));
  if (value.length < minLength) fail(path, 'must not be empty');
  if (maxLength !== undefined && value.length > maxLength) fail(path, `is ${value.length} characters long; at most ${maxLength} are allowed`);
  return value;
}

/**
 * A string shown to people as a name or used as an id: besides `expectString`'s checks, no control
 * character and no lone surrogate (model/text/names.ts). A carriage return or an escape sequence in a
 * name could rewrite a terminal line; half a character breaks every export.
 */
function expectName(value: unknown, path: string, maxLength?: number, minLength = 0): string {
  const text = expectString(value, path, maxLength, minLength);
  const bad = forbiddenCharacterIn(text);
  if (bad) fail(path, `contains ${bad.description} at character ${bad.index + 1}; names and ids may not hold control characters or broken characters`);
  return text;
}

function expectFinite(value: unknown, path: string): number {
  if (typeof value !== 'number') return fail(path, wrongType('a number', value));
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

const isJsonSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHexDigit = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/**
 * Offset of the first character that makes `text` invalid JSON (RFC 8259), or undefined when it
 * is valid. V8's "Unexpected token" errors carry no position, so the place is found here;
 * iterative, so that absurd nesting cannot overflow the stack.
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const skipSpace = () => {
    while (i < n && isJsonSpace(text.charCodeAt(i))) i++;
  };
  // Returns false with `i` on the offending character.
  const scanString = (): boolean => {
    if (text.charCodeAt(i) !== 0x22) return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!isHexDigit(text.charCodeAt(i + k))) {
              i += k;
              return false;
            }
          }
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i++;
        } else {
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  const scanDigits = (): boolean => {
    if (!isDigit(text.charCodeAt(i))) return false;
    while (isDigit(text.charCodeAt(i))) i++;
    return true;
  };
  const scanNumber = (): boolean => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (!scanDigits()) return false;
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!scanDigits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!scanDigits()) return false;
    }
    return true;
  };
  const scanLiteral = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };
  // Scans `"key" :` inside an object.
  const scanKey = (): boolean => {
    skipSpace();
    if (!scanString()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };

  const open: string[] = [];
  for (;;) {
    // A value is expected at i.
    skipSpace();
    const c = text[i];
    let ok: boolean;
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++;
        ok = true;
      } else {
        open.push(c);
        if (c === '{' && !scanKey()) return i;
        continue;
      }
    } else if (c === '"') ok = scanString();
    else if (c === 't') ok = scanLiteral('true');
    else if (c === 'f') ok = scanLiteral('false');
    else if (c === 'n') ok = scanLiteral('null');
    else if (c === '-' || (c !== undefined && isDigit(c.charCodeAt(0)))) ok = scanNumber();
    else ok = false;
    if (!ok) return i;
    // After a value: close containers, or find the comma before the next value.
    for (;;) {
      skipSpace();
      const top = open[open.length - 1];
      if (top === undefined) return i < n ? i : undefined;
      if (text[i] === ',') {
        i++;
        if (top === '{' && !scanKey()) return i;
        break;
      }
      if (text[i] === (top === '{' ? '}' : ']')) {
        i++;
        open.pop();
        continue;
      }
      return i;
    }
  }
}

/** The decoded value, and the text it was decoded from (without a byte order mark). */
interface Decoded {
  value: unknown;
  body: string;
}

function decodeJson(text: string): Decoded {
  if (typeof text !== 'string') fail('', 'expected the text of a JSON file');
  // Editors on Windows may save UTF-8 with a byte order mark; RFC 8259 lets a reader ignore it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body), body };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const reported = /at position (\d+)/.exec(detail);
    const offset = reported ? Number(reported[1]) : jsonSyntaxErrorOffset(body);
    const where = offset === undefined ? '' : ` (${lineAndColumn(body, offset)})`;
    const reason = detail
      .replace(/ in JSON at position \d+.*$/s, '')
      // V8 quotes a snippet of the file ("…" is not valid JSON): the line and column say where instead.
      .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
      .replace(/^JSON\.parse: /, '');
    return fail('', `not valid JSON: ${reason}${where}`);
  }
}

/**
 * Deepest nesting of objects and arrays a document may have. The format itself needs five
 * levels; the limit leaves room for a newer tool's data while keeping every document that opens
 * one that JSON.stringify (and so the serializer) can write back.
 */
const MAX_DEPTH = 100;

interface Frame {
  value: unknown;
  depth: number;
  parent?: Frame;
  key?: string | number;
}

function pathOf(frame: Frame): string {
  const keys: Array<string | number> = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent) keys.push(f.key);
  keys.reverse();
  const shown = keys.slice(0, 10).map((key, i) =>
    typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$-]*$/.test(key) ? (i === 0 ? key : `.${key}`) : `[${show(key)}]`,
  );
  return shown.join('') + (keys.length > shown.length ? '…' : '');
}

/**
 * Checks every value in the file, unknown fields included, since they are written back: numbers
 * must be finite (`1e999` reads as Infinity and would be saved as null), nesting bounded, and a
 * value handed to `parseDocumentValue` must be JSON data. Returns how many object keys it saw (for
 * the duplicate-key check). Frames are made for containers, and for a value with a problem, never
 * for the hundreds of thousands of plain strings and numbers of a large file.
 */
function checkJsonData(root: Json): number {
  let keys = 0;
  const stack: Frame[] = [{ value: root, depth: 0 }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { value, depth } = frame;
    if (typeof value !== 'object' || value === null) {
      // Only a value with a problem is given a frame: reached here, it is reported.
      if (typeof value === 'number') fail(pathOf(frame), `expected a finite number, found ${show(value)}`);
      fail(pathOf(frame), `expected a JSON value, found ${describeType(value)}`);
    }
    if (depth >= MAX_DEPTH) fail(pathOf(frame), `nested more than ${MAX_DEPTH} levels deep`);
    // Pushed in reverse so that the first problem in file order is the one reported.
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (needsFrame(item)) stack.push({ value: item, depth: depth + 1, parent: frame, key: i });
      }
    } else {
      const own = Object.keys(value as object);
      keys += own.length;
      for (let i = own.length - 1; i >= 0; i--) {
        const key = own[i]!;
        const item = (value as Json)[key];
        if (needsFrame(item)) stack.push({ value: item, depth: depth + 1, parent: frame, key });
      }
    }
  }
  return keys;
}

/**
 * `checkJsonData`'s answer for the common case, without its frames: the number of object keys when
 * every value is JSON data nested at most `MAX_DEPTH` deep, or -1 when something is wrong (then
 * `checkJsonData` walks again to say where). Recursive, which the depth limit makes safe: the call
 * stack replaces the two stacks a loop would grow to a hundred thousand entries in a large file, and
 * nothing is allocated.
 *
 * for-in allocates no key array (Object.keys made one per object). It would also visit inherited
 * enumerable keys of a caller's object; a problem found there sends the value to checkJsonData, which
 * looks at own keys only, and the key count is trusted only when nothing is inherited (see
 * `provablyNoDuplicateKeys`).
 */
function countJsonDataKeys(value: object, depth: number): number {
  if (depth >= MAX_DEPTH) return -1;
  let keys = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (!needsFrame(item)) continue;
      if (typeof item !== 'object') return -1;
      const inner = countJsonDataKeys(item!, depth + 1);
      if (inner < 0) return -1;
      keys += inner;
    }
  } else {
    for (const key in value) {
      keys++;
      const item = (value as Json)[key];
      if (!needsFrame(item)) continue;
      if (typeof item !== 'object') return -1;
      const inner = countJsonDataKeys(item!, depth + 1);
      if (inner < 0) return -1;
      keys += inner;
    }
  }
  return keys;
}

/** Whether `checkJsonData` must visit a value: a container, or something that is not JSON data (Infinity, a function). */
function needsFrame(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return false;
    case 'number':
      return !Number.isFinite(value);
    case 'object':
      return value !== null;
    default:
      return true;
  }
}

/**
 * Refuses a key that appears twice in one object of the text: `JSON.parse` keeps the last without
 * a word, so what a reader sees in the file would not be what is validated. `keysInValue` is the
 * parsed value's count. Most texts are cleared by counting their colons (`provablyNoDuplicateKeys`);
 * else the text's keys are counted, and only when the counts differ is the text scanned for the place.
 */
function checkDuplicateKeys(body: string, value: Json, keysInValue: number): void {
  if (provablyNoDuplicateKeys(body, value, keysInValue)) return;
  // The count of the value's keys was made with for-in: it means nothing while objects inherit a key.
  if (!objectsInheritEnumerableKeys() && countJsonKeys(body) === keysInValue) return;
  const duplicate = findDuplicateKey(body);
  if (!duplicate) return;
  fail(
    duplicate.path,
    `has the key ${show(duplicate.key)} twice (the second at ${lineAndColumn(body, duplicate.offset)}); JSON keeps only the last one, ` +
      'so what the file seems to say is not what VPC Canvas reads: remove one of them',
  );
}

/** A kind's prop specs by key. */
type SpecsByKey = ReadonlyMap<string, PropSpecs[string]>;

/**
 * Each kind's prop specs by key, built once, for the kinds of a registry: a large file asks once per
 * element. A `Map` keyed by the kind's text, because a property lookup with a string from the file
 * (`NODE_KINDS[kind]`) first looks the string up among the engine's known names when it is long
 * ("transit-gateway"), once per element.
 */
const specsByKind = (registry: Readonly<Record<string, { props: PropSpecs }>>): ReadonlyMap<string, SpecsByKey> =>
  new Map(Object.entries(registry).map(([kind, spec]) => [kind, new Map(Object.entries(spec.props))]));

const NODE_SPECS = specsByKind(NODE_KINDS);
const CONNECTION_SPECS = specsByKind(CONNECTION_KINDS);

/**
 * Where an element sits in the file (`nodes[3]` or `connections[0]`), and how it was read. Paths
 * are spelled out only for a message; a large file has hundreds of thousands of fields that are
 * fine. One place is moved along each list rather than made per element.
 */
interface Place {
  list: 'nodes' | 'connections';
  index: number;
  /** The value came from this parser's own `JSON.parse`: its objects are kept, not copied. */
  owned: boolean;
  /** The text could not have decoded to a forbidden character (see `cannotHoldForbidden`): names need no scan. */
  plainText: boolean;
  /** How many route tables the elements read so far hold (for the size of the id table). */
  routeTables: number;
  /** Each element's id, parent and ends, recorded for the reference check. */
  refs: ElementReferences;
}

/**
 * Whether no string decoded from the JSON text can hold a character `forbiddenCharacterIn`
 * refuses. JSON text cannot carry a raw C0 control; every other forbidden character is either an
 * escape (`\n`, `\u0000`, `\ud800`…) or a raw C1 control or surrogate. Two native scans of the
 * text replace a scan per id and name; any backslash or such character sends every name through the
 * full check.
 */
const RAW_FORBIDDEN = /[\u007f-\u009f\ud800-\udfff]/;
// A search for one character is far cheaper than a regular expression over megabytes.
const cannotHoldForbidden = (body: string): boolean => body.indexOf('\\') < 0 && !RAW_FORBIDDEN.test(body);

/**
 * Checks each element of `list` with `parse`. The parser's own value is checked in place (`parse`
 * keeps its objects), with no second array of a hundred thousand entries; a caller's value is copied.
 */
function parseList<T>(list: unknown[], place: Place, parse: (raw: unknown, place: Place) => T): T[] {
  if (!place.owned) {
    // Array.from visits the holes of a sparse array (possible through parseDocumentValue); map skips them.
    return Array.from(list, (raw, index) => {
      place.index = index;
      return parse(raw, place);
    });
  }
  // parse keeps the parser's own objects: the list is already the result.
  for (let i = 0; i < list.length; i++) {
    place.index = i;
    parse(list[i], place);
  }
  return list as T[];
}

const at = (place: Place, suffix = ''): string => `${place.list}[${place.index}]${suffix}`;

/** A name or id that needs no message: a string of allowed length and characters. */
const isPlainName = (value: unknown, maxLength: number, minLength: number, plainText: boolean): value is string =>
  typeof value === 'string' && value.length >= minLength && value.length <= maxLength && (plainText || forbiddenCharacterIn(value) === undefined);

/** `expectName` for an element's field, with the field's path made only when it is refused. */
function elementName(value: unknown, place: Place, field: string, maxLength: number, minLength = 0): string {
  return isPlainName(value, maxLength, minLength, place.plainText) ? value : expectName(value, at(place, `.${field}`), maxLength, minLength);
}

/**
 * The element's props, checked against its kind's specs. `owned`: the value came from this
 * parser's own `JSON.parse`, so it is kept as it is; a value handed in by a caller is copied (a
 * spread copy defines own properties only, so a "__proto__" key stays plain data).
 */
function checkProps(raw: unknown, byKey: SpecsByKey, place: Place): Json | undefined {
  if (raw === undefined) return undefined;
  const props = isObject(raw) ? raw : expectObject(raw, at(place, '.props'));
  // The props present (usually one or two) rather than every spec of the kind. for-in also visits
  // inherited keys of a caller's object: only own ones count.
  for (const key in props) {
    const spec = byKey.get(key);
    if (spec === undefined || (!place.owned && !Object.prototype.hasOwnProperty.call(props, key))) continue;
    const value = props[key];
    if (value === undefined) continue;
    const problem = propTypeError(spec, value);
    if (problem) fail(at(place, `.props.${key}`), `${problem}, found ${show(value)}`);
    if (spec.type === 'route-tables') {
      if (!arePlainRouteTables(value, spec.owner)) checkRouteTables(value, spec.owner, at(place, `.props.${key}`));
      place.routeTables += (value as unknown[]).length;
    }
  }
  // Every element may say where it was imported from (version 2); the validator ignores both.
  if (!isPlainOrigin(props.origin)) checkOrigin(props.origin, at(place, '.props.origin'));
  if (!isPlainTags(props.tags)) checkTags(props.tags, at(place, '.props.tags'));
  return place.owned ? props : { ...props };
}

function parseNode(raw: unknown, place: Place): TopologyNode {
  const obj = isObject(raw) ? raw : expectObject(raw, at(place));
  const id = elementName(obj.id, place, 'id', MAX_ID_LENGTH, 1);
  const specs = NODE_SPECS.get(obj.kind as string);
  if (specs === undefined) {
    if (typeof obj.kind !== 'string') fail(at(place, '.kind'), wrongType('a string', obj.kind));
    fail(at(place, '.kind'), `unknown node kind ${show(obj.kind)}`);
  }
  const kind = obj.kind as TopologyNode['kind'];
  if (obj.name !== undefined) elementName(obj.name, place, 'name', MAX_NAME_LENGTH);
  if (obj.parent !== undefined) elementName(obj.parent, place, 'parent', MAX_ID_LENGTH, 1);
  if (obj.position !== undefined) {
    const pos = obj.position;
    if (!isObject(pos) || !Number.isFinite(pos.x) || !Number.isFinite(pos.y)) {
      const checked = expectObject(pos, at(place, '.position'));
      expectFinite(checked.x, at(place, '.position.x'));
      expectFinite(checked.y, at(place, '.position.y'));
    }
  }
  if (obj.size !== undefined) {
    const size = expectObject(obj.size, at(place, '.size'));
    for (const dim of ['width', 'height'] as const) {
      if (expectFinite(size[dim], at(place, `.size.${dim}`)) <= 0) fail(at(place, `.size.${dim}`), 'must be a positive number');
    }
  }
  const node = (place.owned ? obj : { ...obj, id, kind }) as unknown as TopologyNode;
  place.refs.ids[place.index] = node.id;
  place.refs.parents[place.index] = node.parent;
  const props = checkProps(obj.props, specs!, place);
  if (props) node.props = props;
  return node;
}

function parseConnection(raw: unknown, place: Place): Connection {
  const obj = isObject(raw) ? raw : expectObject(raw, at(place));
  const id = elementName(obj.id, place, 'id', MAX_ID_LENGTH, 1);
  const specs = CONNECTION_SPECS.get(obj.kind as string);
  if (specs === undefined) {
    if (typeof obj.kind !== 'string') fail(at(place, '.kind'), wrongType('a string', obj.kind));
    fail(at(place, '.kind'), `unknown connection kind ${show(obj.kind)}`);
  }
  const kind = obj.kind as Connection['kind'];
  elementName(obj.source, place, 'source', MAX_ID_LENGTH, 1);
  elementName(obj.target, place, 'target', MAX_ID_LENGTH, 1);
  if (obj.name !== undefined) elementName(obj.name, place, 'name', MAX_NAME_LENGTH);
  if (obj.route !== undefined) checkConnectionRoute(obj.route, at(place, '.route'));
  const connection = (place.owned ? obj : { ...obj, id, kind }) as unknown as Connection;
  place.refs.ids[place.refs.parents.length + place.index] = connection.id;
  place.refs.ends[2 * place.index] = connection.source;
  place.refs.ends[2 * place.index + 1] = connection.target;
  const props = checkProps(obj.props, specs!, place);
  if (props) connection.props = props;
  return connection;
}

/**
 * `body`: the text the value was decoded from, when this parser decoded it: then the value is its
 * own (nothing else holds it) and its objects are kept rather than copied, and duplicate keys are
 * looked for in the text.
 */
function parseRoot(value: unknown, body?: string): TopologyDocument {
  const owned = body !== undefined;
  if (!isObject(value)) fail('', `not a topology document: expected a JSON object, found ${describeType(value)}`);
  let root = value as Json;
  if (root.format !== DOCUMENT_FORMAT) {
    fail('format', root.format === undefined ? `missing; a topology document has "format": "${DOCUMENT_FORMAT}"` : `expected "${DOCUMENT_FORMAT}", found ${show(root.format)}`);
  }
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    fail('version', version === undefined ? 'missing; expected a whole number' : `expected a whole number, found ${show(version)}`);
  }
  const v = version as number;
  if (v > CURRENT_VERSION) fail('version', `this file is version ${v}, newer than this build of VPC Canvas reads (${CURRENT_VERSION}); update VPC Canvas to open it`);
  if (v < OLDEST_READABLE_VERSION) fail('version', `version ${v} does not exist; the first version is ${OLDEST_READABLE_VERSION}`);
  const counted = countJsonDataKeys(root, 0);
  const keys = counted >= 0 ? counted : checkJsonData(root);
  if (body !== undefined) checkDuplicateKeys(body, root, keys);
  root = migrateToCurrent(root, v);

  if (root.name !== undefined) expectName(root.name, 'name');
  if (!Array.isArray(root.nodes)) fail('nodes', root.nodes === undefined ? 'missing; expected an array of nodes' : `expected an array, found ${describeType(root.nodes)}`);
  if (!Array.isArray(root.connections)) {
    fail('connections', root.connections === undefined ? 'missing; expected an array of connections' : `expected an array, found ${describeType(root.connections)}`);
  }
  const plainText = owned && cannotHoldForbidden(body);
  const refs = elementReferences((root.nodes as unknown[]).length, (root.connections as unknown[]).length);
  const place: Place = { list: 'nodes', index: 0, owned, plainText, routeTables: 0, refs };
  // A caller's list may change length while it is read (a getter can do anything): the record is cut
  // to what was read.
  const nodes = parseList(root.nodes as unknown[], place, parseNode);
  refs.parents.length = nodes.length;
  place.list = 'connections';
  const connections = parseList(root.connections as unknown[], place, parseConnection);
  refs.ids.length = nodes.length + connections.length;
  refs.ends.length = 2 * connections.length;
  const doc = { ...root, format: DOCUMENT_FORMAT, version: CURRENT_VERSION, nodes, connections } as TopologyDocument;
  checkReferences(refs, nodes, place.routeTables);
  return doc;
}

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof TopologyParseError) throw error;
    // Whatever else escapes (a getter that throws on a value that is not JSON, say) still becomes our error.
    let detail: string;
    try {
      detail = error instanceof Error ? error.message : String(error);
    } catch {
      detail = 'unexpected error';
    }
    throw new TopologyParseError('', `cannot read the document: ${detail}`);
  }
}

/** Parses the text of a topology file. Throws only TopologyParseError. */
export function parseDocument(text: string): TopologyDocument {
  return guard(() => {
    const { value, body } = decodeJson(text);
    return parseRoot(value, body);
  });
}

/** Parses an already-decoded JSON value (from storage or a test). Throws only TopologyParseError. */
export function parseDocumentValue(value: unknown): TopologyDocument {
  return guard(() => parseRoot(value));
}
