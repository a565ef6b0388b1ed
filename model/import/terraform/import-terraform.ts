/**
 * `terraform show -json` output (of a plan or of a state) in, a version 2 document and an import
 * report out. Pure: the caller reads the file. Each element's `props.origin` holds its Terraform
 * address; its id is the AWS id when the state knows it (so that a state and the AWS account's
 * describe output match by id), else the address, so a second import of the same input gives the
 * same ids.
 */
import type { TopologyDocument } from '../../document/types';
import { buildIacDocument } from '../iac/build-document';
import { fitId } from '../iac/fit-id';
import type { IacResource } from '../iac/resources';
import { ReportBuilder, type ImportResult } from '../report';
import { TERRAFORM_TYPES } from './mapping';
import { TfReader } from './reader';
import { TfResolver } from './references';
import { readShowJson, terraformKind, type Json, type TfInstance } from './show-json';

export interface TerraformImportOptions {
  /** The document's name. */
  name?: string;
  /** The input's name in the report (its file name). */
  source?: string;
}

function documentId(inst: TfInstance): string {
  const id = inst.values.id;
  return fitId(typeof id === 'string' && id !== '' && inst.unknown.id !== true ? id : inst.address);
}

/** The account and region an ARN names. */
function arnParts(arn: unknown): { region?: string; account?: string } {
  if (typeof arn !== 'string') return {};
  const [, , , region, account] = arn.split(':');
  return { ...(region ? { region } : {}), ...(account ? { account } : {}) };
}

/**
 * Imports a Terraform plan or state. Resources of every module are read; values unknown until
 * apply are followed through the plan's configuration, and those that stay unknown are reported.
 * Throws an error naming the problem when the input is not `terraform show -json` output.
 */
export function importTerraform(json: unknown, options: TerraformImportOptions = {}): ImportResult<TopologyDocument> {
  const source = options.source ?? 'input';
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
    } catch (error) {
      throw new Error(`${source}: not JSON: ${(error as Error).message}`, { cause: error });
    }
  }
  const kind = terraformKind(value);
  if (!kind) throw new Error(`${source}: not the output of "terraform show -json" (no "format_version" with "values" or "planned_values")`);
  const input = readShowJson(value as Json, kind);
  const report = new ReportBuilder('terraform');
  report.source(source, `terraform show -json (${kind})`, input.instances.length);
  for (const address of input.deleted) report.gap(address, 'the plan destroys it: not drawn');
  const resolver = new TfResolver(input, documentId);
  const resources: IacResource[] = [];
  for (const inst of input.instances) {
    const key = inst.mode === 'data' ? `data.${inst.type}` : inst.type;
    const entry = TERRAFORM_TYPES[key];
    if (!entry) {
      report.gap(inst.address, inst.mode === 'data' ? 'a data source (a look-up, not a resource of this configuration): not drawn' : `${inst.type} has no kind in VPC Canvas: left out`);
      continue;
    }
    const expressions = resolver.configOf(inst.module)?.resources.get(`${inst.mode === 'data' ? 'data.' : ''}${inst.type}.${inst.name}`)?.expressions ?? {};
    const reader = new TfReader(resolver, inst, inst.values, inst.unknown, expressions, '', (field, reason) => report.gap(inst.address, reason, field));
    const mapped = entry(reader);
    if ('skip' in mapped) {
      report.gap(inst.address, mapped.skip);
      continue;
    }
    const tags = reader.tags();
    resources.push({
      id: documentId(inst), originId: inst.address, sourceType: inst.type, type: mapped.type,
      ...(mapped.name ?? tags.Name ? { name: mapped.name ?? tags.Name } : {}),
      ...(Object.keys(tags).length ? { tags } : {}), ...arnParts(inst.values.arn), fields: mapped.fields,
    });
  }
  const document = buildIacDocument(resources, report, { origin: 'terraform', name: options.name ?? 'Imported from Terraform', ...(input.region ? { region: input.region } : {}) });
  return { document, report: report.done() };
}
