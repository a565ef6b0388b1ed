/**
 * The structural check of a connection's `route` (view data, an extension documented in
 * docs/format-notes.md). Like `position` and `size`, a route whose values have the wrong JSON type
 * is refused with its place named: a file is either read as written or not at all, so a route is
 * never silently dropped or half kept. Whether it still fits its ends is the drawing's question,
 * not the parser's.
 */
import { isObject, refuse, type Json } from './json-checks';
import { TopologyParseError } from './parse-error';

function expectFinite(value: unknown, path: string): number {
  if (typeof value !== 'number') refuse(path, 'a number', value);
  if (!Number.isFinite(value)) throw new TopologyParseError(path, `expected a finite number, found ${String(value)}`);
  return value as number;
}

function expectObject(value: unknown, path: string): Json {
  if (!isObject(value)) refuse(path, 'an object', value);
  return value as Json;
}

function checkRect(value: unknown, path: string): void {
  const rect = expectObject(value, path);
  expectFinite(rect.x, `${path}.x`);
  expectFinite(rect.y, `${path}.y`);
  for (const dim of ['width', 'height'] as const) {
    if (expectFinite(rect[dim], `${path}.${dim}`) < 0) throw new TopologyParseError(`${path}.${dim}`, 'must not be negative');
  }
}

/**
 * Checks a connection's `route`: `{ points: [{x, y}, …] (two or more), sourceRect, targetRect }`,
 * every coordinate a finite number. `path` is the route's place, e.g. `connections[2].route`.
 * Other keys inside it are kept, as everywhere in the document.
 */
export function checkConnectionRoute(value: unknown, path: string): void {
  const route = expectObject(value, path);
  const points = route.points;
  if (!Array.isArray(points)) refuse(`${path}.points`, 'an array of points', points);
  const list = points as unknown[];
  if (list.length < 2) throw new TopologyParseError(`${path}.points`, `a route has at least 2 points (its two ends), found ${list.length}`);
  for (let i = 0; i < list.length; i++) {
    const point = list[i];
    // The common case, checked without building a path string per point.
    if (isObject(point) && Number.isFinite(point.x) && Number.isFinite(point.y)) continue;
    const at = `${path}.points[${i}]`;
    const checked = expectObject(point, at);
    expectFinite(checked.x, `${at}.x`);
    expectFinite(checked.y, `${at}.y`);
  }
  checkRect(route.sourceRect, `${path}.sourceRect`);
  checkRect(route.targetRect, `${path}.targetRect`);
}
