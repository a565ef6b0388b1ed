/**
 * Which resource a Terraform value stands for. In a state every id is known, and an id names the
 * resource whose `id` it is. In a plan, ids of resources not yet created are unknown: the plan's
 * `configuration` says which resources each expression refers to (`"references": ["aws_vpc.main.id",
 * "aws_vpc.main"]`), through module inputs (`var.vpc_id`, set by the calling module) and outputs
 * (`module.network.vpc_id`) at any depth. That is how a plan links a subnet to its VPC.
 */
import type { Json, TfConfigModule, TfInput, TfInstance } from './show-json';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The module calls along a module address: `module.a.module.b[1]` → [{ name: 'a' }, { name: 'b', key: '1' }]. */
function moduleSteps(address: string): Array<{ name: string; key?: string }> {
  const steps: Array<{ name: string; key?: string }> = [];
  for (const m of address.matchAll(/module\.([^.[]+)(?:\[("?)([^\]"]*)\2\])?/g)) steps.push(m[3] !== undefined ? { name: m[1]!, key: m[3] } : { name: m[1]! });
  return steps;
}

/** The calling module's address and the call's name: `module.a.module.b[1]` → `module.a`, `b`. */
function parentOf(address: string): { parent: string; call: string } | undefined {
  const match = /^(?:(.*)\.)?module\.([^.[]+)(?:\[[^\]]*\])?$/.exec(address);
  return match ? { parent: match[1] ?? '', call: match[2]! } : undefined;
}

/** Words that start references to things that are not resources. */
const NOT_RESOURCES = new Set(['count', 'each', 'local', 'path', 'self', 'terraform']);

const RESOURCE_REF = /^(data\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(?:\[("?)([^\]"]*)\4\])?/;

export class TfResolver {
  private readonly byName = new Map<string, TfInstance[]>();
  private readonly byAwsId = new Map<string, TfInstance>();
  private readonly modules: string[];

  constructor(
    private readonly input: TfInput,
    readonly docIdOf: (instance: TfInstance) => string,
  ) {
    for (const inst of input.instances) {
      const key = `${inst.module}|${inst.mode === 'data' ? 'data.' : ''}${inst.type}.${inst.name}`;
      this.byName.set(key, [...(this.byName.get(key) ?? []), inst]);
      const id = inst.values.id;
      // A managed resource's id wins over a data source that looked the same resource up.
      if (typeof id === 'string' && id !== '' && (!this.byAwsId.has(id) || inst.mode === 'managed')) this.byAwsId.set(id, inst);
    }
    // A VPC's main table is not a resource of its own: its id stands for the VPC (whose main table it is).
    for (const inst of input.instances) {
      if (inst.type !== 'aws_vpc') continue;
      for (const key of ['main_route_table_id', 'default_route_table_id']) {
        const table = inst.values[key];
        if (typeof table === 'string' && table !== '' && !this.byAwsId.has(table)) this.byAwsId.set(table, inst);
      }
    }
    this.modules = [...new Set(input.instances.map((i) => i.module))];
  }

  /** A known id: the resource in the input whose id it is (its document id), else the id as given. */
  known(value: string): string {
    const inst = this.byAwsId.get(value);
    return inst ? this.docIdOf(inst) : value;
  }

  /** The instance a known id belongs to, when it is in the input. */
  instanceOfId(value: string): TfInstance | undefined {
    return this.byAwsId.get(value);
  }

  /** The configuration of a module instance (keys stripped: every instance of a call shares it). */
  configOf(module: string): TfConfigModule | undefined {
    let mod = this.input.configuration;
    for (const step of moduleSteps(module)) mod = mod?.calls.get(step.name)?.module;
    return mod;
  }

  /** The instances an expression's references name, seen from an instance of `module` with `index`. */
  fromExpression(expression: unknown, module: string, index: string | number | undefined, depth = 0): TfInstance[] {
    if (!isObject(expression) || !Array.isArray(expression.references) || depth > 32) return [];
    const found = new Set<TfInstance>();
    for (const ref of expression.references) {
      if (typeof ref !== 'string') continue;
      for (const inst of this.fromReference(ref, module, index, depth)) found.add(inst);
    }
    return [...found];
  }

  private fromReference(ref: string, module: string, index: string | number | undefined, depth: number): TfInstance[] {
    const head = ref.split(/[.[]/)[0]!;
    if (NOT_RESOURCES.has(head)) return [];
    if (head === 'var') {
      const name = ref.slice(4).split(/[.[]/)[0]!;
      const at = parentOf(module);
      const call = at ? this.configOf(at.parent)?.calls.get(at.call) : undefined;
      return call ? this.fromExpression(call.expressions[name], at!.parent, index, depth + 1) : [];
    }
    if (head === 'module') {
      const match = /^module\.([^.[]+)(?:\[[^\]]*\])?\.([^.[]+)/.exec(ref);
      if (!match) return [];
      const output = this.configOf(module)?.calls.get(match[1]!)?.module.outputs.get(match[2]!);
      const prefix = `${module ? `${module}.` : ''}module.${match[1]}`;
      const children = this.modules.filter((m) => m === prefix || m.startsWith(`${prefix}[`));
      return children.flatMap((child) => this.fromExpression(output, child, undefined, depth + 1));
    }
    const match = RESOURCE_REF.exec(ref);
    if (!match) return [];
    const candidates = this.byName.get(`${module}|${match[1] ?? ''}${match[2]}.${match[3]}`) ?? [];
    if (match[5] !== undefined && (match[4] === '"' || /^\d+$/.test(match[5]))) return candidates.filter((c) => String(c.index) === match[5]);
    if (candidates.length <= 1) return candidates;
    // `aws_subnet.private[count.index]` from the matching instance of another counted resource.
    const same = candidates.filter((c) => index !== undefined && c.index === index);
    return same.length > 0 ? same : candidates;
  }
}
