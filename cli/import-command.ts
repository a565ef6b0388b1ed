/**
 * `vpc-canvas import PATH… [--format aws|terraform|cloudformation] [--param Key=Value]… [--region R] [-o OUT]`:
 * AWS describe output (files, or folders of them, `<account>/<region>/…`), a `terraform show -json`
 * plan or state, or a CloudFormation template (JSON or YAML) to a version 2 document; the import
 * report on stderr. Without --format the format is told from the files' content.
 * Exit status 0 written, 2 nothing understood (or OUT not writable), with the reason.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serializeDocument } from '../model/document/serialize';
import type { TopologyDocument } from '../model/document/types';
import { importAws, type InputFile } from '../model/import/aws/import-aws';
import { importCloudFormation } from '../model/import/cloudformation/import-cloudformation';
import { detectImportFormat, type ImportFormat } from '../model/import/detect-format';
import type { ImportReport, ImportResult } from '../model/import/report';
import { importTerraform } from '../model/import/terraform/import-terraform';
import { escapeUnsafeText } from '../model/text/escape';
import { readErrorReason, type CliIo } from './io';
import { EXIT_BAD_INPUT } from './validate-command';

export type { ImportFormat };

/** What `import` was asked for besides its paths. */
export interface ImportOptions {
  format?: ImportFormat;
  output?: string;
  /** CloudFormation parameters (`--param Key=Value`). */
  params?: Record<string, string>;
  /** CloudFormation's stack region (`--region`). */
  region?: string;
}

/** The file names each format's folders are searched for. */
const EXTENSIONS: Record<ImportFormat | 'any', readonly string[]> = {
  aws: ['.json'],
  terraform: ['.json'],
  cloudformation: ['.json', '.yaml', '.yml', '.template'],
  any: ['.json', '.yaml', '.yml', '.template'],
};

/** Every file with one of the extensions under a folder, in a stable order; a file path as it is. */
export function inputPaths(path: string, extensions: readonly string[] = EXTENSIONS.aws): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path).sort()) {
    if (entry.startsWith('.')) continue;
    const inner = join(path, entry);
    if (statSync(inner).isDirectory()) out.push(...inputPaths(inner, extensions));
    else if (extensions.some((ext) => entry.toLowerCase().endsWith(ext))) out.push(inner);
  }
  return out;
}

/** The report as a person reads it: what was read, what was made, what was left out. */
export function formatImportReport(report: ImportReport, escape: (text: string) => string = (t) => t): string {
  const lines: string[] = [];
  const read = report.sources.filter((s) => s.recognisedAs !== 'not recognised');
  if (report.format === 'aws') lines.push(`Read ${read.length} AWS output${read.length === 1 ? '' : 's'}:`);
  else for (const s of read) lines.push(`Read ${escape(s.name)}: ${s.recognisedAs}, ${s.resources} resource${s.resources === 1 ? '' : 's'}`);
  const byCall = new Map<string, number>();
  for (const s of read) byCall.set(s.recognisedAs, (byCall.get(s.recognisedAs) ?? 0) + s.resources);
  if (report.format === 'aws') for (const [call, count] of [...byCall].sort()) lines.push(`  ${call}: ${count}`);
  const made = Object.entries(report.counts).sort(([a], [b]) => a.localeCompare(b));
  lines.push(`Made: ${made.map(([kind, n]) => `${n} ${kind}`).join(', ') || 'nothing'}`);
  if (report.gaps.length) {
    lines.push(`Not mapped or only in part (${report.gaps.length}):`);
    for (const gap of report.gaps) lines.push(`  ${escape(gap.resource)}${gap.field ? ` ${escape(gap.field)}` : ''}: ${escape(gap.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Reads every file under the paths (folders searched for the format's file names); the reason on failure. */
function readInputs(io: CliIo, paths: readonly string[], extensions: readonly string[]): InputFile[] | string {
  const files: InputFile[] = [];
  for (const path of paths) {
    let found: string[];
    try {
      found = inputPaths(path, extensions);
    } catch (error) {
      return `${path}: cannot read: ${readErrorReason(error)}`;
    }
    for (const file of found) {
      try {
        files.push({ path: file, text: io.readFile(file) });
      } catch (error) {
        return `${file}: cannot read: ${readErrorReason(error)}`;
      }
    }
  }
  return files;
}

/** The format of the inputs: the one asked for, else the one their content shows; the reason when they disagree. */
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

function runImporter(format: ImportFormat, files: readonly InputFile[], options: ImportOptions): ImportResult<TopologyDocument> | string {
  if (format === 'aws') return importAws(files);
  if (files.length !== 1) return `import --format ${format} reads one file (${format === 'terraform' ? 'the output of terraform show -json' : 'a template'}); got ${files.length}`;
  const [file] = files as [InputFile];
  try {
    return format === 'terraform'
      ? importTerraform(file.text, { source: file.path })
      : importCloudFormation(file.text, { source: file.path, ...(options.params ? { parameters: options.params } : {}), ...(options.region ? { region: options.region } : {}) });
  } catch (error) {
    return (error as Error).message;
  }
}

export function importCommand(io: CliIo, paths: readonly string[], options: ImportOptions = {}): number {
  const fail = (reason: string) => {
    // File names and template text come from the input: escaped so they cannot rewrite the terminal.
    io.stderr(`vpc-canvas: ${escapeUnsafeText(reason)}\n`);
    return EXIT_BAD_INPUT;
  };
  const read = readInputs(io, paths, EXTENSIONS[options.format ?? 'any']);
  if (typeof read === 'string') return fail(read);
  if (read.length === 0) return fail(`no ${options.format === 'cloudformation' || !options.format ? '.json, .yaml or .template' : '.json'} files in ${paths.join(', ')}`);
  const chosen = formatOfInputs(read, options.format);
  if (typeof chosen === 'string') return fail(chosen);
  if (options.params && chosen.format !== 'cloudformation') return fail(`--param is for CloudFormation templates; the input is ${chosen.format}`);
  const result = runImporter(chosen.format, chosen.files, options);
  if (typeof result === 'string') return fail(result);
  const { document, report } = result;
  io.stderr(formatImportReport(report, escapeUnsafeText));
  if (!report.sources.some((s) => s.recognisedAs !== 'not recognised')) return fail('nothing in the input is AWS describe output, terraform show -json output or a CloudFormation template');
  const text = serializeDocument(document);
  if (options.output === undefined || options.output === '-') {
    io.stdout(text);
    return 0;
  }
  try {
    io.writeFile(options.output, text);
  } catch (error) {
    return fail(`${options.output}: cannot write: ${readErrorReason(error)}`);
  }
  io.stderr(`Wrote ${options.output}: ${document.nodes.length} nodes, ${document.connections.length} connections.\n`);
  return 0;
}
