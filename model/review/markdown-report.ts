/**
 * The review page's "download review": one Markdown document with the design's summary, its
 * findings by severity and the reachability matrix, readable as plain text and rendered by any
 * CommonMark/GFM viewer (GitHub, GitLab, editors). Every name and message comes from the user's
 * document, so each one is escaped: it shows as the text it is and can neither inject HTML nor
 * break a table or a list.
 */
import type { TopologyDocument } from '../document/types';
import { indexOf, type TopologyIndex } from '../graph/topology-index';
import { CONNECTION_KIND_LIST, CONNECTION_KINDS } from '../kinds/connection-kinds';
import { NODE_KINDS } from '../kinds/node-kinds';
import { isRuleId, ruleInfo, type Severity } from '../rules/catalogue';
import { summarize, type Finding } from '../rules/finding';
import type { MatrixNetwork, ReachabilityMatrix } from './reach-matrix';
import type { DesignSummary } from './summary';
import { escapeMarkdown, groupDigits } from './markdown-text';

export { escapeMarkdown } from './markdown-text';

/** What the report is made of: the page has computed each part already, for its own display. */
export interface ReviewReportInput {
  /** validate(doc): findings in their deterministic order. */
  findings: readonly Finding[];
  /** reachMatrix(doc). */
  matrix: ReachabilityMatrix;
  /** summarizeDesign(doc). */
  summary: DesignSummary;
  /**
   * The comparison the page shows, if any, as Markdown lines (model/diff/comparison-markdown.ts,
   * which sits above this folder): written after the summary, where the page shows it.
   */
  comparison?: readonly string[];
  /** When the report was made; left out, the report says nothing about time (and is reproducible). */
  generatedAt?: Date | string;
}

const SEVERITIES: ReadonlyArray<{ severity: Severity; heading: string; one: string; many: string }> = [
  { severity: 'error', heading: 'Errors', one: 'error', many: 'errors' },
  { severity: 'warning', heading: 'Warnings', one: 'warning', many: 'warnings' },
  { severity: 'info', heading: 'Information', one: 'note', many: 'notes' },
];

const count = (n: number, one: string, many: string) => `${groupDigits(n)} ${n === 1 ? one : many}`;

function percent(value: number | undefined): string {
  if (value === undefined) return '—';
  if (value > 0 && value < 0.1) return 'below 0.1 %';
  return `${value.toFixed(1)} %`;
}

/** How the report names a finding's subject: a node or connection by kind and name, else the bare id. */
function subjectName(index: TopologyIndex, id: string): string {
  const node = index.node(id);
  if (node) return index.label(node);
  const connection = index.connection(id);
  if (connection) return `${CONNECTION_KINDS[connection.kind].label} ${connection.name?.trim() || connection.id}`;
  return id;
}

