/** `vpc-canvas layout FILE [-o OUT]`: the document with every node placed by the auto-layout. */
import { serializeDocument } from '../model/document/serialize';
import { withSavedRoutes } from '../model/edit/connector-routes';
import { grownLeafSizes } from '../model/edit/geometry';
import { layoutDocument } from '../model/layout';
import { createNodeElk } from '../model/layout/node-elk';
import { escapeUnsafeText } from '../model/text/escape';
import { readErrorReason, type CliIo } from './io';
import { loadDocument } from './load';
import { EXIT_BAD_INPUT } from './validate-outcome';

/**
 * Lays out the whole document and writes it to `output`, or to stdout when there is none. Findings
 * are not the business of this command: a document with errors is laid out all the same.
 * Exit status 0, or 2 when the file cannot be read or parsed or the output cannot be written.
 */
export async function layoutCommand(io: CliIo, file: string, output: string | undefined): Promise<number> {
  const loaded = loadDocument(io, file);
  if (!loaded.ok) {
    io.stderr(`vpc-canvas: ${escapeUnsafeText(loaded.message)}\n`);
    return EXIT_BAD_INPUT;
  }
  const { document: placed, routes, laidOut } = await layoutDocument(loaded.doc, { elk: createNodeElk(), sizes: grownLeafSizes(loaded.doc) });
  // The layout's routes are saved with the document (view data), as the editor saves them.
  const document = withSavedRoutes(placed, [...routes].map(([id, route]) => [id, route.points] as const));
  const text = serializeDocument(document);
  if (output === undefined || output === '-') {
    io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    return 0;
  }
  try {
    io.writeFile(output, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    io.stderr(`vpc-canvas: ${escapeUnsafeText(`${output}: cannot write: ${readErrorReason(error)}`)}\n`);
    return EXIT_BAD_INPUT;
  }
  io.stderr(`${escapeUnsafeText(`${loaded.label}: laid out ${laidOut.size} node${laidOut.size === 1 ? '' : 's'}; wrote ${output}`)}\n`);
  return 0;
}
