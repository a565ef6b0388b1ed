'use client';
/** Every finding, errors first, naming what it is about; "Show" frames and marks it on the diagram. */
import { useReactFlow } from '@xyflow/react';
import { CONNECTION_KINDS, indexOf, RULE_CATALOGUE, type Finding, type Severity, type TopologyDocument } from '../../model';
import { routingOf } from '../../model/graph/routing';
import { MessageText, NameText } from '../editor/text/name-text';
import { groupDigits } from '../../model/text/group-digits';

const GROUPS: ReadonlyArray<{ severity: Severity; title: string }> = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];

/** A finding's subjects by kind and name, as the Markdown report names them. */
/** How many of a finding's subjects are named; a grouped finding may involve thousands. */
const SUBJECTS_NAMED = 10;

function subjectNames(doc: TopologyDocument, finding: Finding): string[] {
  const index = indexOf(doc);
  return finding.subjects.slice(0, SUBJECTS_NAMED).map((id) => {
    const node = index.node(id);
    if (node) return index.label(node);
    const connection = index.connection(id);
    if (connection) return `${CONNECTION_KINDS[connection.kind].label} ${connection.name?.trim() || connection.id}`;
    // Route table ids (version 2) are named with their table's name, the id kept to find it in the file.
    const table = routingOf(index).tables.get(id)?.table;
    return table ? `route table ${table.name?.trim() ? `${table.name.trim()} (${id})` : id}` : id;
  });
}

/** The subjects, each isolated, the first few named and the rest counted. */
function Involves({ doc, finding }: { doc: TopologyDocument; finding: Finding }) {
  const names = subjectNames(doc, finding);
  if (names.length === 0) return <>the whole design</>;
  const more = finding.subjects.length - names.length;
  return (
    <>
      {names.map((name, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <NameText text={name} />
        </span>
      ))}
      {more > 0 && ` and ${groupDigits(more)} more`}
    </>
  );
}

/** How a finding's subjects may be named in its message (their names, or ids), for isolating them there. */
function namesIn(doc: TopologyDocument, finding: Finding): string[] {
  const index = indexOf(doc);
  return finding.subjects.flatMap((id) => {
    const element = index.node(id) ?? index.connection(id) ?? routingOf(index).tables.get(id)?.table;
    return element ? [element.name?.trim() || element.id] : [];
  });
}

/** The node ids a finding is about: its nodes, and the ends of its connections. */
export function nodesOf(doc: TopologyDocument, finding: Finding): string[] {
  const index = indexOf(doc);
  const ids = new Set<string>();
  for (const id of finding.subjects) {
    if (index.node(id)) ids.add(id);
    const connection = index.connection(id);
    if (connection) {
      ids.add(connection.source);
      ids.add(connection.target);
    }
  }
  return [...ids];
}

/** `pending`: the design is being checked (in the worker); `findings` are then not its own and are not listed. */
export function ReviewFindings({
  doc,
  findings,
  pending = false,
  shown,
  onShow,
}: {
  doc: TopologyDocument;
  findings: readonly Finding[];
  pending?: boolean;
  shown: Finding | null;
  onShow(finding: Finding | null): void;
}) {
  const flow = useReactFlow();
  const show = (finding: Finding) => {
    onShow(finding);
    const nodes = nodesOf(doc, finding);
    if (nodes.length) void flow.fitView({ nodes: nodes.map((id) => ({ id })), padding: 0.35, maxZoom: 1.25, duration: 250 });
    document.getElementById('vc-review-diagram')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  return (
    <section className="vc-review-section" aria-labelledby="vc-review-findings">
      <h2 id="vc-review-findings">Findings</h2>
      {pending && <p className="vc-muted">Checking the design against every rule…</p>}
      {!pending && findings.length === 0 && <p className="vc-ok-line">No findings: every rule passes. AWS would accept this design as drawn.</p>}
      {!pending && GROUPS.map(({ severity, title }) => {
        const items = findings.filter((f) => f.severity === severity);
        if (items.length === 0) return null;
        return (
          <div key={severity} className="vc-review-findings-group">
            <h3>
              {title} ({groupDigits(items.length)})
            </h3>
            <ul className="vc-review-findings">
              {items.map((finding, i) => (
                <li key={`${finding.rule}:${finding.subjects.join(',')}:${i}`} className={`vc-review-finding${shown === finding ? ' is-shown' : ''}`}>
                  <span className={`vc-sev-dot vc-sev-dot-${finding.severity}`} aria-label={finding.severity} />
                  <div className="vc-review-finding-text">
                    <p>
                      <code className="vc-rule-id">{finding.rule}</code> <MessageText message={finding.message} names={namesIn(doc, finding)} />
                    </p>
                    <p className="vc-muted">
                      Involves: <Involves doc={doc} finding={finding} />
                    </p>
                  </div>
                  <div className="vc-review-finding-links">
                    {finding.subjects.length > 0 && (
                      <button type="button" className="vc-link-button" onClick={() => (shown === finding ? onShow(null) : show(finding))}>
                        {shown === finding ? 'Hide' : 'Show'}
                      </button>
                    )}
                    <a className="vc-rule-link" href={RULE_CATALOGUE[finding.rule].docs} target="_blank" rel="noreferrer noopener" title={RULE_CATALOGUE[finding.rule].summary}>
                      AWS docs
                    </a>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
