/** The import report as a person reads it: on the command line's stderr and in the editor's report dialog. */
import type { ImportReport } from './report';

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
