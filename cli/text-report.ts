/** `validate`'s text output: per file, one line per finding and its subjects, capped, then a summary. */
import { indexOf, type TopologyIndex } from '../model/graph/topology-index';
import { summarize, type FindingSummary } from '../model/rules/finding';
import { escapeUnsafeText } from '../model/text/escape';
import type { LoadFailure } from './load';
import { BufferedOutput } from './output';
import { plural, type Style } from './style';
import type { Outcome, Validated } from './validate-outcome';
import type { ValidateReporter } from './validate-reporter';

/**
 * Findings printed per file unless `--max-findings` says otherwise. Enough for any design a person
 * reads finding by finding; a file with more has a systematic problem, and JSON lists them all.
 */
export const DEFAULT_MAX_FINDINGS = 100;

/** Subjects listed under a finding: a grouped finding (a hub and its spokes) can name thousands. */
export const MAX_SUBJECTS_SHOWN = 20;

/** The summary line: "2 errors, 1 warning, 0 infos". */
export function summaryLine(summary: FindingSummary): string {
  return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}`;
}

/** "vpc-a (prod)": the id, and the name when it says something more; both safe to print. */
export function subjectLabel(index: TopologyIndex, id: string): string {
  const node = index.node(id);
  const name = node ? node.name : index.connection(id)?.name;
  return escapeUnsafeText(name && name !== id ? `${id} (${name})` : id);
}

/** "a, b, c … and 12 more": at most `max` items of a list, each shown by `show` (called for those only). */
export function cappedList<T>(items: readonly T[], max: number, show: (item: T) => string): string {
  const shown = items.length > max ? items.slice(0, max) : items;
  const text = shown.map(show).join(', ');
  return items.length > max ? `${text} … and ${items.length - max} more` : text;
}

/** One file's report; `maxFindings` 0 prints every finding. */
export function fileReport(outcome: Validated, style: Style, maxFindings: number): string {
  const lines = [style.bold(escapeUnsafeText(outcome.label))];
  const index = indexOf(outcome.doc);
  const shown = maxFindings > 0 && outcome.findings.length > maxFindings ? outcome.findings.slice(0, maxFindings) : outcome.findings;
  let ruleWidth = 0;
  for (const f of shown) ruleWidth = Math.max(ruleWidth, f.rule.length);
  const indent = ' '.repeat(2 + 7 + 2 + ruleWidth + 2);
  for (const f of shown) {
    lines.push(`  ${style.severity(f.severity, f.severity.padEnd(7))}  ${f.rule.padEnd(ruleWidth)}  ${escapeUnsafeText(f.message)}`);
    if (f.subjects.length === 0) continue;
    lines.push(style.dim(`${indent}subjects: ${cappedList(f.subjects, MAX_SUBJECTS_SHOWN, (id) => subjectLabel(index, id))}`));
  }
  const hidden = outcome.findings.length - shown.length;
  if (hidden > 0) {
    // Findings come errors first, so what the cap hides is never more severe than what it shows.
    const rest = summarize(outcome.findings.slice(shown.length));
    lines.push(`  … and ${hidden} more (${summaryLine(rest)}); --format json lists them all, --max-findings 0 prints them all`);
  }
  if (outcome.findings.length === 0) lines.push(`  ${style.good('No findings.')}`);
  const line = summaryLine(outcome.summary);
  lines.push(`  ${outcome.summary.errors > 0 ? style.bad(line) : line}`);
  return `${lines.join('\n')}\n`;
}

/** Text output: each readable file's report as it is validated, and a total when there are several files. */
export function textReporter(
  out: BufferedOutput,
  style: Style,
  options: { fileCount: number; maxFindings: number },
): ValidateReporter {
  const total: FindingSummary = { errors: 0, warnings: 0, infos: 0 };
  let reports = 0;
  let failures = 0;
  return {
    file(outcome: Outcome) {
      if (!outcome.ok) {
        // Its message went to stderr; stdout carries reports only.
        failures++;
        return;
      }
      if (reports++ > 0) out.write('\n');
      out.write(fileReport(outcome, style, options.maxFindings));
      total.errors += outcome.summary.errors;
      total.warnings += outcome.summary.warnings;
      total.infos += outcome.summary.infos;
    },
    end() {
      if (options.fileCount > 1) {
        const unread = failures ? `; ${plural(failures, 'file')} could not be validated` : '';
        out.write(`\n${plural(options.fileCount, 'file')}: ${summaryLine(total)}${unread}\n`);
      }
    },
  };
}

/** The one line printed on stderr for a file that could not be validated. */
export function failureLine(failure: LoadFailure): string {
  return `${escapeUnsafeText(failure.message)}\n`;
}
