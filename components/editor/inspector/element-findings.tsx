'use client';
import { RULE_CATALOGUE, type TopologyDocument } from '../../../model';
import { findingsAbout } from '../findings/badges';
import { useFindings } from '../findings/use-findings';
import { selectAndFrame } from '../store/operations';
import { useEditorStore } from '../store/editor-context';

/** The findings about the element being inspected (those of the document before, marked, while a large one is checked). */
export function ElementFindings({ doc, id }: { doc: TopologyDocument; id: string }) {
  const store = useEditorStore();
  const { findings: all, pending } = useFindings(doc);
  const findings = findingsAbout(all, id);
  if (pending && findings.length === 0) return <p className="vc-muted" role="status">Checking…</p>;
  if (findings.length === 0) return <p className="vc-muted vc-ok-line">No findings about this element.</p>;
  return (
    <section aria-label="Findings about this element" aria-busy={pending}>
      <h3>
        Findings ({findings.length}){pending && <span className="vc-findings-pending"> · checking…</span>}
      </h3>
      <ul className="vc-element-findings">
        {findings.map((f, i) => (
          <li key={i} className={`vc-sev-${f.severity}`}>
            <button type="button" className="vc-finding-text" onClick={() => selectAndFrame(store, f.subjects)}>
              <span className={`vc-sev-dot vc-sev-dot-${f.severity}`} aria-label={f.severity} />
              {f.message}
            </button>
            <a href={RULE_CATALOGUE[f.rule].docs} target="_blank" rel="noreferrer noopener" className="vc-rule-link">
              {f.rule}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
