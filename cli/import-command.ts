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
import type { InputFile } from '../model/import/aws/import-aws';
import type { ImportFormat } from '../model/import/detect-format';
import { formatImportReport } from '../model/import/format-report';
import { importSources } from '../model/import/import-sources';
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

export function importCommand(io: CliIo, paths: readonly string[], options: ImportOptions = {}): number {
  const fail = (reason: string) => {
    // File names and template text come from the input: escaped so they cannot rewrite the terminal.
    io.stderr(`vpc-canvas: ${escapeUnsafeText(reason)}\n`);
    return EXIT_BAD_INPUT;
  };
  const read = readInputs(io, paths, EXTENSIONS[options.format ?? 'any']);
  if (typeof read === 'string') return fail(read);
  if (read.length === 0) return fail(`no ${options.format === 'cloudformation' || !options.format ? '.json, .yaml or .template' : '.json'} files in ${paths.join(', ')}`);
  const result = importSources(read, { ...(options.format ? { format: options.format } : {}), ...(options.params ? { params: options.params } : {}), ...(options.region ? { region: options.region } : {}) });
  if ('error' in result) return fail(result.error);
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