/** A matrix header: `VPC prod`; the internet node by its name alone when that is just "Internet". */
function networkHeading(network: MatrixNetwork): string {
  const kindLabel = NODE_KINDS[network.kind].label;
  return network.name.toLowerCase() === kindLabel.toLowerCase() ? kindLabel : network.label;
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;

function summarySection(summary: DesignSummary, findings: readonly Finding[]): string[] {
  const totals = summarize(findings);
  const lines = [
    '## Summary',
    '',
    row(['', 'Count']),
    row(['---', '---:']),
    row(['VPCs', groupDigits(summary.vpcs)]),
    row(['Subnets', groupDigits(summary.subnets)]),
    row(['Transit gateways', groupDigits(summary.transitGateways)]),
    row(['On-premises networks', groupDigits(summary.onPremisesNetworks)]),
    row(['Connections', groupDigits(summary.connections)]),
    row([
      'Findings',
      `${count(totals.errors, 'error', 'errors')}, ${count(totals.warnings, 'warning', 'warnings')}, ${count(totals.infos, 'note', 'notes')}`,
    ]),
    '',
  ];
  const kinds = CONNECTION_KIND_LIST.filter((kind) => summary.connectionsByKind[kind] > 0);
  if (kinds.length > 0) {
    lines.push('### Connections by kind', '', row(['Kind', 'Count']), row(['---', '---:']));
    for (const kind of kinds) lines.push(row([CONNECTION_KINDS[kind].label, groupDigits(summary.connectionsByKind[kind])]));
    lines.push('');
  }
  lines.push('### IPv4 address space by region', '');
  if (summary.regions.length === 0) {
    lines.push('The design has no VPCs yet.', '');
    return lines;
  }
  lines.push(
    'Overlapping blocks are counted once. "In subnets" is the share of VPC space that subnets take within their own VPC.',
    '',
    row(['Region', 'VPCs', 'Subnets', 'VPC addresses', 'Subnet addresses', 'In subnets']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
  );
  for (const r of summary.regions) {
    lines.push(
      row([
        r.region === undefined ? `*${r.label}*` : escapeMarkdown(r.label),
        groupDigits(r.vpcs),
        groupDigits(r.subnets),
        groupDigits(r.vpcAddresses),
        groupDigits(r.subnetAddresses),
        percent(r.allocatedPercent),
      ]),
    );
  }
  if (summary.regions.length > 1) {
    const t = summary.total;
    lines.push(
      row([
        '**All regions**',
        groupDigits(summary.vpcs),
        groupDigits(summary.subnets),
        groupDigits(t.vpcAddresses),
        groupDigits(t.subnetAddresses),
        percent(t.allocatedPercent),
      ]),
    );
  }
  lines.push('');
  return lines;
}

/** How many of a finding's subjects the report names. */
const SUBJECTS_NAMED = 10;

function findingsSection(index: TopologyIndex, findings: readonly Finding[]): string[] {
  const lines = ['## Findings', ''];
  if (findings.length === 0) {
    lines.push('No findings: every rule passes.', '');
    return lines;
  }
  for (const { severity, heading } of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`### ${heading} (${groupDigits(group.length)})`, '');
    for (const f of group) {
      const docs = isRuleId(f.rule) ? ` · [AWS documentation](${ruleInfo(f.rule).docs})` : '';
      // A grouped finding may involve thousands of elements: name the first few, count the rest.
      const named = f.subjects.slice(0, SUBJECTS_NAMED).map((id) => escapeMarkdown(subjectName(index, id)));
      const more = f.subjects.length - named.length;
      const subjects = more > 0 ? `${named.join(', ')} and ${groupDigits(more)} more` : named.join(', ');
      lines.push(`- \`${f.rule}\`: ${escapeMarkdown(f.message)}`);
      // A continuation line of the same item: one paragraph when rendered, two short lines as plain text.
      lines.push(`  ${subjects ? `Involves: ${subjects}` : 'Involves the whole design'}${docs}`);
    }
    lines.push('');
  }
  return lines;
}

function reachabilitySection(matrix: ReachabilityMatrix): string[] {
  const lines = ['## Reachability', ''];
  if (matrix.rows.length === 0) {
    lines.push('The design has no VPCs or on-premises networks.', '');
    return lines;
  }
  lines.push(
    'Whether traffic can flow from each row to each column, assuming the route tables use every connection drawn. ' +
      '✓ reachable; ✗ blocked, with the rules that block it; — the same network.',
    '',
    row(['From ↓ To →', ...matrix.columns.map((c) => escapeMarkdown(networkHeading(c)))]),
    row(['---', ...matrix.columns.map(() => ':---:')]),
  );
  const blocked: string[] = [];
  matrix.rows.forEach((from, i) => {
    const cells = matrix.columns.map((to, j) => {
      const cell = matrix.cells[i]?.[j];
      if (!cell) return '—';
      if (cell.reachable) return '✓';
      for (const b of cell.blockedBy) {
        blocked.push(`- ${escapeMarkdown(networkHeading(from))} → ${escapeMarkdown(networkHeading(to))}: \`${b.rule}\`: ${escapeMarkdown(b.message)}`);
      }
      const rules = cell.blockedBy.map((b) => `\`${b.rule}\``).join(', ');
      return rules ? `✗ ${rules}` : '✗';
    });
    lines.push(row([`**${escapeMarkdown(networkHeading(from))}**`, ...cells]));
  });
  lines.push('');
  // concat, not push(...blocked): a large matrix blocks more pairs than a call takes arguments.
  return blocked.length > 0 ? lines.concat('### Why pairs are blocked', '', blocked, '') : lines;
}

/**
 * The review as a Markdown document: title, summary tables, the comparison when one is shown,
 * findings grouped by severity (rule id, message, subjects by name, link to the AWS page behind the
 * rule) and the reachability matrix.
 * The same input gives the same text, byte for byte.
 */
export function reviewMarkdown(doc: TopologyDocument, input: ReviewReportInput): string {
  const index = indexOf(doc);
  const title = input.summary.name ?? doc.name?.trim();
  const lines = [`# Design review: ${title ? escapeMarkdown(title) : 'untitled design'}`, ''];
  if (input.generatedAt !== undefined) {
    const when = input.generatedAt instanceof Date ? input.generatedAt.toISOString() : input.generatedAt;
    lines.push(`Generated ${escapeMarkdown(when)} by VPC Canvas.`, '');
  } else {
    lines.push('Generated by VPC Canvas.', '');
  }
  const all = lines.concat(
    summarySection(input.summary, input.findings),
    input.comparison ?? [],
    findingsSection(index, input.findings),
    reachabilitySection(input.matrix),
  );
  return `${all.join('\n').trimEnd()}\n`;
}
