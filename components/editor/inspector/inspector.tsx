'use client';
/** The right-hand panel: what is selected, editable. */
import { indexOf } from '../../../model';
import { displayName } from '../canvas/nodes/labels';
import { ReachPanel } from '../reach/reach-panel';
import { canAskReach } from '../reach/run-reach';
import { useDocument, useEditor } from '../store/editor-context';
import { ConnectionInspector } from './connection-inspector';
import { DocumentInspector } from './document-inspector';
import { NodeInspector } from './node-inspector';

export function Inspector() {
  const doc = useDocument();
  const selection = useEditor((s) => s.interaction.selection);
  const index = indexOf(doc);
  const nodes = [...selection.nodes].map((id) => index.node(id)).filter((n) => n !== undefined);
  const edges = [...selection.edges].map((id) => index.connection(id)).filter((c) => c !== undefined);
  let body;
  if (nodes.length === 1 && edges.length === 0) body = <NodeInspector node={nodes[0]!} />;
  else if (edges.length === 1 && nodes.length === 0) body = <ConnectionInspector connection={edges[0]!} />;
  else if (nodes.length + edges.length === 0) body = <DocumentInspector />;
  else {
    const [a, b] = nodes;
    const reachable = nodes.length === 2 && edges.length === 0 && (canAskReach(a, b) || canAskReach(b, a));
    const [from, to] = canAskReach(a, b) ? [a!, b!] : [b!, a!];
    body = (
      <div className="vc-inspector-body">
        <header className="vc-inspector-head">
          <div>
            <h2>{nodes.length + edges.length} selected</h2>
            <p className="vc-muted">{nodes.map((n) => displayName(n)).join(', ')}</p>
          </div>
        </header>
        {reachable ? <ReachPanel from={from} to={to} /> : <p className="vc-muted">Select two networks (VPC, subnet, instance, on-premises) to ask whether one reaches the other.</p>}
      </div>
    );
  }
  return (
    <aside className="vc-inspector" aria-label="Inspector">
      {body}
    </aside>
  );
}
