/** `vpc-canvas routes FILE [-o OUT]`: the document with its routes made explicit (routing.md, "Making routes explicit"). */
import { serializeDocument } from '../model/document/serialize';
import { makeRoutesExplicit, type RoutesMadeExplicit } from '../model/routing/make-explicit';
import { escapeUnsafeText } from '../model/text/escape';
import { readErrorReason, type CliIo } from './io';
import { loadDocument } from './load';
import { EXIT_BAD_INPUT } from './validate-outcome';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What was written, as one clause: `3 VPC route tables, 1 transit gateway route table and 12 routes`. */
function summary({ added }: RoutesMadeExplicit): string {
  if (added.vpcTables + added.tgwTables === 0) return 'every VPC and transit gateway was already explicitly routed';
  return `added ${count(added.vpcTables, 'VPC route table')}, ${count(added.tgwTables, 'transit gateway route table')} and ${count(added.routes, 'route')}`;
}

/**
 * Writes route tables on every implicitly routed VPC and transit gateway and writes the document
 * (version 2) to `output`, or to stdout when there is none. The input is never written unless
 * `-o` names it: only an explicit `-o` writes a file. Findings are not this command's business.
 * Exit status 0, or 2 when the file cannot be read or parsed or the output cannot be written.
 */
export function routesCommand(io: CliIo, file: string, output: string | undefined): number {
  const loaded = loadDocument(io, file);
  if (!loaded.ok) {
    io.stderr(`vpc-canvas: ${escapeUnsafeText(loaded.message)}\n`);
    return EXIT_BAD_INPUT;
  }
  const made = makeRoutesExplicit(loaded.doc);
  const text = serializeDocument(made.document);
  const withNewline = text.endsWith('\n') ? text : `${text}\n`;
  if (output === undefined || output === '-') {
    io.stdout(withNewline);
    io.stderr(`${escapeUnsafeText(`${loaded.label}: ${summary(made)}`)}\n`);
    return 0;
  }
  try {
    io.writeFile(output, withNewline);
  } catch (error) {
    io.stderr(`vpc-canvas: ${escapeUnsafeText(`${output}: cannot write: ${readErrorReason(error)}`)}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stderr(`${escapeUnsafeText(`${loaded.label}: ${summary(made)}; wrote ${output}`)}\n`);
  return 0;
}
