'use client';
/**
 * A route table's routes as a real table: the local routes first (read-only), then the static
 * routes (each with a remove button), then the propagated ones, greyed, saying where they came from.
 */
import type { ReactNode } from 'react';

/** One row as shown. */
export interface RouteRow {
  destination: string;
  /** What the target is called. */
  target: string;
  kind: 'local' | 'static' | 'propagated';
  /** For a propagated route: where it came from. */
  source?: string;
  /** The same at length, shown on hover when `source` is short. */
  sourceTitle?: string;
  /** For a static route whose target cannot carry traffic: why. */
  problem?: string;
  /** For a static route: removes it. */
  onRemove?(): void;
}

export function RouteRows({ caption, rows, empty, children }: { caption: string; rows: readonly RouteRow[]; empty: string; children?: ReactNode }) {
  return (
    <table className="vc-rt-routes">
      <caption className="vc-sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Destination</th>
          <th scope="col">Target</th>
          <th scope="col">
            <span className="vc-sr-only">Remove</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={3} className="vc-muted">
              {empty}
            </td>
          </tr>
        )}
        {rows.map((row, i) => (
          <tr key={`${row.kind}:${row.destination}:${i}`} className={`vc-rt-${row.kind}${row.problem ? ' vc-rt-bad' : ''}`} data-route={`${row.destination} ${row.kind}`}>
            <td className="vc-rt-dest">{row.destination}</td>
            <td className="vc-rt-target" title={row.problem ?? row.sourceTitle ?? row.source}>
              {row.target}
              {row.source && <span className="vc-rt-source">{row.source}</span>}
              {row.problem && <span className="vc-rt-problem">{row.problem}</span>}
            </td>
            <td className="vc-rt-action">
              {row.onRemove ? (
                <button type="button" className="vc-icon-button" aria-label={`Remove the route to ${row.destination}`} title={`Remove the route to ${row.destination}`} onClick={row.onRemove}>
                  ×
                </button>
              ) : row.kind === 'local' ? (
                <span className="vc-rt-tag" title="AWS adds the local route for every block of the VPC; it cannot be removed">
                  fixed
                </span>
              ) : (
                <span className="vc-rt-tag" title={row.sourceTitle ?? row.source}>
                  learned
                </span>
              )}
            </td>
          </tr>
        ))}
        {children}
      </tbody>
    </table>
  );
}
