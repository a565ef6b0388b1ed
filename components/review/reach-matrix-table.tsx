'use client';
/**
 * The reachability matrix (model/review/reach-matrix.ts): can traffic flow from each row's network
 * to each column's. Hovering or focusing a cell says why: the path, or the rules that block it.
 */
import { useState } from 'react';
import type { MatrixGroup } from '../../model/review/matrix-groups';
import type { MatrixCell, MatrixNetwork, ReachabilityMatrix } from '../../model/review/reach-matrix';
import type { RouteHop } from '../../model/reach/types';
import { BlockedReasons } from './blocked-reasons';
import { groupDigits } from '../../model/text/group-digits';

interface Active {
  row: number;
  column: number;
  left: number;
  top: number;
}

const TIP_ID = 'vc-reach-tip';

/** How a cell reads to a screen reader. */
function describe(from: MatrixNetwork, to: MatrixNetwork, cell: MatrixCell): string {
  if (cell.reachable) return `${from.label} reaches ${to.label}`;
  const rules = [...new Set(cell.blockedBy.map((b) => b.rule))].join(', ');
  return `${from.label} cannot reach ${to.label}${rules ? `: blocked by ${rules}` : ''}`;
}

function Tip({ matrix, active, routeText }: { matrix: ReachabilityMatrix; active: Active; routeText?: (hop: RouteHop) => string }) {
  const from = matrix.rows[active.row]!;
  const to = matrix.columns[active.column]!;
  const cell = matrix.cells[active.row]?.[active.column];
  if (!cell) return null;
  return (
    <div id={TIP_ID} role="tooltip" className="vc-reach-tip" style={{ left: active.left, top: active.top }}>
      <p className="vc-reach-tip-head">
        {from.label} → {to.label}: <strong className={cell.reachable ? 'vc-tone-ok' : 'vc-tone-error'}>{cell.reachable ? 'reachable' : 'blocked'}</strong>
      </p>
      {cell.reachable && cell.routes && routeText ? (
        <>
          <p className="vc-muted">Routes used:</p>
          <ol className="vc-reach-tip-routes">
            {cell.routes.map((hop, i) => (
              <li key={`${hop.table}:${i}`}>
                <code>{routeText(hop)}</code>
              </li>
            ))}
          </ol>
        </>
      ) : cell.reachable ? (
        <p className="vc-muted">Through the connections drawn, assuming the route tables use them.</p>
      ) : cell.blockedBy.length === 0 ? (
        <p className="vc-muted">Nothing connects them.</p>
      ) : (
        <ul>
          {cell.blockedBy.map((blocker, i) => (
            <li key={`${blocker.rule}:${i}`}>
              <code>{blocker.rule}</code>: {blocker.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The groups a large design's matrix is shown in, and which one is open. */
export interface MatrixGroupChoice {
  list: readonly MatrixGroup[];
  shown: string;
  onShow(key: string): void;
}

function GroupPicker({ groups }: { groups: MatrixGroupChoice }) {
  const networks = groups.list.reduce((n, g) => n + g.ids.length, 0);
  return (
    <div className="vc-reach-groups">
      <p className="vc-review-note">
        The design has {groupDigits(networks)} networks, too many for one readable table: it is shown one group at a time.
      </p>
      <label>
        Networks{' '}
        <select value={groups.shown} onChange={(e) => groups.onShow(e.target.value)}>
          {groups.list.map((g) => (
            <option key={g.key} value={g.key}>
              {g.label} ({g.ids.length})
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function ReachMatrixTable({ matrix, groups, routeText }: { matrix: ReachabilityMatrix; groups?: MatrixGroupChoice; routeText?: (hop: RouteHop) => string }) {
  const [active, setActive] = useState<Active | null>(null);
  const open = (row: number, column: number, target: HTMLElement) => {
    const rect = target.getBoundingClientRect();
    setActive({ row, column, left: Math.min(rect.left, window.innerWidth - 420), top: rect.bottom + 6 });
  };
  return (
    <section className="vc-review-section" aria-labelledby="vc-review-reach">
      <h2 id="vc-review-reach">Reachability</h2>
      {groups && <GroupPicker groups={groups} />}
      {matrix.rows.length === 0 ? (
        <p className="vc-muted">The design has no VPCs or on-premises networks.</p>
      ) : (
        <>
          <p className="vc-review-note">
            Whether traffic can flow from each row to each column, assuming the route tables use every connection drawn. Hover over or focus a cell for the
            reason.
          </p>
          <ul className="vc-reach-legend" aria-label="Legend">
            <li>
              <span className="vc-reach-mark vc-reach-yes">✓</span> reachable
            </li>
            <li>
              <span className="vc-reach-mark vc-reach-no">✗</span> blocked, by the rule named on hover
            </li>
            <li>
              <span className="vc-reach-mark vc-reach-self">—</span> the same network
            </li>
          </ul>
          <div className="vc-table-scroll">
            <table className="vc-reach-matrix" aria-label="Reachability matrix">
              <thead>
                <tr>
                  <th scope="col" className="vc-reach-corner">
                    From ↓ To →
                  </th>
                  {matrix.columns.map((column) => (
                    <th key={column.id} scope="col" title={column.label}>
                      {column.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row, i) => (
                  <tr key={row.id}>
                    <th scope="row" title={row.label}>
                      {row.name}
                    </th>
                    {matrix.columns.map((column, j) => {
                      const cell = matrix.cells[i]?.[j];
                      if (!cell) {
                        return (
                          <td key={column.id} className="vc-reach-cell vc-reach-self" data-from={row.id} data-to={column.id} data-state="self">
                            <span aria-label="same network">—</span>
                          </td>
                        );
                      }
                      const isActive = active?.row === i && active.column === j;
                      return (
                        <td key={column.id} className={`vc-reach-cell ${cell.reachable ? 'vc-reach-yes' : 'vc-reach-no'}`} data-from={row.id} data-to={column.id} data-state={cell.reachable ? 'reachable' : 'blocked'}>
                          <button
                            type="button"
                            aria-label={describe(row, column, cell)}
                            aria-describedby={isActive ? TIP_ID : undefined}
                            onMouseEnter={(e) => open(i, j, e.currentTarget)}
                            onFocus={(e) => open(i, j, e.currentTarget)}
                            onMouseLeave={() => setActive(null)}
                            onBlur={() => setActive(null)}
                          >
                            {cell.reachable ? '✓' : '✗'}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {active && <Tip matrix={matrix} active={active} {...(routeText ? { routeText } : {})} />}
          <BlockedReasons matrix={matrix} />
        </>
      )}
    </section>
  );
}
