'use client';
import { ReactFlowProvider } from '@xyflow/react';
import { useMemo, useRef, useState } from 'react';
import { indexOf, summarize, validate, type Finding, type TopologyDocument } from '../../model';
import { routeHopText } from '../../model/review/route-hop-text';
import type { RouteHop } from '../../model/reach/types';
import type { Mark } from '../diagram/diagram-types';
import { groupMatrixIds, matrixGroups } from '../../model/review/matrix-groups';
import { comparisonSection } from '../../model/diff/comparison-markdown';
import { reachMatrix } from '../../model/review/reach-matrix';
import { summarizeDesign } from '../../model/review/summary';
import type { ComparedFragment } from '../../model/share/comparison-fragment';
import { useFindings } from '../editor/findings/use-findings';
import { comparisonLink } from './comparison-link';
import { DesignSummaryView } from './design-summary';
import { downloadReview } from './download-review';
import { ReachMatrixTable } from './reach-matrix-table';
import { ReviewCanvas } from './review-canvas';
import { ReviewComparison } from './review-comparison';
import { ReviewFindings } from './review-findings';
import { RouteTablesReview } from './route-tables-review';
import { useComparison, type ShownComparison } from './use-comparison';
import { groupDigits } from '../../model/text/group-digits';

/** What "Compare with…" accepts: our JSON, AWS describe output, Terraform's JSON, CloudFormation templates. */
const COMPARE_ACCEPT = '.json,.yaml,.yml,.template,application/json';

/** The comparison as "Download review" writes it: the list, and the link that draws it when both designs fit in one. */
function comparisonReport(comparison: ShownComparison, fragment: string): string[] {
  const link = comparisonLink(fragment, comparison.other);
  return comparisonSection({ name: comparison.name, diff: comparison.diff, ...(link.ok ? { link: link.url } : {}) });
}

const count = (n: number, one: string, many: string) => `${groupDigits(n)} ${n === 1 ? one : many}`;

/**
 * The review of one design: computed once, each part from the model. `fragment`: the design's
 * share fragment; `linked`: the design the link compares it with, if it carries one.
 */
export function ReviewPage({ doc, fragment, linked }: { doc: TopologyDocument; fragment: string; linked?: ComparedFragment }) {
  // A large design is checked in the worker: the page opens first, and its findings follow.
  const { findings, pending } = useFindings(doc);
  const summary = useMemo(() => summarizeDesign(doc), [doc]);
  // Large designs: the matrix is shown one group of networks at a time, computed when opened.
  const groups = useMemo(() => matrixGroups(doc), [doc]);
  const [groupKey, setGroupKey] = useState<string | undefined>(undefined);
  const group = groups?.find((g) => g.key === groupKey) ?? groups?.[0];
  const matrix = useMemo(() => (group ? reachMatrix(doc, groupMatrixIds(doc, group)) : reachMatrix(doc)), [doc, group]);
  const totals = summarize(findings);
  const [shown, setShown] = useState<Finding | null>(null);
  const { comparison, status, compareWith, end } = useComparison(doc, linked);
  const compareInput = useRef<HTMLInputElement>(null);
  // A finding shown wins over the comparison's marks on the elements it names.
  const marks = useMemo(() => {
    const map = new Map<string, Mark>(comparison?.marks);
    for (const id of shown?.subjects ?? []) map.set(id, 'block');
    return map;
  }, [shown, comparison]);
  const title = summary.name ?? 'Untitled design';
  const routeText = useMemo(() => {
    const index = indexOf(doc);
    return (hop: RouteHop) => routeHopText(index, hop);
  }, [doc]);

  return (
    <ReactFlowProvider>
      <div className="vc-review">
        <header className="vc-review-head">
          <div className="vc-review-title">
            <p className="vc-review-kicker">VPC Canvas · design review (read-only)</p>
            <h1>{title}</h1>
            <p className="vc-review-totals" role="status">
              {pending ? (
                'Checking the design…'
              ) : (
                <>
                  <span className={totals.errors ? 'vc-tone-error' : ''}>{count(totals.errors, 'error', 'errors')}</span> ·{' '}
                  <span className={totals.warnings ? 'vc-tone-warning' : ''}>{count(totals.warnings, 'warning', 'warnings')}</span> · {count(totals.infos, 'note', 'notes')}
                </>
              )}
            </p>
          </div>
          <nav className="vc-review-actions" aria-label="Review actions">
            <button type="button" className="vc-button vc-button-primary" onClick={() => downloadReview(doc, { findings: validate(doc), matrix, summary, ...(comparison ? { comparison: comparisonReport(comparison, fragment) } : {}) })}>
              Download review
            </button>
            <button type="button" className="vc-button" onClick={() => compareInput.current?.click()}>
              Compare with…
            </button>
            <input
              ref={compareInput}
              type="file"
              accept={COMPARE_ACCEPT}
              multiple
              hidden
              data-testid="review-compare-file"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                if (files.length > 0) void compareWith(files.map((file) => ({ file })));
              }}
            />
            <button type="button" className="vc-button" onClick={() => window.print()}>
              Print
            </button>
            <a className="vc-button" href={`/#${fragment}`}>
              Open in editor
            </a>
          </nav>
        </header>
        <main className="vc-review-main">
          <DesignSummaryView summary={summary} />
          <section className="vc-review-section" aria-labelledby="vc-review-diagram">
            <h2 id="vc-review-diagram">Diagram</h2>
            <ReviewCanvas doc={doc} marks={marks} {...(comparison ? { ghosts: comparison.ghosts } : {})} />
          </section>
          <ReviewComparison comparison={comparison} status={status} fragment={fragment} onEnd={end} />
          <ReviewFindings doc={doc} findings={findings} pending={pending} shown={shown} onShow={setShown} />
          <ReachMatrixTable matrix={matrix} routeText={routeText} {...(groups && group ? { groups: { list: groups, shown: group.key, onShow: setGroupKey } } : {})} />
          <RouteTablesReview doc={doc} />
        </main>
      </div>
    </ReactFlowProvider>
  );
}
