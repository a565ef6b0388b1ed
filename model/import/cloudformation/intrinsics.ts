/**
 * CloudFormation's intrinsic functions and conditions, evaluated as the service would at stack
 * creation, with what only the service can know left marked: a `Ref` or `Fn::GetAtt` to a
 * resource is a link (`ResourceRef`), and what cannot be known before the stack exists (another
 * stack's export, an id AWS assigns) is `Unknown` with the reason. `Fn::GetAZs` gives
 * deterministic zone names (`<region>a`, `b`, `c`): the real ones depend on the account.
 */
import { blockSize, formatCidr, parseCidr } from '../../cidr/cidr';

type Json = Record<string, unknown>;

/** A link to another resource of the template. */
export class ResourceRef {
  constructor(
    readonly logicalId: string,
    readonly attribute?: string,
  ) {}
}

/** A value that is not known before the stack is created. */
export class Unknown {
  constructor(readonly reason: string) {}
}

/** `AWS::NoValue`: the property is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof ResourceRef) && !(v instanceof Unknown);

/** A mistake in the template: named by its place (`Resources.Subnet.Properties.CidrBlock`). */
export class TemplateError extends Error {
  override readonly name = 'TemplateError';
}

export interface EvaluatorOptions {
  /** Parameter values, after defaults and overrides. */
  parameters: Map<string, unknown>;
  resources: Json;
  mappings: Json;
  conditions: Json;
  region: string;
  stackName: string;
}

const AZ_LETTERS = ['a', 'b', 'c'];

export class Evaluator {
  private readonly conditionValues = new Map<string, boolean>();
  private readonly evaluating = new Set<string>();

  constructor(private readonly options: EvaluatorOptions) {}

  /** A condition's value; a condition that names itself, or one not in the template, is an error. */
  condition(name: string, path = 'Conditions'): boolean {
    const known = this.conditionValues.get(name);
    if (known !== undefined) return known;
    if (!Object.hasOwn(this.options.conditions, name)) throw new TemplateError(`${path}: no condition named "${name}" in Conditions`);
    if (this.evaluating.has(name)) throw new TemplateError(`Conditions.${name}: refers to itself`);
    this.evaluating.add(name);
    const value = this.bool(this.options.conditions[name], `Conditions.${name}`);
    this.evaluating.delete(name);
    this.conditionValues.set(name, value);
    return value;
  }

  private bool(v: unknown, path: string): boolean {
    const value = this.value(v, path);
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    throw new TemplateError(`${path}: a condition must be true or false`);
  }

