/**
 * `vpc-canvas import PATH… [--format aws] [-o OUT]`: AWS describe output (files, or folders of
 * them, `<account>/<region>/…`) to a version 2 document; the import report on stderr.
 * Exit status 0 written, 2 nothing understood (or OUT not writable), with the reason.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serializeDocument } from '../model/document/serialize';
import { importAws, type InputFile } from '../model/import/aws/import-aws';
import type { ImportReport } from '../model/import/report';
import { escapeUnsafeText } from '../model/text/escape';
import { readErrorReason, type CliIo } from './io';
import { EXIT_BAD_INPUT } from './validate-command';

export type ImportFormat = 'aws' | 'terraform' | 'cloudformation';

/** Every .json file under a folder, in a stable order; a file path as it is. */
export function inputPaths(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path).sort()) {
    if (entry.startsWith('.')) continue;
    const inner = join(path, entry);
    if (statSync(inner).isDirectory()) out.push(...inputPaths(inner));
    else if (entry.toLowerCase().endsWith('.json')) out.push(inner);
  }
  return out;
}

/** The report as a person reads it: what was read, what was made, what was left out. */
export function formatImportReport(report: ImportReport, escape: (text: string) => string = (t) => t): string {
  const lines: string[] = [];
  const read = report.sources.filter((s) => s.recognisedAs !== 'not recognised');
  lines.push(`Read ${read.length} AWS output${read.length === 1 ? '' : 's'}:`);
  const byCall = new Map<string, number>();
  for (const s of read) byCall.set(s.recognisedAs, (byCall.get(s.recognisedAs) ?? 0) + s.resources);
  for (const [call, count] of [...byCall].sort()) lines.push(`  ${call}: ${count}`);
  const made = Object.entries(report.counts).sort(([a], [b]) => a.localeCompare(b));
  lines.push(`Made: ${made.map(([kind, n]) => `${n} ${kind}`).join(', ') || 'nothing'}`);
  if (report.gaps.length) {
    lines.push(`Not mapped or only in part (${report.gaps.length}):`);
    for (const gap of report.gaps) lines.push(`  ${escape(gap.resource)}${gap.field ? ` ${escape(gap.field)}` : ''}: ${escape(gap.reason)}`);
  }
  return `${lines.join('\n')}\n`;
}

export function importCommand(io: CliIo, paths: readonly string[], format: ImportFormat | undefined, output: string | undefined): number {
  if (format !== undefined && format !== 'aws') {
    io.stderr(`vpc-canvas: import --format ${format} is not supported yet; this version reads AWS describe output (--format aws)\n`);
    return EXIT_BAD_INPUT;
  }
  const files: InputFile[] = [];
  for (const path of paths) {
    let found: string[];
    try {
      found = inputPaths(path);
    } catch (error) {
      io.stderr(`vpc-canvas: ${path}: cannot read: ${readErrorReason(error)}\n`);
      return EXIT_BAD_INPUT;
    }
    for (const file of found) {
      try {
        files.push({ path: file, text: io.readFile(file) });
      } catch (error) {
        io.stderr(`vpc-canvas: ${file}: cannot read: ${readErrorReason(error)}\n`);
        return EXIT_BAD_INPUT;
      }
    }
  }
  if (files.length === 0) {
    io.stderr(`vpc-canvas: no .json files in ${paths.join(', ')}\n`);
    return EXIT_BAD_INPUT;
  }
  const { document, report } = importAws(files);
  // Resource ids, tags and file names come from the input: escaped so they cannot rewrite the terminal.
  io.stderr(formatImportReport(report, escapeUnsafeText));
  if (!report.sources.some((s) => s.recognisedAs !== 'not recognised')) {
    io.stderr('vpc-canvas: nothing in the input is AWS describe output this version reads\n');
    return EXIT_BAD_INPUT;
  }
  const text = serializeDocument(document);
  if (output === undefined || output === '-') {
    io.stdout(text);
    return 0;
  }
  try {
    io.writeFile(output, text);
  } catch (error) {
    io.stderr(`vpc-canvas: ${output}: cannot write: ${readErrorReason(error)}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stderr(`Wrote ${output}: ${document.nodes.length} nodes, ${document.connections.length} connections.\n`);
  return 0;
}
