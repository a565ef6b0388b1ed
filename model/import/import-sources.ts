/**
 * Any of the three sources, told apart by content: what the command line and the editor's Open
 * both call. AWS describe output may come as many files (a folder of them); a Terraform plan or
 * state and a CloudFormation template are one file each.
 */
import type { TopologyDocument } from '../document/types';
import { importAws, type InputFile } from './aws/import-aws';
import { importCloudFormation } from './cloudformation/import-cloudformation';
import { detectImportFormat, type ImportFormat } from './detect-format';
import type { ImportResult } from './report';
import { importTerraform } from './terraform/import-terraform';

export interface ImportSourcesOptions {
  /** The format, when the user says it; otherwise it is told from the content. */
  format?: ImportFormat;
  /** CloudFormation parameters. */
  params?: Record<string, string>;
  /** CloudFormation's stack region. */
  region?: string;
}

/** The document and report, or the reason nothing was imported (naming the file and place). */
export type ImportSourcesResult = (ImportResult<TopologyDocument> & { format: ImportFormat }) | { error: string };

/** The format of the inputs and the files that have it; the reason when they disagree. */
function formatOfInputs(files: readonly InputFile[], asked: ImportFormat | undefined): { format: ImportFormat; files: InputFile[] } | string {
  if (asked) return { format: asked, files: [...files] };
  const detected = files.map((file) => ({ file, format: detectImportFormat(file.text, file.path) })).filter((d) => d.format !== undefined);
  const formats = [...new Set(detected.map((d) => d.format!))];
  if (formats.length > 1) {
    const example = formats.map((f) => `${detected.find((d) => d.format === f)!.file.path} is ${f}`).join(', ');
    return `the inputs mix formats (${example}): import one format at a time, or give --format`;
  }
  return { format: formats[0] ?? 'aws', files: formats.length ? detected.map((d) => d.file) : [...files] };
}

/** Imports the files with the importer their content (or `options.format`) calls for. */
export function importSources(files: readonly InputFile[], options: ImportSourcesOptions = {}): ImportSourcesResult {
  const chosen = formatOfInputs(files, options.format);
  if (typeof chosen === 'string') return { error: chosen };
  const { format } = chosen;
  if (options.params && format !== 'cloudformation') return { error: `--param is for CloudFormation templates; the input is ${format}` };
  if (format === 'aws') return { ...importAws(chosen.files), format };
  if (chosen.files.length !== 1) return { error: `import --format ${format} reads one file (${format === 'terraform' ? 'the output of terraform show -json' : 'a template'}); got ${chosen.files.length}` };
  const [file] = chosen.files as [InputFile];
  try {
    const result = format === 'terraform'
      ? importTerraform(file.text, { source: file.path })
      : importCloudFormation(file.text, { source: file.path, ...(options.params ? { parameters: options.params } : {}), ...(options.region ? { region: options.region } : {}) });
    return { ...result, format };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
