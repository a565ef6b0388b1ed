'use client';
/**
 * The differences of a comparison as a list: a summary line, then what the shown document adds,
 * changes and lacks (nodes and connections), its route changes and the pairs of networks that
 * became reachable or unreachable. The editor's compare panel and the review page both show it.
 */
import type { DocumentDiff, ElementRef, RouteChange } from '../../../model/diff/diff-documents';
import './compare.css';
import { groupDigits } from '../../../model/text/group-digits';

export interface CompareListProps {
  /** The other document, as the reader knows it (`“Deployed”`, `4 files`). */
  name: string;
  diff: DocumentDiff;
  /** Frames an element of the shown document (added and changed ones; removed ones are only in the other). */
  onPick?(id: string): void;
  /** Open every section (paper); otherwise the reachability changes start closed. */
  expanded?: boolean;
  /** Items listed per section; the rest are counted. */
  limit?: number;
}

function Items({ refs, limit, onPick }: { refs: readonly ElementRef[]; limit: number; onPick?: ((id: string) => void) | undefined }) {
  return (
    <ul>
      {refs.slice(0, limit).map((r) => (
        <li key={r.id}>
          {onPick ? (
            <button type="button" className="vc-link-button" onClick={() => onPick(r.id)}>
              {r.label}
            </button>
          ) : (
            r.label
          )}
        </li>
      ))}
      <More total={refs.length} limit={limit} />
    </ul>
  );
}

function More({ total, limit }: { total: number; limit: number }) {
  return total > limit ? <li className="vc-muted">… and {groupDigits(total - limit)} more</li> : null;
}

function routeText(route: RouteChange, sign: 'added' | 'removed' | 'changed'): string {
  const where = `${route.table}: ${route.destination}`;
  if (sign === 'added') return `${where} → ${route.after ?? '?'} (added)`;
  if (sign === 'removed') return `${where} → ${route.before ?? '?'} (only in the other)`;
  return `${where} → ${route.after ?? '?'} (was ${route.before ?? '?'})`;
}

/** The comparison in one line: how many elements are added, removed and changed, routes, and reachability gained and lost. */
export function CompareSummary({ diff }: { diff: DocumentDiff }) {
  const added = diff.nodes.added.length + diff.connections.added.length;
  const removed = diff.nodes.removed.length + diff.connections.removed.length;
  const changed = diff.nodes.changed.length + diff.connections.changed.length;
  const routes = diff.routes.added.length + diff.routes.changed.length + diff.routes.removed.length;
  const { gained, lost } = diff.reachability;
  return (
    <p className="vc-compare-summary" data-testid="compare-summary">
      <span className="vc-compare-added">{added} added</span> · <span className="vc-compare-removed">{removed} removed</span> ·{' '}
      <span className="vc-compare-changed">{changed} changed</span> · {routes} route{routes === 1 ? '' : 's'} · reachability +{gained.length} / −{lost.length}
    </p>
  );
}

export function CompareList({ name, diff, onPick, expanded = false, limit = 50 }: CompareListProps) {
  const added = [...diff.nodes.added, ...diff.connections.added];
  const removed = [...diff.nodes.removed, ...diff.connections.removed];
  const changed = [...diff.nodes.changed, ...diff.connections.changed];
  const routes = [
    ...diff.routes.added.map((r) => routeText(r, 'added')),
    ...diff.routes.changed.map((r) => routeText(r, 'changed')),
    ...diff.routes.removed.map((r) => routeText(r, 'removed')),
  ];
  const { gained, lost } = diff.reachability;
  const reach = [...gained.map((p) => ({ p, sign: 'reachable now' })), ...lost.map((p) => ({ p, sign: 'no longer reachable' }))];
  return (
    <div className="vc-compare-list">
      <CompareSummary diff={diff} />
      {added.length + removed.length + changed.length + routes.length + reach.length === 0 && <p className="vc-muted">No differences.</p>}
      {added.length > 0 && (
        <details open>
          <summary>Added here</summary>
          <Items refs={added} limit={limit} onPick={onPick} />
        </details>
      )}
      {changed.length > 0 && (
        <details open>
          <summary>Changed</summary>
          <Items refs={changed.map((c) => ({ id: c.after, kind: c.kind, label: `${c.label}: ${c.changes.map((f) => f.field).join(', ')}` }))} limit={limit} onPick={onPick} />
        </details>
      )}
      {removed.length > 0 && (
        <details open>
          <summary>Only in {name} (drawn as ghosts)</summary>
          <Items refs={removed} limit={limit} />
        </details>
      )}
      {routes.length > 0 && (
        <details open={expanded || undefined}>
          <summary>Routes</summary>
          <ul>
            {routes.slice(0, limit).map((text, i) => (
              <li key={i}>{text}</li>
            ))}
            <More total={routes.length} limit={limit} />
          </ul>
        </details>
      )}
      {reach.length > 0 && (
        <details open={expanded || undefined}>
          <summary>Reachability</summary>
          <ul>
            {reach.slice(0, limit).map(({ p, sign }) => (
              <li key={`${sign}:${p.from}:${p.to}`}>
                {p.label}: {sign}
              </li>
            ))}
            <More total={reach.length} limit={limit} />
          </ul>
        </details>
      )}
    </div>
  );
}
