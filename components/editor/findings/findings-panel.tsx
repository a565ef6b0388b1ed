'use client';
/**
 * Every finding, errors first, with its rule and the AWS page behind it. Clicking one selects
 * what it is about (its first subject) and frames everything it names. While a large document is
 * checked in the worker, the panel says so and dims the findings of the document before.
 */
import { memo, useMemo, useState } from 'react';
import { RULE_CATALOGUE, summarize, type Finding, type Severity, type TopologyDocument } from '../../../model';
import { useDocument, useEditor, useEditorStore } from '../store/editor-context';
import { selectAndFrame, setFindingsOpen } from '../store/operations';
import { MessageText } from '../text/name-text';
import { useFindings } from './use-findings';

const SHOWN_PER_GROUP = 300;
const TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const NOUN: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] };

const FindingRow = memo(function FindingRow({ finding, onPick, names }: { finding: Finding; onPick: (f: Finding) => void; names: (f: Finding) => string[] }) {
  return (
    <li className={`vc-finding vc-sev-${finding.severity}`}>
      <button type="button" className="vc-finding-main" onClick={() => onPick(finding)} title="Select and show what this is about">
        <span className={`vc-sev-dot vc-sev-dot-${finding.severity}`} aria-label={finding.severity} />
        <code className="vc-rule-id">{finding.rule}</code>
        <span className="vc-finding-message">
          <MessageText message={finding.message} names={names(finding)} />
        </span>
      </button>
      <a className="vc-rule-link" href={RULE_CATALOGUE[finding.rule].docs} target="_blank" rel="noreferrer noopener" title={RULE_CATALOGUE[finding.rule].summary}>
        AWS docs
      </a>
    </li>
  );
});

/** How a finding's subjects may be named in its message (their names, or ids), for isolating them there. */
function subjectNamesOf(doc: TopologyDocument): (f: Finding) => string[] {
  const byId = new Map<string, string>();
  for (const element of [...doc.nodes, ...doc.connections]) byId.set(element.id, element.name?.trim() || element.id);
  return (f) => f.subjects.flatMap((id) => byId.get(id) ?? []);
}

export function FindingsPanel() {
  const store = useEditorStore();
  const doc = useDocument();
  const open = useEditor((s) => s.chrome.findingsOpen);
  const { findings, pending } = useFindings(doc);
  const summary = summarize(findings);
  const [hidden, setHidden] = useState<ReadonlySet<Severity>>(new Set());
  const groups = useMemo(
    () => (['error', 'warning', 'info'] as const).map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) })),
    [findings],
  );
  const pick = useMemo(() => (f: Finding) => selectAndFrame(store, f.subjects), [store]);
  const names = useMemo(() => subjectNamesOf(doc), [doc]);
  const toggle = (severity: Severity) => {
    const next = new Set(hidden);
    if (next.has(severity)) next.delete(severity);
    else next.add(severity);
    setHidden(next);
  };
  return (
    <section className={`vc-findings${open ? '' : ' is-collapsed'}`} aria-label="Findings">
      <header className="vc-findings-head">
        <button type="button" className="vc-findings-title" aria-expanded={open} onClick={() => setFindingsOpen(store, !open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Findings
        </button>
        {groups.map(({ severity, items }) => (
          <button
            key={severity}
            type="button"
            className={`vc-filter vc-filter-${severity}${hidden.has(severity) ? ' is-off' : ''}`}
            aria-pressed={!hidden.has(severity)}
            onClick={() => toggle(severity)}
          >
            {items.length} {NOUN[severity][items.length === 1 ? 0 : 1]}
          </button>
        ))}
        {pending && (
          <span className="vc-findings-pending" role="status">
            Checking…
          </span>
        )}
      </header>
      {open && (
        <div className={`vc-findings-list${pending ? ' is-stale' : ''}`} aria-busy={pending}>
          {pending && findings.length === 0 && <p className="vc-findings-empty">Checking the design against every rule…</p>}
          {!pending && summary.errors + summary.warnings + summary.infos === 0 && (
            <p className="vc-findings-empty">
              <span className="vc-ok-line">No findings.</span> Every rule passes: AWS would accept this design as drawn.
            </p>
          )}
          {groups.map(({ severity, items }) =>
            items.length === 0 || hidden.has(severity) ? null : (
              <div key={severity} className="vc-findings-group">
                <h3>
                  {TITLES[severity]} ({items.length})
                </h3>
                <ul>
                  {items.slice(0, SHOWN_PER_GROUP).map((f, i) => (
                    <FindingRow key={`${f.rule}:${f.subjects.join(',')}:${i}`} finding={f} onPick={pick} names={names} />
                  ))}
                </ul>
                {items.length > SHOWN_PER_GROUP && <p className="vc-muted">and {items.length - SHOWN_PER_GROUP} more</p>}
              </div>
            ),
          )}
        </div>
      )}
    </section>
  );
}
