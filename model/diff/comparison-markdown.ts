/**
 * The comparison shown on the review page, as a section of the downloaded review
 * (`reviewMarkdown`'s `comparison`, model/review/markdown-report.ts): the same summary
 * line and the same lists as the page (what the design adds, changes and lacks, its route changes,
 * the pairs of networks that became reachable or unreachable), with each changed field's values
 * before and after, which the page only names. A Markdown file cannot carry the diagram's overlay;
 * the section links to the review page that draws it when the comparison fits in a link.
 */
import { escapeMarkdown, groupDigits } from '../review/markdown-text';
import type { DocumentDiff, ElementChange, ElementRef, RouteChange } from './diff-documents';

/** A comparison as the report writes it. */
export interface ReviewComparisonInput {
  /** The other document as the page names it (`“Deployed”`, `3 files`). */
  name: string;
  /** diffDocuments(other, design): what the design under review adds, changes and lacks. */
  diff: DocumentDiff;
  /** The review page's link to this comparison (model/share/comparison-fragment.ts), when it fits in one. */
  link?: string;
}

/** Items listed per part; the rest are counted, as on the page (which lists 50 on screen, 500 on paper). */
const LISTED = 500;

const show = (value: unknown) => (value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value));

function list(items: readonly string[]): string[] {
  const lines = items.slice(0, LISTED).map((item) => `- ${item}`);
  if (items.length > LISTED) lines.push(`- … and ${groupDigits(items.length - LISTED)} more`);
  return lines;
}

const refText = (ref: ElementRef) => escapeMarkdown(ref.label);

/** A changed field's path (`props.cidrs`) as code, as the findings write rule ids; escaped should a document's own key be odd. */
const fieldText = (field: string) => (/^[\w.[\]-]+$/.test(field) ? `\`${field}\`` : escapeMarkdown(field));

function changeText(change: ElementChange): string {
  const fields = change.changes.map((f) => `${fieldText(f.field)}: ${escapeMarkdown(show(f.before))} → ${escapeMarkdown(show(f.after))}`);
  return `${escapeMarkdown(change.label)}: ${fields.join('; ')}`;
}

function routeText(route: RouteChange, sign: 'added' | 'removed' | 'changed', other: string): string {
  const where = `${escapeMarkdown(route.table)}: ${escapeMarkdown(route.destination)}`;
  if (sign === 'added') return `${where} → ${escapeMarkdown(route.after ?? '?')} (added)`;
  if (sign === 'removed') return `${where} → ${escapeMarkdown(route.before ?? '?')} (only in ${other})`;
  return `${where} → ${escapeMarkdown(route.after ?? '?')} (was ${escapeMarkdown(route.before ?? '?')})`;
}

/** The comparison section's lines, from its `## ` heading to a blank line. */
export function comparisonSection(comparison: ReviewComparisonInput): string[] {
  const { diff } = comparison;
  const name = escapeMarkdown(comparison.name);
  const added = [...diff.nodes.added, ...diff.connections.added];
  const removed = [...diff.nodes.removed, ...diff.connections.removed];
  const changed = [...diff.nodes.changed, ...diff.connections.changed];
  const routes = [
    ...diff.routes.added.map((r) => routeText(r, 'added', name)),
    ...diff.routes.changed.map((r) => routeText(r, 'changed', name)),
    ...diff.routes.removed.map((r) => routeText(r, 'removed', name)),
  ];
  const { gained, lost } = diff.reachability;
  const reach = [...gained.map((p) => `${escapeMarkdown(p.label)}: reachable now`), ...lost.map((p) => `${escapeMarkdown(p.label)}: no longer reachable`)];
  const lines = [
    `## Compared with ${name}`,
    '',
    `${groupDigits(added.length)} added · ${groupDigits(removed.length)} removed · ${groupDigits(changed.length)} changed · ` +
      `${groupDigits(routes.length)} route${routes.length === 1 ? '' : 's'} · reachability +${groupDigits(gained.length)} / −${groupDigits(lost.length)}`,
    '',
  ];
  // The link is written between angle brackets, which a space or bracket in it would end early.
  if (comparison.link && /^[^\s<>]+$/.test(comparison.link)) {
    lines.push(
      `On the review page's diagram, what this design adds is outlined in green, what it changes in amber, and what only ${name} has is drawn dashed: ` +
        `[open this comparison in VPC Canvas](<${comparison.link}>).`,
      '',
    );
  }
  if (added.length + removed.length + changed.length + routes.length + reach.length === 0) {
    lines.push('No differences.', '');
    return lines;
  }
  const part = (heading: string, items: readonly string[]) => {
    if (items.length > 0) lines.push(`### ${heading} (${groupDigits(items.length)})`, '', ...list(items), '');
  };
  part('Added here', added.map(refText));
  part('Changed', changed.map(changeText));
  part(`Only in ${name}`, removed.map(refText));
  part('Routes', routes);
  part('Reachability', reach);
  return lines;
}
