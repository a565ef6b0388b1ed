'use client';
import { RULE_CATALOGUE, type Finding } from '../../../model';
import { selectAndFrame } from '../store/operations';
import { useEditorStore } from '../store/editor-context';

/** The findings about the element being inspected. */
export function ElementFindings({ findings }: { findings: readonly Finding[] }) {
  const store = useEditorStore();
  if (findings.length === 0) return <p className="vc-muted vc-ok-line">No findings about this element.</p>;
  return (
    <section aria-label="Findings about this element">
      <h3>Findings ({findings.length})</h3>
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
