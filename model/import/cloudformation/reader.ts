/**
 * Reads the evaluated properties of one CloudFormation resource for the mapping table: a link to
 * another resource gives its logical id, a literal id stays as written, and a value known only
 * once the stack exists is reported, never guessed.
 */
import { fitId } from '../iac/fit-id';
import { ResourceRef, Unknown } from './intrinsics';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ResourceRef) && !(v instanceof Unknown);

export class CfnReader {
  constructor(
    private readonly props: Json,
    /** Logical ids whose Condition is false: a link to one is reported as such. */
    private readonly removed: ReadonlySet<string>,
    private readonly gap: (field: string, reason: string) => void,
    private readonly path = '',
  ) {}

  private unknown(key: string, value: unknown): undefined {
    if (value instanceof Unknown) this.gap(`${this.path}${key}`, `${value.reason}: left out`);
    else if (value instanceof ResourceRef) this.gap(`${this.path}${key}`, `${value.logicalId}.${value.attribute ?? 'Ref'} is known only once the stack exists: left out`);
    return undefined;
  }

  str(key: string): string | undefined {
    const v = this.props[key];
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number') return String(v);
    return this.unknown(key, v);
  }

  num(key: string): number | undefined {
    const v = this.props[key];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
    return n !== undefined && Number.isSafeInteger(n) ? n : undefined;
  }

  bool(key: string): boolean | undefined {
    const v = this.props[key];
    return typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;
  }

  has(key: string): boolean {
    return this.props[key] !== undefined;
  }

  private one(v: unknown, field: string): string | undefined {
    if (v instanceof ResourceRef) {
      if (!this.removed.has(v.logicalId)) return fitId(v.logicalId);
      this.gap(field, `refers to ${v.logicalId}, which its Condition leaves out of the stack: left out`);
      return undefined;
    }
    if (typeof v === 'string' && v !== '') return v;
    if (v instanceof Unknown) this.gap(field, `${v.reason}: left out`);
    return undefined;
  }

  /** A property naming one other resource: its logical id, or the id as written. */
  ref(key: string): string | undefined {
    return this.one(this.props[key], `${this.path}${key}`);
  }

  /** A property naming a list of resources. */
  refs(key: string): string[] {
    const v = this.props[key];
    if (!Array.isArray(v)) {
      this.unknown(key, v);
      return [];
    }
    return v.map((x, i) => this.one(x, `${this.path}${key}[${i}]`)).filter((x): x is string => x !== undefined);
  }

  strings(key: string): string[] {
    const v = this.props[key];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  /** A nested property object (`Options`), read the same way. */
  child(key: string): CfnReader {
    const v = this.props[key];
    return new CfnReader(isObject(v) ? v : {}, this.removed, this.gap, `${this.path}${key}.`);
  }

  /** Nested objects in a list (`NetworkInterfaces`). */
  children(key: string): CfnReader[] {
    const v = this.props[key];
    return Array.isArray(v) ? v.filter(isObject).map((x, i) => new CfnReader(x, this.removed, this.gap, `${this.path}${key}[${i}].`)) : [];
  }

  /** `Tags: [{ Key, Value }]` as a map; a tag whose value is not known is left out. */
  tags(): Record<string, string> {
    const out: Record<string, string> = {};
    const raw = this.props.Tags;
    if (Array.isArray(raw)) for (const t of raw) if (isObject(t) && typeof t.Key === 'string' && typeof t.Value === 'string') out[t.Key] = t.Value;
    return out;
  }
}
