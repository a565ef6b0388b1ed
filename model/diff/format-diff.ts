/** A comparison as text for the terminal and as the JSON the command line prints. */
import type { DocumentDiff, ElementChange, RouteChange } from './diff-documents';

const show = (v: unknown) => (v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v));

/** True when nothing at all changed. */
export function isEmptyDiff(diff: DocumentDiff): boolean {
  const { nodes, connections, routes, reachability } = diff;
  return [nodes.added, nodes.removed, nodes.changed, connections.added, connections.removed, connections.changed, routes.added, routes.removed, routes.changed, reachability.gained, reachability.lost].every((l) => l.length === 0);
}

/** Lines a reviewer reads top to bottom: `+` added, `-` removed, `~` changed. */
export function formatDiffText(diff: DocumentDiff, escape: (text: string) => string = (t) => t): string {
  if (isEmptyDiff(diff)) return 'No differences.\n';
  const lines: string[] = [];
  const section = (title: string, body: string[]) => {
    if (body.length) lines.push(title, ...body, '');
  };
  const changed = (c: ElementChange) => [`  ~ ${escape(c.label)}`, ...c.changes.map((f) => `      ${f.field}: ${escape(show(f.before))} → ${escape(show(f.after))}`)];
  const route = (sign: string, r: RouteChange) =>
    `  ${sign} ${escape(r.table)} (${escape(r.owner)}): ${escape(r.destination)} → ${escape(show(r.after ?? r.before))}${r.before !== undefined && r.after !== undefined ? ` (was ${escape(r.before)})` : ''}`;
  section('Nodes', [...diff.nodes.added.map((n) => `  + ${escape(n.label)}`), ...diff.nodes.removed.map((n) => `  - ${escape(n.label)}`), ...diff.nodes.changed.flatMap(changed)]);
  section('Connections', [
    ...diff.connections.added.map((n) => `  + ${escape(n.label)}`),
    ...diff.connections.removed.map((n) => `  - ${escape(n.label)}`),
    ...diff.connections.changed.flatMap(changed),
  ]);
  section('Routes', [...diff.routes.added.map((r) => route('+', r)), ...diff.routes.removed.map((r) => route('-', r)), ...diff.routes.changed.map((r) => route('~', r))]);
  section('Reachability', [...diff.reachability.gained.map((p) => `  + ${escape(p.label)} now reachable`), ...diff.reachability.lost.map((p) => `  - ${escape(p.label)} no longer reachable`)]);
  return `${lines.join('\n').trimEnd()}\n`;
}
