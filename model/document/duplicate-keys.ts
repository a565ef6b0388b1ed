/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys without a word, so a
 * reviewer reading the file sees one value and validation checks another. Finding them needs the
 * text: a fast count of keys, compared with the keys of the parsed value, says whether any key
 * repeats; only then does a slower scan find the first one and its place.
 */

/**
 * How many object keys the text of a valid JSON value has (every `"…"` followed by `:`). Strings are
 * skipped with `indexOf`, so the cost is a small fraction of `JSON.parse`'s. Only for text that
 * `JSON.parse` accepted.
 */
export function countJsonKeys(text: string): number {
  let keys = 0;
  let i = text.indexOf('"');
  while (i !== -1) {
    // The closing quote: the next one not escaped (preceded by an even number of backslashes).
    let end = text.indexOf('"', i + 1);
    while (end !== -1 && text.charCodeAt(end - 1) === 0x5c) {
      let slashes = 1;
      while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    if (end === -1) break;
    let after = end + 1;
    for (let c = text.charCodeAt(after); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++after));
    if (text.charCodeAt(after) === 0x3a) keys++;
    i = text.indexOf('"', after);
  }
  return keys;
}

/**
 * Whether the objects `JSON.parse` makes inherit an enumerable key (something added one to
 * `Object.prototype`): then for-in visits it in every object, and a key count made with for-in says
 * nothing about the text.
 */
export const objectsInheritEnumerableKeys = (): boolean => Object.keys(Object.prototype).length > 0;

/** How many times `char` occurs in `text`: a native search per occurrence, not a test per character. */
function occurrences(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/**
 * True when `text`, which `JSON.parse` decoded to `value`, certainly repeats no key within an object;
 * false when it may (then count with `countJsonKeys`, or look with `findDuplicateKey`). `keysInValue`:
 * how many keys the objects of `value` have, counted with for-in.
 *
 * Outside strings, a colon in JSON text follows a key, so the text's colons are its keys plus the
 * colons inside its strings. Every key and string of the value comes from a different key or string
 * of the text, so (keys of the text − keys of the value) + (colons in the text's strings − colons in
 * the value's strings) = colons of the text − keys of the value − colons in the value's strings; both
 * brackets are at least 0, and the first is 0 exactly when no key repeats. One native search for
 * colons settles most files (the value's strings are looked at only when the text has more colons
 * than keys, and only until the extra colons are found). It holds only when the value's strings are
 * the text's characters as written: a text with an escape (`\u003a`) is left to the other checks.
 */
export function provablyNoDuplicateKeys(text: string, value: object, keysInValue: number): boolean {
  if (keysInValue < 0 || objectsInheritEnumerableKeys()) return false;
  const extra = occurrences(text, ':') - keysInValue;
  if (extra === 0) return true;
  if (extra < 0 || text.indexOf('\\') !== -1) return false;
  return colonsInStrings(value, extra) === extra;
}

/** Deeper than this, `colonsInStrings` gives up (the parser refuses such nesting anyway). */
const MAX_COLON_DEPTH = 200;

/**
 * The colons in the keys and strings of `value`, counted until `enough` are found; Infinity when the
 * value is nested too deep to count by recursion.
 */
function colonsInStrings(value: object, enough: number, depth = 0): number {
  if (depth > MAX_COLON_DEPTH) return Number.POSITIVE_INFINITY;
  let found = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && found < enough; i++) found += colonsIn(value[i], enough - found, depth);
  } else {
    for (const key in value) {
      if (found >= enough) break;
      found += occurrences(key, ':');
      found += colonsIn((value as Record<string, unknown>)[key], enough - found, depth);
    }
  }
  return found;
}

const colonsIn = (item: unknown, enough: number, depth: number): number =>
  typeof item === 'string' ? occurrences(item, ':') : typeof item === 'object' && item !== null && enough > 0 ? colonsInStrings(item, enough, depth + 1) : 0;

/** How many own keys the objects of a parsed JSON value have, all levels. Iterative: nesting may be deep. */
export function countValueKeys(value: unknown): number {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else {
      const own = Object.keys(v);
      keys += own.length;
      for (const k of own) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return keys;
}

/** Where a key first repeats: the path of its object (`nodes[3].props`), the key, and the offset of the repeat. */
export interface DuplicateKey {
  path: string;
  key: string;
  offset: number;
}

/**
 * The first key that repeats within one object of a valid JSON text, or undefined. A scan of its
 * own with a stack of open containers (no recursion); slower than `countJsonKeys`, so run only
 * when the counts say a key repeats.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  type Open = { keys: Set<string> | undefined; index: number; key: string | number | undefined };
  const stack: Open[] = [];
  // The key (or array index) under which the next value sits in the innermost container.
  let pendingKey: string | number | undefined;
  // As the parser writes paths: at most ten steps, then "…".
  const pathOf = (): string => {
    let path = '';
    let steps = 0;
    for (const { key } of stack) {
      if (key === undefined) continue;
      if (++steps > 10) return `${path}…`;
      path += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$-]*$/.test(key) ? (path ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
    return path;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < n && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      const top = stack[stack.length - 1];
      let after = i + 1;
      while (after < n && ' \n\r\t'.includes(text[after]!)) after++;
      if (top?.keys && text[after] === ':') {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) return { path: pathOf(), key, offset: start };
        top.keys.add(key);
        pendingKey = key;
      }
    } else if (c === '{' || c === '[') {
      const parent = stack[stack.length - 1];
      const key = parent?.keys ? pendingKey : parent ? parent.index : undefined;
      stack.push({ keys: c === '{' ? new Set() : undefined, index: 0, key });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack[stack.length - 1];
      if (top && !top.keys) top.index++;
    }
  }
  return undefined;
}
