/** `vpc-canvas validate FILE… [--format text|json|sarif]`. */
import { indexOf } from '../model/graph/topology-index';
import { publicFinding, summarize, type Finding, type FindingSummary } from '../model/rules/finding';
import { validate } from '../model/validate';
import type { CliIo } from './io';
import { loadDocument, type LoadedDocument, type LoadFailure } from './load';
import { toSarif, type SarifTool } from './sarif';
import { plural, styleFor, type Style } from './style';

/** Exit statuses of `validate` and `reach` (topology-format.md, "Command line"). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

export type ValidateFormat = 'text' | 'json' | 'sarif';

interface Validated extends LoadedDocument {
  findings: Finding[];
  summary: FindingSummary;
}

type Outcome = Validated | LoadFailure;

function validateFile(io: CliIo, file: string): Outcome {
  const loaded = loadDocument(io, file);
  if (!loaded.ok) return loaded;
  let findings: Finding[];
  try {
    findings = validate(loaded.doc);
  } catch (error) {
    // A rule that throws is a bug in vpc-canvas, not in the file: say so, and keep going with the other files.
    if (io.env?.VPC_CANVAS_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, file, message: `${file}: internal error while validating (a bug in vpc-canvas): ${reason}` };
  }
  return { ...loaded, findings, summary: summarize(findings) };
}

/** The summary line: "2 errors, 1 warning, 0 infos". */
export function summaryLine(summary: FindingSummary): string {
  return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}`;
}

function textReport(outcome: Validated, style: Style): string {
  const lines = [style.bold(outcome.file)];
  const index = indexOf(outcome.doc);
  const ruleWidth = Math.max(0, ...outcome.findings.map((f) => f.rule.length));
  const indent = ' '.repeat(2 + 7 + 2 + ruleWidth + 2);
  for (const f of outcome.findings) {
    lines.push(`  ${style.severity(f.severity, f.severity.padEnd(7))}  ${f.rule.padEnd(ruleWidth)}  ${f.message}`);
    const subjects = f.subjects.map((id) => {
      const node = index.node(id);
      const connection = node ? undefined : index.connection(id);
      const name = node?.name ?? connection?.name;
      return name && name !== id ? `${id} (${name})` : id;
    });
    if (subjects.length) lines.push(style.dim(`${indent}subjects: ${subjects.join(', ')}`));
  }
  if (outcome.findings.length === 0) lines.push(`  ${style.good('No findings.')}`);
  const line = summaryLine(outcome.summary);
  lines.push(`  ${outcome.summary.errors > 0 ? style.bad(line) : line}`);
  return `${lines.join('\n')}\n`;
}

/** Runs `validate` over the files and prints in the format asked for; returns the exit status. */
export function validateCommand(io: CliIo, files: readonly string[], format: ValidateFormat, tool: SarifTool): number {
  const outcomes = files.map((file) => validateFile(io, file));
  const status = Math.max(
    ...outcomes.map((o) => (!o.ok ? EXIT_BAD_INPUT : o.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK)),
  );
  const failures = outcomes.filter((o): o is LoadFailure => !o.ok);
  const validated = outcomes.filter((o): o is Validated => o.ok);
  // Errors always reach stderr, whatever the format, so a person running a JSON pipeline still sees them.
  for (const failure of failures) io.stderr(`${failure.message}\n`);

  if (format === 'json') {
    if (files.length === 1) {
      const only = validated[0];
      if (only) io.stdout(`${JSON.stringify({ findings: only.findings.map(publicFinding), summary: only.summary }, null, 2)}\n`);
    } else {
      const entries = outcomes.map((o) =>
        o.ok ? { file: o.file, findings: o.findings.map(publicFinding), summary: o.summary } : { file: o.file, error: o.message },
      );
      io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
    }
  } else if (format === 'sarif') {
    io.stdout(`${JSON.stringify(toSarif(tool, validated, failures, io.cwd ?? process.cwd()), null, 2)}\n`);
  } else {
    const style = styleFor(io);
    io.stdout(validated.map((o) => textReport(o, style)).join('\n'));
    if (files.length > 1) {
      const total = summarize(validated.flatMap((o) => o.findings));
      const unread = failures.length ? `; ${plural(failures.length, 'file')} could not be validated` : '';
      io.stdout(`\n${plural(files.length, 'file')}: ${summaryLine(total)}${unread}\n`);
    }
  }
  return status;
}
