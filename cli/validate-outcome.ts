/** One file of a `validate` run: read, parsed and validated, or the reason it could not be. */
import { summarize, type Finding, type FindingSummary } from '../model/rules/finding';
import { validate } from '../model/validate';
import type { CliIo } from './io';
import { loadDocument, type LoadedDocument, type LoadFailure } from './load';

/** Exit statuses of `validate` and `reach` (topology-format.md, "Command line"). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

/** A document validated: its findings in `validate`'s order (errors first) and their counts. */
export interface Validated extends LoadedDocument {
  findings: Finding[];
  summary: FindingSummary;
}

/** What became of one file. */
export type Outcome = Validated | LoadFailure;

/** Reads, parses and validates one file; never throws for a bad file or a failing rule. */
export function validateFile(io: CliIo, file: string): Outcome {
  const loaded = loadDocument(io, file);
  if (!loaded.ok) return loaded;
  let findings: Finding[];
  try {
    findings = validate(loaded.doc);
  } catch (error) {
    // A rule that throws is a bug in vpc-canvas, not in the file: say so, and keep going with the other files.
    if (io.env?.VPC_CANVAS_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, file, message: `${loaded.label}: internal error while validating (a bug in vpc-canvas): ${reason}` };
  }
  return { ...loaded, findings, summary: summarize(findings) };
}

/** The exit status one file calls for: 2 unreadable, 1 any error finding, else 0. */
export function exitStatusOf(outcome: Outcome): number {
  if (!outcome.ok) return EXIT_BAD_INPUT;
  return outcome.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
