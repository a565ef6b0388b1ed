/**
 * `vpc-canvas diff BEFORE AFTER [--format text|json]`: what changed between two documents (a
 * design and an import of what was deployed, say). Exit status 0 the same, 1 different, 2 bad input.
 */
import { diffDocuments } from '../model/diff/diff-documents';
import { formatDiffText, isEmptyDiff } from '../model/diff/format-diff';
import { escapeUnsafeText } from '../model/text/escape';
import type { CliIo } from './io';
import { loadDocument } from './load';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK } from './validate-command';

export type DiffFormat = 'text' | 'json';

export function diffCommand(io: CliIo, beforeFile: string, afterFile: string, format: DiffFormat): number {
  const before = loadDocument(io, beforeFile);
  if (!before.ok) {
    io.stderr(`vpc-canvas: ${before.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const after = loadDocument(io, afterFile);
  if (!after.ok) {
    io.stderr(`vpc-canvas: ${after.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const diff = diffDocuments(before.doc, after.doc);
  io.stdout(format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffText(diff, escapeUnsafeText));
  return isEmptyDiff(diff) ? EXIT_OK : EXIT_FINDINGS;
}
