/**
 * Reading `terraform show -json` output: a state (`values.root_module`) or a plan
 * (`planned_values.root_module`, with `resource_changes` saying which values stay unknown until
 * apply and `configuration` saying which resource each expression refers to). Resources of child
 * modules are walked at every depth.
 */

export type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One resource instance (`module.net.aws_subnet.private["a"]`) with its values. */
export interface TfInstance {
  /** The full address, as Terraform prints it. */
  address: string;
  /** `managed` or `data`. */
  mode: string;
  type: string;
  name: string;
  /** The `count` index or `for_each` key; absent for a single instance. */
  index?: string | number;
  /** The module instance it belongs to: `""` for the root, `module.net`, `module.net.module.subnets[0]`. */
  module: string;
  values: Json;
  /** The mirror of `values` marking what is unknown until apply (`true`), from the plan's `after_unknown`. */
  unknown: Json;
}

/** A resource block of the configuration: its expressions and where it is. */
export interface TfConfigResource {
  expressions: Json;
}

/** A module's configuration: its resources by address, its outputs and its calls of other modules. */
export interface TfConfigModule {
  resources: Map<string, TfConfigResource>;
  outputs: Map<string, Json>;
  calls: Map<string, { expressions: Json; module: TfConfigModule }>;
}

export interface TfInput {
  kind: 'plan' | 'state';
  instances: TfInstance[];
  /** The root module's configuration (a plan only). */
  configuration?: TfConfigModule;
  /** Resources the plan deletes: address → actions. */
  deleted: string[];
  /** The AWS provider's region when the configuration names it as a constant. */
  region?: string;
}

/** Whether a parsed JSON value is `terraform show -json` output, and of which kind. */
export function terraformKind(value: unknown): 'plan' | 'state' | undefined {
  if (!isObject(value) || typeof value.format_version !== 'string') return undefined;
  if (isObject(value.planned_values) || Array.isArray(value.resource_changes)) return 'plan';
  if (isObject(value.values) || typeof value.terraform_version === 'string') return 'state';
  return undefined;
}

/** The instances and configuration of a plan or a state. */
export function readShowJson(value: Json, kind: 'plan' | 'state'): TfInput {
  const root = kind === 'plan' ? (value.planned_values as Json | undefined)?.root_module : (value.values as Json | undefined)?.root_module;
  const unknownByAddress = new Map<string, Json>();
  const deleted: string[] = [];
  for (const change of Array.isArray(value.resource_changes) ? value.resource_changes : []) {
    if (!isObject(change) || typeof change.address !== 'string' || !isObject(change.change)) continue;
    const after = change.change.after_unknown;
    if (isObject(after)) unknownByAddress.set(change.address, after);
    const actions = change.change.actions;
    if (Array.isArray(actions) && actions.length === 1 && actions[0] === 'delete') deleted.push(change.address);
  }
  const instances: TfInstance[] = [];
  const walk = (mod: unknown, moduleAddress: string) => {
    if (!isObject(mod)) return;
    for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
      if (!isObject(r) || typeof r.address !== 'string' || typeof r.type !== 'string') continue;
      const index = typeof r.index === 'string' || typeof r.index === 'number' ? r.index : undefined;
      instances.push({
        address: r.address, mode: typeof r.mode === 'string' ? r.mode : 'managed', type: r.type, name: typeof r.name === 'string' ? r.name : '',
        ...(index !== undefined ? { index } : {}), module: moduleAddress,
        values: isObject(r.values) ? r.values : {}, unknown: unknownByAddress.get(r.address) ?? {},
      });
    }
    for (const child of Array.isArray(mod.child_modules) ? mod.child_modules : []) {
      if (isObject(child)) walk(child, typeof child.address === 'string' ? child.address : moduleAddress);
    }
  };
  walk(root, '');
  // Input order must not matter: lists resolved through references follow the addresses.
  instances.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
  const config = isObject(value.configuration) ? value.configuration : undefined;
  return {
    kind, instances, deleted,
    ...(config && isObject(config.root_module) ? { configuration: readConfigModule(config.root_module) } : {}),
    ...(config ? regionOf(config) : {}),
  };
}

function readConfigModule(mod: Json): TfConfigModule {
  const resources = new Map<string, TfConfigResource>();
  for (const r of Array.isArray(mod.resources) ? mod.resources : []) {
    if (isObject(r) && typeof r.address === 'string') resources.set(r.address, { expressions: isObject(r.expressions) ? r.expressions : {} });
  }
  const outputs = new Map<string, Json>();
  if (isObject(mod.outputs)) for (const [name, out] of Object.entries(mod.outputs)) if (isObject(out) && isObject(out.expression)) outputs.set(name, out.expression);
  const calls = new Map<string, { expressions: Json; module: TfConfigModule }>();
  if (isObject(mod.module_calls)) {
    for (const [name, call] of Object.entries(mod.module_calls)) {
      if (isObject(call)) calls.set(name, { expressions: isObject(call.expressions) ? call.expressions : {}, module: readConfigModule(isObject(call.module) ? call.module : {}) });
    }
  }
  return { resources, outputs, calls };
}

/** The root AWS provider's `region`, when the configuration gives it as a constant. */
function regionOf(config: Json): { region?: string } {
  const providers = isObject(config.provider_config) ? config.provider_config : {};
  for (const [key, provider] of Object.entries(providers)) {
    if (!isObject(provider) || (provider.name !== 'aws' && key !== 'aws')) continue;
    const region = isObject(provider.expressions) && isObject(provider.expressions.region) ? provider.expressions.region.constant_value : undefined;
    if (typeof region === 'string') return { region };
  }
  return {};
}
