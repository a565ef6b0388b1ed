/** `vpc-canvas validate FILE… [--format text|json|sarif] [--max-findings N]`. */
import type { CliIo } from './io';
import { jsonReporter } from './json-report';
import { BufferedOutput } from './output';
import { sarifReporter, type SarifTool } from './sarif';
import { styleFor } from './style';
import { failureLine, textReporter } from './text-report';
import { EXIT_OK, exitStatusOf, validateFile } from './validate-outcome';
import type { ValidateReporter } from './validate-reporter';

export { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK } from './validate-outcome';
export { summaryLine } from './text-report';

export type ValidateFormat = 'text' | 'json' | 'sarif';

/** How `validate` prints. */
export interface ValidateOptions {
  format: ValidateFormat;
  /** Findings printed per file in text output; 0 for all. JSON and SARIF always carry every one. */
  maxFindings: number;
  /** The tool as SARIF names it (read only for SARIF output). */
  tool: () => SarifTool;
}

function reporterFor(io: CliIo, out: BufferedOutput, fileCount: number, options: ValidateOptions): ValidateReporter {
  if (options.format === 'json') return jsonReporter(out, fileCount);
  if (options.format === 'sarif') return sarifReporter(out, options.tool(), io.cwd ?? process.cwd());
  return textReporter(out, styleFor(io), { fileCount, maxFindings: options.maxFindings });
}

/**
 * Validates the files one at a time, printing each file's part of the output before reading the
 * next, so that no more than one document is in memory. Returns the exit status: the highest of
 * the files' (0 no error findings, 1 errors, 2 a file could not be read or is not a document).
 */
export async function validateCommand(io: CliIo, files: readonly string[], options: ValidateOptions): Promise<number> {
  const out = new BufferedOutput((text) => io.stdout(text));
  const reporter = reporterFor(io, out, files.length, options);
  let status = EXIT_OK;
  for (const file of files) {
    const outcome = validateFile(io, file);
    status = Math.max(status, exitStatusOf(outcome));
    // Errors always reach stderr, whatever the format, so a person running a JSON pipeline still sees them.
    if (!outcome.ok) io.stderr(failureLine(outcome));
    reporter.file(outcome);
    out.flush();
    await io.drain?.();
  }
  reporter.end();
  out.flush();
  return status;
}
