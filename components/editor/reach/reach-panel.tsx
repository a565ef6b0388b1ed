'use client';
/** "Can A reach B?" for two selected networks; the answer marks the path, or what blocks it, on the canvas. */
import { CONNECTION_KINDS, indexOf, RULE_CATALOGUE, type TopologyNode } from '../../../model';
import { displayName } from '../canvas/nodes/labels';
import { useDocument, useEditor, useEditorStore } from '../store/editor-context';
import type { ReachView } from '../store/editor-state';
import { showReach } from '../store/operations';
import { REACH_FROM_KINDS, REACH_TO_KINDS } from '../../../model/reach/reach';
import { routeHopText } from '../../../model/review/route-hop-text';
import type { RouteHop } from '../../../model/reach/types';
import { runReach } from './run-reach';

export function ReachPanel({ from, to }: { from: TopologyNode; to: TopologyNode }) {
  const store = useEditorStore();
  const doc = useDocument();
  const view = useEditor((s) => s.interaction.reach);
  // The answer for this pair, asked either way round.
  const shown = view && ((view.from === from.id && view.to === to.id) || (view.from === to.id && view.to === from.id)) ? view : null;
  const index = indexOf(doc);
  const ask = (a: TopologyNode, b: TopologyNode) => {
    const { view: next, highlight } = runReach(doc, a.id, b.id);
    showReach(store, next, highlight);
  };
  const swap = REACH_FROM_KINDS.has(to.kind) && REACH_TO_KINDS.has(from.kind);
  const nameOf = (id: string) => {
    const n = index.node(id);
    if (n) return displayName(n);
    const c = index.connection(id);
    // An unnamed line is called by its kind ("VPN link"), never by an internal id.
    return c ? c.name?.trim() || CONNECTION_KINDS[c.kind].label.replace(/\s*\(.*\)$/, '') : id;
  };
  return (
    <section className="vc-reach" aria-label="Reachability">
      <h3>Reachability</h3>
      <div className="vc-reach-actions">
        <button type="button" className="vc-button vc-button-primary" onClick={() => ask(from, to)}>
          Can {displayName(from)} reach {displayName(to)}?
        </button>
        {swap && (
          <button type="button" className="vc-button" onClick={() => ask(to, from)}>
            Reverse
          </button>
        )}
      </div>
      {shown && <ReachAnswer view={shown} nameOf={nameOf} />}
    </section>
  );
}

/** The route used at each explicitly routed hop: `private: 10.0.0.0/8 → hub`. */
function RoutesUsed({ routes }: { routes: readonly RouteHop[] }) {
  const index = indexOf(useDocument());
  return (
    <>
      <p className="vc-reach-routes-head">Routes used</p>
      <ol className="vc-reach-routes" aria-label="Routes used">
        {routes.map((hop, i) => (
          <li key={`${hop.table}:${hop.destination}:${i}`}>
            <code>{routeHopText(index, hop)}</code>
          </li>
        ))}
      </ol>
    </>
  );
}

function ReachAnswer({ view, nameOf }: { view: ReachView; nameOf: (id: string) => string }) {
  if (view.error) return <p className="vc-reach-result vc-reach-error">{view.error}</p>;
  if (view.reachable) {
    return (
      <div className="vc-reach-result vc-reach-yes" role="status">
        <strong>
          Yes: {nameOf(view.from)} reaches {nameOf(view.to)}.
        </strong>
        <ol className="vc-reach-path">
          {view.path.map((id, i) => (
            <li key={`${id}-${i}`}>{nameOf(id)}</li>
          ))}
        </ol>
        {view.routes && <RoutesUsed routes={view.routes} />}
      </div>
    );
  }
  return (
    <div className="vc-reach-result vc-reach-no" role="status">
      <strong>
        No: {nameOf(view.from)} cannot reach {nameOf(view.to)}.
      </strong>
      <ul>
        {view.blockedBy.map((b, i) => (
          <li key={i}>
            <code>{b.rule}</code> {b.message}{' '}
            {b.rule in RULE_CATALOGUE && (
              <a href={RULE_CATALOGUE[b.rule].docs} target="_blank" rel="noreferrer noopener">
                AWS docs
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