  /** A value with every intrinsic function evaluated; `AWS::NoValue` entries are dropped. */
  value(v: unknown, path: string): unknown {
    if (Array.isArray(v)) return v.map((x, i) => this.value(x, `${path}[${i}]`)).filter((x) => x !== NO_VALUE);
    if (!isObject(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0]!.startsWith('Fn::'))) return this.intrinsic(keys[0]!, v[keys[0]!], `${path}.${keys[0]}`);
    const out: Json = {};
    for (const key of keys) {
      const inner = this.value(v[key], `${path}.${key}`);
      if (inner !== NO_VALUE) out[key] = inner;
    }
    return out;
  }

  private intrinsic(fn: string, arg: unknown, path: string): unknown {
    switch (fn) {
      case 'Ref': return this.ref(this.text(arg, path), path);
      case 'Condition': return this.condition(this.text(arg, path), path);
      case 'Fn::GetAtt': return this.getAtt(arg, path);
      case 'Fn::Sub': return this.sub(arg, path);
      case 'Fn::If': {
        const [name, then, otherwise] = this.args(arg, 3, path);
        return this.condition(this.text(name, path), path) ? this.value(then, `${path}[1]`) : this.value(otherwise, `${path}[2]`);
      }
      case 'Fn::Equals': {
        const [a, b] = this.args(arg, 2, path).map((x, i) => this.value(x, `${path}[${i}]`));
        if (a instanceof Unknown || b instanceof Unknown) throw new TemplateError(`${path}: compares a value not known before the stack exists (${(a instanceof Unknown ? a : (b as Unknown)).reason})`);
        return JSON.stringify(scalarText(a)) === JSON.stringify(scalarText(b));
      }
      case 'Fn::Not': return !this.bool(this.args(arg, 1, path)[0], `${path}[0]`);
      case 'Fn::And': return this.list(arg, path).every((c, i) => this.bool(c, `${path}[${i}]`));
      case 'Fn::Or': return this.list(arg, path).some((c, i) => this.bool(c, `${path}[${i}]`));
      case 'Fn::Select': {
        const [index, items] = this.args(arg, 2, path);
        const list = this.value(items, `${path}[1]`);
        const i = Number(this.value(index, `${path}[0]`));
        if (list instanceof Unknown || list instanceof ResourceRef) return notKnown(list);
        if (!Array.isArray(list)) throw new TemplateError(`${path}: selects from something that is not a list`);
        if (!Number.isInteger(i) || i < 0 || i >= list.length) throw new TemplateError(`${path}: index ${String(index)} is outside the list of ${list.length}`);
        return list[i];
      }
      case 'Fn::GetAZs': {
        const region = this.value(arg, path);
        const code = typeof region === 'string' && region !== '' ? region : this.options.region;
        return AZ_LETTERS.map((l) => `${code}${l}`);
      }
      case 'Fn::Cidr': return this.cidr(arg, path);
      case 'Fn::Join': {
        const [delimiter, items] = this.args(arg, 2, path);
        const list = this.value(items, `${path}[1]`);
        if (!Array.isArray(list)) return list instanceof Unknown ? list : new Unknown(`${path}: joins something that is not a list`);
        const unknown = list.find((x) => typeof x !== 'string' && typeof x !== 'number');
        if (unknown !== undefined) return unknown instanceof Unknown ? unknown : new Unknown(`${path}: joins a value known only once the stack exists`);
        return list.join(this.text(delimiter, path));
      }
      case 'Fn::Split': {
        const [delimiter, source] = this.args(arg, 2, path);
        const text = this.value(source, `${path}[1]`);
        return typeof text === 'string' ? text.split(this.text(delimiter, path)) : text instanceof Unknown ? text : new Unknown(`${path}: splits a value known only once the stack exists`);
      }
      case 'Fn::FindInMap': {
        const [map, top, second] = this.args(arg, 3, path).map((x, i) => this.value(x, `${path}[${i}]`));
        const found = (this.options.mappings[String(map)] as Json | undefined)?.[String(top)] as Json | undefined;
        if (!isObject(found) || !Object.hasOwn(found, String(second))) throw new TemplateError(`${path}: Mappings has no ${String(map)}.${String(top)}.${String(second)}`);
        return this.value(found[String(second)], `Mappings.${String(map)}.${String(top)}.${String(second)}`);
      }
      case 'Fn::Base64': return this.value(arg, path);
      case 'Fn::ImportValue': return new Unknown(`an export of another stack (Fn::ImportValue ${JSON.stringify(scalarText(this.value(arg, path)))})`);
      default: return new Unknown(`${fn} is not evaluated by this importer`);
    }
  }

  private ref(name: string, path: string): unknown {
    switch (name) {
      case 'AWS::Region': return this.options.region;
      case 'AWS::StackName': return this.options.stackName;
      case 'AWS::NoValue': return NO_VALUE;
      case 'AWS::Partition': return 'aws';
      case 'AWS::URLSuffix': return 'amazonaws.com';
      case 'AWS::AccountId': case 'AWS::StackId': case 'AWS::NotificationARNs': return new Unknown(`${name} is known only once the stack exists`);
    }
    if (this.options.parameters.has(name)) return this.options.parameters.get(name);
    if (Object.hasOwn(this.options.resources, name)) return new ResourceRef(name);
    throw new TemplateError(`${path}: "${name}" is neither a parameter nor a resource of the template`);
  }

  private getAtt(arg: unknown, path: string): unknown {
    const parts = typeof arg === 'string' ? [arg.slice(0, arg.indexOf('.')), arg.slice(arg.indexOf('.') + 1)] : this.args(arg, 2, path);
    const logicalId = this.text(parts[0], path);
    const attribute = this.text(this.value(parts[1], path), path);
    const resource = this.options.resources[logicalId];
    if (!isObject(resource)) throw new TemplateError(`${path}: no resource named "${logicalId}"`);
    // A block the template itself gives is known: `!GetAtt Vpc.CidrBlock` feeds `!Cidr` in most templates.
    if (attribute === 'CidrBlock' && isObject(resource.Properties) && resource.Properties.CidrBlock !== undefined) {
      return this.value(resource.Properties.CidrBlock, `Resources.${logicalId}.Properties.CidrBlock`);
    }
    return new ResourceRef(logicalId, attribute);
  }

  private sub(arg: unknown, path: string): unknown {
    const [template, vars] = Array.isArray(arg) ? [arg[0], this.value(arg[1] ?? {}, `${path}[1]`)] : [arg, {}];
    const text = this.text(template, path);
    const whole = /^\$\{([^!}][^}]*)\}$/.exec(text);
    if (whole) return this.subVariable(whole[1]!, vars as Json, path);
    let unknown: Unknown | undefined;
    const out = text.replace(/\$\{(!?)([^}]*)\}/g, (_, bang: string, name: string) => {
      if (bang) return `\${${name}}`;
      const value = this.subVariable(name, vars as Json, path);
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      unknown ??= value instanceof Unknown ? value : new Unknown(`${path}: \${${name}} is known only once the stack exists`);
      return '';
    });
    return unknown ?? out;
  }

  private subVariable(name: string, vars: Json, path: string): unknown {
    if (isObject(vars) && Object.hasOwn(vars, name)) return vars[name];
    const dot = name.indexOf('.');
    if (dot > 0 && !name.startsWith('AWS::')) return this.getAtt([name.slice(0, dot), name.slice(dot + 1)], path);
    return this.ref(name, path);
  }

  private cidr(arg: unknown, path: string): unknown {
    const [blockArg, countArg, bitsArg] = this.args(arg, 3, path).map((x, i) => this.value(x, `${path}[${i}]`));
    if (blockArg instanceof Unknown || blockArg instanceof ResourceRef) return notKnown(blockArg);
    if (typeof blockArg !== 'string') return new Unknown(`${path}: the block is known only once the stack exists`);
    const parsed = parseCidr(blockArg);
    if (!parsed.ok) throw new TemplateError(`${path}: ${blockArg} ${parsed.reason}`);
    const { family, prefix, first } = parsed.block;
    const count = Number(countArg);
    const bits = Number(bitsArg);
    const total = family === 4 ? 32 : 128;
    const newPrefix = total - bits;
    if (!Number.isInteger(count) || count < 1 || count > 256 || !Number.isInteger(bits) || newPrefix < prefix || newPrefix > total) {
      throw new TemplateError(`${path}: cannot cut ${count} blocks of ${bits} host bits out of ${blockArg}`);
    }
    const size = blockSize(family, newPrefix);
    if (BigInt(count) * size > blockSize(family, prefix)) throw new TemplateError(`${path}: ${count} blocks of /${newPrefix} do not fit in ${blockArg}`);
    return Array.from({ length: count }, (_, i) => formatCidr(family, first + BigInt(i) * size, newPrefix));
  }

  private text(v: unknown, path: string): string {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    throw new TemplateError(`${path}: expected a string`);
  }

  private args(v: unknown, n: number, path: string): unknown[] {
    if (!Array.isArray(v) || v.length < n) throw new TemplateError(`${path}: expected a list of ${n}`);
    return v;
  }

  private list(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) throw new TemplateError(`${path}: expected a list`);
    return v;
  }
}

/** A value known only once the stack exists, with the reason. */
function notKnown(v: Unknown | ResourceRef): Unknown {
  return v instanceof Unknown ? v : new Unknown(`${v.logicalId}.${v.attribute ?? 'Ref'} is known only once the stack exists`);
}

/** How CloudFormation compares values in `Fn::Equals`: as text. */
function scalarText(v: unknown): unknown {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
}
