/**
 * A CloudFormation template (JSON or YAML) in, a version 2 document and an import report out.
 * Parameters take their defaults unless given; Conditions are evaluated, and a resource whose
 * Condition is false is left out and reported. Logical ids are the element ids and `origin.id`s.
 * Pure: the caller reads the file.
 */
import type { TopologyDocument } from '../../document/types';
import { buildIacDocument } from '../iac/build-document';
import { fitId } from '../iac/fit-id';
import type { IacResource } from '../iac/resources';
import { ReportBuilder, type ImportResult } from '../report';
import { Evaluator, TemplateError, Unknown } from './intrinsics';
import { CLOUDFORMATION_TYPES } from './mapping';
import { parseTemplate } from './parse-template';
import { CfnReader } from './reader';

type Json = Record<string, unknown>;

export interface CloudFormationImportOptions {
  /** Parameter values given by the user (`--param Key=Value`); they override the defaults. */
  parameters?: Record<string, string>;
  /** The stack's region, for `AWS::Region` and `Fn::GetAZs` [`us-east-1`]. */
  region?: string;
  /** The document's name (and `AWS::StackName`). */
  name?: string;
  /** The input's name in messages and the report (its file name). */
  source?: string;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a parsed value looks like a CloudFormation template (for telling formats apart). */
export function isCloudFormationTemplate(value: unknown): boolean {
  return isObject(value) && isObject(value.Resources) && (typeof value.AWSTemplateFormatVersion === 'string' || Object.values(value.Resources).some((r) => isObject(r) && typeof r.Type === 'string' && r.Type.includes('::')));
}

/** Parameter values: given, else the default; a list type is split at commas. */
function parameterValues(template: Json, given: Record<string, string>, report: ReportBuilder): Map<string, unknown> {
  const declared = isObject(template.Parameters) ? template.Parameters : {};
  const values = new Map<string, unknown>();
  for (const [name, spec] of Object.entries(declared)) {
    const type = isObject(spec) && typeof spec.Type === 'string' ? spec.Type : 'String';
    const raw = Object.hasOwn(given, name) ? given[name] : isObject(spec) && spec.Default !== undefined ? String(spec.Default) : undefined;
    if (raw === undefined) {
      values.set(name, new Unknown(`the parameter ${name} has no default and was not given (--param ${name}=…)`));
      report.gap(`Parameters.${name}`, 'has no default and was not given: what depends on it is left out');
      continue;
    }
    const allowed = isObject(spec) && Array.isArray(spec.AllowedValues) ? spec.AllowedValues.map(String) : undefined;
    if (allowed && !allowed.includes(raw)) throw new TemplateError(`Parameters.${name}: "${raw}" is not one of its AllowedValues (${allowed.join(', ')})`);
    values.set(name, type.startsWith('List<') || type === 'CommaDelimitedList' ? raw.split(',').map((s) => s.trim()) : raw);
  }
  for (const name of Object.keys(given)) if (!Object.hasOwn(declared, name)) report.gap(`Parameters.${name}`, 'given, but the template declares no such parameter: ignored');
  return values;
}

/**
 * Imports a CloudFormation template. Throws an error naming the file and the place when the text
 * is not a template or the template is wrong (a `Ref` to nothing, a condition that does not exist).
 */
export function importCloudFormation(text: string, options: CloudFormationImportOptions = {}): ImportResult<TopologyDocument> {
  const source = options.source ?? 'template';
  const template = parseTemplate(text, source);
  if (!isObject(template) || !isObject(template.Resources)) throw new Error(`${source}: not a CloudFormation template (no "Resources" section)`);
  const report = new ReportBuilder('cloudformation');
  const resourcesIn = template.Resources;
  report.source(source, `CloudFormation template (${/^\s*\{/.test(text.replace(/^\uFEFF/, '')) ? 'JSON' : 'YAML'})`, Object.keys(resourcesIn).length);
  const region = options.region ?? 'us-east-1';
  const name = options.name ?? (typeof template.Description === 'string' && template.Description.length <= 256 ? template.Description : 'Imported from CloudFormation');
  try {
    const evaluator = new Evaluator({
      parameters: parameterValues(template, options.parameters ?? {}, report), resources: resourcesIn,
      mappings: isObject(template.Mappings) ? template.Mappings : {}, conditions: isObject(template.Conditions) ? template.Conditions : {},
      region, stackName: options.name ?? 'stack',
    });
    const removed = new Set<string>();
    for (const [logicalId, resource] of Object.entries(resourcesIn)) {
      if (isObject(resource) && typeof resource.Condition === 'string' && !evaluator.condition(resource.Condition, `Resources.${logicalId}.Condition`)) removed.add(logicalId);
    }
    const resources: IacResource[] = [];
    for (const [logicalId, resource] of Object.entries(resourcesIn)) {
      if (!isObject(resource) || typeof resource.Type !== 'string') throw new TemplateError(`Resources.${logicalId}: a resource needs a "Type"`);
      if (removed.has(logicalId)) {
        report.gap(logicalId, `its Condition ${String(resource.Condition)} is false: not created`);
        continue;
      }
      const entry = CLOUDFORMATION_TYPES[resource.Type];
      if (!entry) {
        report.gap(logicalId, `${resource.Type} has no kind in VPC Canvas: left out`);
        continue;
      }
      const props = evaluator.value(resource.Properties ?? {}, `Resources.${logicalId}.Properties`);
      const reader = new CfnReader(isObject(props) ? props : {}, removed, (field, reason) => report.gap(logicalId, reason, `Properties.${field}`));
      const mapped = entry(reader);
      if ('skip' in mapped) {
        report.gap(logicalId, mapped.skip);
        continue;
      }
      const tags = reader.tags();
      const label = mapped.name ?? tags.Name;
      resources.push({
        id: fitId(logicalId), originId: logicalId, sourceType: resource.Type, type: mapped.type, region,
        ...(label ? { name: label } : {}), ...(Object.keys(tags).length ? { tags } : {}), fields: mapped.fields,
      });
    }
    const document = buildIacDocument(resources, report, { origin: 'cloudformation', name, region });
    return { document, report: report.done() };
  } catch (error) {
    if (error instanceof TemplateError) throw new Error(`${source}: ${error.message}`, { cause: error });
    throw error;
  }
}
