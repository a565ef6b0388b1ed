/**
 * Which importer reads a file, from its content (never its name alone): `terraform show -json`
 * output has `format_version` with `values` or `planned_values`, a CloudFormation template has
 * `Resources` of typed resources, and other JSON is taken as AWS command-line output (whose own
 * importer recognises each call by its top-level key and reports what it does not).
 */
import { isCloudFormationTemplate } from './cloudformation/import-cloudformation';
import { parseTemplate } from './cloudformation/parse-template';
import { terraformKind } from './terraform/show-json';

export type ImportFormat = 'aws' | 'terraform' | 'cloudformation';

/** The format of one input, or undefined when it is neither JSON nor a YAML template. */
export function detectImportFormat(text: string, name: string): ImportFormat | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // Several concatenated JSON values are AWS output; anything else may be a YAML template.
    if (/^\s*\{/.test(body)) return 'aws';
    try {
      value = parseTemplate(body, name);
    } catch {
      return undefined;
    }
    return isCloudFormationTemplate(value) ? 'cloudformation' : undefined;
  }
  if (terraformKind(value)) return 'terraform';
  if (isCloudFormationTemplate(value)) return 'cloudformation';
  return 'aws';
}
