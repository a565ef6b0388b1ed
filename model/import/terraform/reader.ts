/**
 * Reads the fields of one Terraform resource instance for the mapping table: a known value as it
 * is, an unknown one (a plan's `after_unknown`) through the configuration's references, and every
 * field that stays unknown reported, never guessed.
 */
import type { TfResolver } from './references';
import type { Json, TfInstance } from './show-json';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export class TfReader {
  constructor(
    private readonly resolver: TfResolver,
    readonly instance: TfInstance,
    private readonly values: Json,
    private readonly unknown: unknown,
    private readonly expressions: Json,
    /** Where this reader is in the resource (`route[1].`), for the report. */
    private readonly path: string,
    private readonly gap: (field: string, reason: string) => void,
  ) {}

  private isUnknown(key: string): boolean {
    if (this.unknown === true) return true;
    return isObject(this.unknown) && (this.unknown[key] === true || Array.isArray(this.unknown[key]));
  }

  /** A string field; an unknown one is reported when `needed`. */
  str(key: string, needed = false): string | undefined {
    const v = this.values[key];
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number') return String(v);
    const constant = isObject(this.expressions[key]) ? (this.expressions[key] as Json).constant_value : undefined;
    if (typeof constant === 'string' && constant !== '') return constant;
    if (needed && this.isUnknown(key)) this.gap(`${this.path}${key}`, 'unknown until apply: left out');
    return undefined;
  }

  num(key: string): number | undefined {
    const v = this.values[key];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
    return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
  }

  bool(key: string): boolean | undefined {
    const v = this.values[key];
    return typeof v === 'boolean' ? v : undefined;
  }

  strings(key: string): string[] {
    const v = this.values[key];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  /**
   * A field naming one other resource: its document id, or the id as given when it is not in the
   * input. `quiet` for one of several optional fields (a route's targets): the caller reports when none is set.
   */
  ref(key: string, quiet = false): string | undefined {
    const v = this.values[key];
    if (typeof v === 'string' && v !== '') return this.resolver.known(v);
    const found = this.resolver.fromExpression(this.expressions[key], this.instance.module, this.instance.index);
    if (found.length === 1) return this.resolver.docIdOf(found[0]!);
    if (quiet) return undefined;
    if (found.length > 1) {
      this.gap(`${this.path}${key}`, `refers to ${found.length} resources (${found.map((f) => f.address).join(', ')}); which one is unknown until apply: left out`);
    } else if (this.isUnknown(key)) {
      this.gap(`${this.path}${key}`, 'unknown until apply, and the configuration names no resource in the input for it: left out');
    }
    return undefined;
  }

  /** A field naming a list of resources. */
  refs(key: string): string[] {
    const known = this.strings(key).map((v) => this.resolver.known(v));
    if (!this.isUnknown(key)) return known;
    const found = this.resolver.fromExpression(this.expressions[key], this.instance.module, this.instance.index).map((f) => this.resolver.docIdOf(f));
    if (found.length === 0) this.gap(`${this.path}${key}`, 'unknown until apply, and the configuration names no resource in the input for it: left out');
    return [...new Set([...known, ...found])];
  }

  /** Nested blocks (`route`), each read like a resource, paired with their configuration by position. */
  blocks(key: string): TfReader[] {
    const v = this.values[key];
    const expressions = Array.isArray(this.expressions[key]) ? (this.expressions[key] as unknown[]).filter(isObject) : [];
    const unknown = isObject(this.unknown) ? this.unknown[key] : this.unknown;
    const items: Json[] = Array.isArray(v) ? v.filter(isObject) : unknown === true ? expressions.map(() => ({})) : [];
    return items.map((item, i) => {
      const expression = expressions.length === items.length ? expressions[i]! : {};
      const itemUnknown = unknown === true ? true : Array.isArray(unknown) ? unknown[i] : undefined;
      return new TfReader(this.resolver, this.instance, item, itemUnknown, expression, `${this.path}${key}[${i}].`, this.gap);
    });
  }

  /** `tags` as a map of strings. */
  tags(): Record<string, string> {
    const out: Record<string, string> = {};
    const raw = this.values.tags;
    if (isObject(raw)) for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') out[k] = v;
    return out;
  }
}
