/**
 * The structural checks of document version 2's routing props (routing.md, "The document"): a
 * `routeTables` that is not a list of objects, or a route without a string `destination` and
 * `target`, is refused with its place named. What the strings say (a target that names nothing, a
 * destination that is not a CIDR) is left to the routing rules, so a half-finished table opens.
 *
 * Each check comes twice: a predicate that only says whether the value passes (`isPlainOrigin`,
 * `isPlainTags`, `arePlainRouteTables`: no path is spelled out, nothing is allocated, for the
 * hundreds of thousands of values of a large import) and the check that names the place of a
 * problem, run only when the predicate says there is one. A predicate is never looser than its check.
 */
import { ORIGIN_KINDS, type RouteTableOwner } from '../kinds/route-tables';
import { forbiddenCharacterIn } from '../text/names';
import { isObject, refuse, type Json } from './json-checks';
import { TopologyParseError } from './parse-error';

function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string') refuse(path, 'a string', value);
  return value as string;
}

/** A route table's id or name: like every name and id, no control character and no lone surrogate (model/text/names.ts). */
function expectName(value: unknown, path: string): string {
  const text = expectString(value, path);
  const bad = forbiddenCharacterIn(text);
  if (bad) throw new TopologyParseError(path, `contains ${bad.description} at character ${bad.index + 1}; names and ids may not hold control characters or broken characters`);
  return text;
}

function expectOptionalStringList(value: unknown, path: string): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) refuse(path, 'an array of strings', value);
  (value as unknown[]).forEach((item, i) => expectString(item, `${path}[${i}]`));
}

/** `origin`: `{ id, kind, account?, region? }` (routing.md, "Where a resource came from"). */
export function checkOrigin(value: unknown, path: string): void {
  if (value === undefined) return;
  if (!isObject(value)) refuse(path, 'an object', value);
  const origin = value as Json;
  if (expectString(origin.id, `${path}.id`).length === 0) throw new TopologyParseError(`${path}.id`, 'must not be empty');
  if (!ORIGIN_KINDS.includes(origin.kind as never)) {
    throw new TopologyParseError(`${path}.kind`, `expected one of ${ORIGIN_KINDS.map((k) => JSON.stringify(k)).join(', ')}`);
  }
  for (const key of ['account', 'region'] as const) if (origin[key] !== undefined) expectString(origin[key], `${path}.${key}`);
}

/** `tags`: string keys to string values. */
export function checkTags(value: unknown, path: string): void {
  if (value === undefined) return;
  if (!isObject(value)) refuse(path, 'an object of strings', value);
  for (const [key, tag] of Object.entries(value as Json)) expectString(tag, `${path}[${JSON.stringify(key)}]`);
}

/** Checks a `routeTables` prop; returns the tables' ids in order, for the document's one id space. */
export function checkRouteTables(value: unknown, owner: RouteTableOwner, path: string): string[] {
  if (!Array.isArray(value)) refuse(path, 'an array of route tables', value);
  const ids: string[] = [];
  (value as unknown[]).forEach((raw, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(raw)) refuse(at, 'a route table object', raw);
    const table = raw as Json;
    const id = expectName(table.id, `${at}.id`);
    if (id.length === 0 || id.length > 128) throw new TopologyParseError(`${at}.id`, id.length === 0 ? 'must not be empty' : `is ${id.length} characters long; at most 128 are allowed`);
    ids.push(id);
    if (table.name !== undefined) expectName(table.name, `${at}.name`);
    if (table.routes !== undefined) {
      if (!Array.isArray(table.routes)) refuse(`${at}.routes`, 'an array of routes', table.routes);
      (table.routes as unknown[]).forEach((route, r) => {
        const routeAt = `${at}.routes[${r}]`;
        if (!isObject(route)) refuse(routeAt, 'a route object', route);
        expectString((route as Json).destination, `${routeAt}.destination`);
        expectString((route as Json).target, `${routeAt}.target`);
      });
    }
    if (owner === 'vpc') {
      if (table.main !== undefined && typeof table.main !== 'boolean') refuse(`${at}.main`, 'true or false', table.main);
      expectOptionalStringList(table.propagate, `${at}.propagate`);
    } else {
      expectOptionalStringList(table.associations, `${at}.associations`);
      expectOptionalStringList(table.propagations, `${at}.propagations`);
    }
    checkOrigin(table.origin, `${at}.origin`);
    checkTags(table.tags, `${at}.tags`);
  });
  return ids;
}

const isName = (value: unknown): boolean => typeof value === 'string' && forbiddenCharacterIn(value) === undefined;

function isOptionalStringList(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/** Whether `checkOrigin` passes `value`. */
export function isPlainOrigin(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  return (
    typeof value.id === 'string' &&
    value.id.length > 0 &&
    ORIGIN_KINDS.includes(value.kind as never) &&
    (value.account === undefined || typeof value.account === 'string') &&
    (value.region === undefined || typeof value.region === 'string')
  );
}

/** Whether `checkTags` passes `value`. for-in sees inherited keys too: more to check, never less. */
export function isPlainTags(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  for (const key in value) if (typeof value[key] !== 'string') return false;
  return true;
}

/** Whether `checkRouteTables` passes `value` for a table of `owner`. */
export function arePlainRouteTables(value: unknown, owner: RouteTableOwner): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const table: unknown = value[i];
    if (!isObject(table) || !isName(table.id)) return false;
    const idLength = (table.id as string).length;
    if (idLength === 0 || idLength > 128) return false;
    if (table.name !== undefined && !isName(table.name)) return false;
    if (table.routes !== undefined && !arePlainRoutes(table.routes)) return false;
    if (owner === 'vpc') {
      if (table.main !== undefined && typeof table.main !== 'boolean') return false;
      if (!isOptionalStringList(table.propagate)) return false;
    } else if (!isOptionalStringList(table.associations) || !isOptionalStringList(table.propagations)) return false;
    if (!isPlainOrigin(table.origin) || !isPlainTags(table.tags)) return false;
  }
  return true;
}

function arePlainRoutes(routes: unknown): boolean {
  if (!Array.isArray(routes)) return false;
  for (let i = 0; i < routes.length; i++) {
    const route: unknown = routes[i];
    if (!isObject(route) || typeof route.destination !== 'string' || typeof route.target !== 'string') return false;
  }
  return true;
}
