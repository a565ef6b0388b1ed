/**
 * Declarative descriptions of a kind's props. The parser checks JSON types with them, the
 * inspector builds its fields from them, and `readProps` fills defaults from them.
 */
import type { RouteTableOwner } from './route-tables';

/** What a prop holds. CIDR values are only checked for JSON type here: a malformed CIDR is a finding, not a parse error. */
export type PropSpec =
  | {
      type: 'string';
      label: string;
      default?: string;
      placeholder?: string;
      suggestions?: readonly string[];
      /** Suggestions that depend on where the element is: the zones of its region. */
      suggest?: 'availability-zones';
    }
  | { type: 'cidr'; family: 4 | 6; label: string; optional: boolean }
  | { type: 'cidr-list'; family: 4 | 6; label: string; default: readonly string[] }
  | { type: 'string-list'; label: string; default: readonly string[]; placeholder?: string }
  | { type: 'node-list'; of: string; label: string; default: readonly string[] }
  | { type: 'boolean'; label: string; default: boolean | ((props: Record<string, unknown>) => boolean) }
  | { type: 'integer'; label: string; min: number; max: number; default?: number | ((props: Record<string, unknown>) => number) }
  | { type: 'enum'; label: string; values: readonly string[]; default: string }
  /** Route tables of a VPC or a transit gateway (document version 2); edited by the routing inspector, not as a plain field. */
  | { type: 'route-tables'; owner: RouteTableOwner; label: string; default: readonly never[] }
  /** The id of one route table of the element's VPC (absent: the main table). */
  | { type: 'route-table-ref'; label: string }
  /** Ids of route tables of the element's VPC. */
  | { type: 'route-table-list'; label: string; default: readonly string[] };

export type PropSpecs = Readonly<Record<string, PropSpec>>;

/** The value of a prop after defaults: what rules and the inspector read. */
export function defaultOf(spec: PropSpec, props: Record<string, unknown>): unknown {
  switch (spec.type) {
    case 'string':
      return spec.default;
    case 'cidr':
    case 'route-table-ref':
      return undefined;
    case 'cidr-list':
    case 'string-list':
    case 'node-list':
    case 'route-tables':
    case 'route-table-list':
      return spec.default;
    case 'boolean':
    case 'integer':
      return typeof spec.default === 'function' ? spec.default(props) : spec.default;
    case 'enum':
      return spec.default;
  }
}

/** A kind's declared props as two parallel lists, computed once: read for every element of every validation. */
interface SpecList {
  keys: readonly string[];
  specs: readonly PropSpec[];
}

const specLists = new WeakMap<PropSpecs, SpecList>();
const emptyProps = new WeakMap<PropSpecs, Readonly<Record<string, unknown>>>();

/**
 * Stored props with every missing declared prop replaced by its default. Unknown keys are kept.
 * The result is read-only and may be `stored` itself (when no default is missing) or one object
 * shared by every element of the kind (when nothing is stored): this runs for every element of a
 * freshly parsed document, and most elements need no copy at all.
 */
export function readProps(specs: PropSpecs, stored: Record<string, unknown> | undefined): Readonly<Record<string, unknown>> {
  if (!stored) {
    let defaults = emptyProps.get(specs);
    if (!defaults) emptyProps.set(specs, (defaults = Object.freeze(withDefaults(specs, {}))));
    return defaults;
  }
  return withDefaults(specs, stored);
}

function withDefaults(specs: PropSpecs, stored: Record<string, unknown>): Record<string, unknown> {
  let list = specLists.get(specs);
  if (!list) specLists.set(specs, (list = { keys: Object.keys(specs), specs: Object.values(specs) }));
  // Copied on the first default actually filled in; a default computed from other props sees the copy so far.
  let props: Record<string, unknown> | undefined;
  for (let i = 0; i < list.keys.length; i++) {
    const key = list.keys[i]!;
    if ((props ?? stored)[key] === undefined) {
      const value = defaultOf(list.specs[i]!, props ?? stored);
      if (value !== undefined) (props ??= { ...stored })[key] = value;
    }
  }
  return props ?? stored;
}

/**
 * Checks a stored prop's JSON type; returns a reason when it is wrong. Values a rule judges
 * (a CIDR that does not parse, an Elastic IP count over the quota) are not refused here.
 */
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown) => Array.isArray(v) && v.every(isString);

export function propTypeError(spec: PropSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'string':
    case 'cidr':
    case 'route-table-ref':
      return typeof value === 'string' ? undefined : 'expected a string';
    case 'cidr-list':
    case 'string-list':
    case 'node-list':
    case 'route-table-list':
      return isStringList(value) ? undefined : 'expected an array of strings';
    case 'route-tables':
      // The parser checks each table's fields with their own paths (document/parse-route-tables.ts).
      return Array.isArray(value) ? undefined : 'expected an array of route tables';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'expected a number';
      if (!Number.isInteger(value)) return 'expected a whole number';
      if (value < spec.min || value > spec.max) return `expected a whole number from ${spec.min} to ${spec.max}`;
      return undefined;
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? undefined
        : `expected one of ${spec.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
}
