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
