'use client';
/**
 * "Compare with…" on the canvas: the other document's removed nodes as ghosts where they were
 * drawn, and a panel listing what was added, removed and changed (routes and reachability too).
 * The canvas marks added and changed elements itself (compare-overlay.ts). Lives inside <ReactFlow>.
 */
import { Panel, ViewportPortal } from '@xyflow/react';
import type { DocumentDiff, ElementRef } from '../../../model/diff/diff-documents';
import { useEditorStore } from '../store/editor-context';
import { selectAndFrame, setCompare } from '../store/operations';
import type { Ghost } from './compare-overlay';
import './compare.css';

function Ghosts({ ghosts }: { ghosts: readonly Ghost[] }) {
  return (
    <ViewportPortal>
      {ghosts.map((g) => (
        <div
          key={g.id}
          className="vc-ghost"
          data-ghost={g.id}
          style={{ transform: `translate(${g.x}px, ${g.y}px)`, width: g.width, height: g.height }}
          title={`Removed: ${g.kind} ${g.label}`}
        >
          <span>
            {g.kind} {g.label}
          </span>
        </div>
      ))}
    </ViewportPortal>
  );
}

function Items({ refs, onPick }: { refs: readonly ElementRef[]; onPick?: (id: string) => void }) {
  return (
    <ul>
      {refs.slice(0, 50).map((r) => (
        <li key={r.id}>{onPick ? <button type="button" className="vc-link-button" onClick={() => onPick(r.id)}>{r.label}</button> : r.label}</li>
      ))}
      {refs.length > 50 && <li className="vc-muted">… and {refs.length - 50} more</li>}
    </ul>
  );
}

export function CompareView({ name, diff, ghosts }: { name: string; diff: DocumentDiff; ghosts: readonly Ghost[] }) {
  const store = useEditorStore();
  const pick = (id: string) => selectAndFrame(store, [id]);
  const added = [...diff.nodes.added, ...diff.connections.added];
  const removed = [...diff.nodes.removed, ...diff.connections.removed];
  const changed = [...diff.nodes.changed, ...diff.connections.changed];
  const { gained, lost } = diff.reachability;
  const routes = diff.routes.added.length + diff.routes.removed.length + diff.routes.changed.length;
  return (
    <>
      <Ghosts ghosts={ghosts} />
      <Panel position="top-left" className="vc-compare-panel" data-testid="compare-panel" aria-label="Comparison">
        <div className="vc-compare-head">
          <strong>Compared with {name}</strong>
          <button type="button" className="vc-icon-button" aria-label="End the comparison" onClick={() => setCompare(store, null)}>
            ×
          </button>
        </div>
        <p className="vc-compare-summary" data-testid="compare-summary">
          <span className="vc-compare-added">{added.length} added</span> · <span className="vc-compare-removed">{removed.length} removed</span> ·{' '}
          <span className="vc-compare-changed">{changed.length} changed</span> · {routes} route{routes === 1 ? '' : 's'} · reachability +{gained.length} / −{lost.length}
        </p>
        {added.length > 0 && (
          <details open>
            <summary>Added here</summary>
            <Items refs={added} onPick={pick} />
          </details>
        )}
        {changed.length > 0 && (
          <details open>
            <summary>Changed</summary>
            <Items refs={changed.map((c) => ({ id: c.after, kind: c.kind, label: `${c.label}: ${c.changes.map((f) => f.field).join(', ')}` }))} onPick={pick} />
          </details>
        )}
        {removed.length > 0 && (
          <details open>
            <summary>Only in {name} (drawn as ghosts)</summary>
            <Items refs={removed} />
          </details>
        )}
        {gained.length + lost.length > 0 && (
          <details>
            <summary>Reachability</summary>
            <ul>
              {[...gained.map((p) => ({ p, sign: 'reachable now' })), ...lost.map((p) => ({ p, sign: 'no longer reachable' }))].slice(0, 50).map(({ p, sign }) => (
                <li key={`${sign}:${p.from}:${p.to}`}>
                  {p.label}: {sign}
                </li>
              ))}
            </ul>
          </details>
        )}
      </Panel>
    </>
  );
}
