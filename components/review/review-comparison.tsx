'use client';
/**
 * The comparison on the review page: the list of differences (the editor's, components/diagram/
 * compare/), whose added and changed elements frame themselves on the diagram above, and a link
 * that opens the review with this comparison. Every part of the list is open on paper.
 */
import { useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { CompareList } from '../diagram/compare/compare-list';
import { copyComparisonLink, type ComparisonLinkOutcome } from './comparison-link';
import type { ComparisonStatus, ShownComparison } from './use-comparison';
import { usePrinting } from './use-printing';

/** On paper the list is not cut at 50 per section, within reason. */
const PRINTED_ITEMS = 500;

/** What "Copy link to this comparison" did: the link copied, the link to copy by hand, or why there is none. */
function CopiedLink({ outcome }: { outcome: ComparisonLinkOutcome }) {
  if (!outcome.ok) {
    return (
      <p role="alert" className="vc-tone-error vc-review-compare-link">
        {outcome.reason}
      </p>
    );
  }
  return (
    <div className="vc-review-compare-link" role="status">
      <p>
        {outcome.copied
          ? 'Link copied: it opens this review with the comparison shown. Both designs travel in the link, never to a server.'
          : 'The browser did not allow copying: copy this link by hand. It opens this review with the comparison shown.'}
      </p>
      {!outcome.copied && (
        <input readOnly value={outcome.url} aria-label="Link to this comparison" onFocus={(event) => event.currentTarget.select()} />
      )}
    </div>
  );
}

/** `fragment`: the design's share fragment, as the page was opened with; the link adds the other design to it. */
export function ReviewComparison({
  comparison,
  status,
  fragment,
  onEnd,
}: {
  comparison: ShownComparison | null;
  status: ComparisonStatus;
  fragment: string;
  onEnd(): void;
}) {
  const flow = useReactFlow();
  const printing = usePrinting();
  // The outcome belongs to the comparison it was made for: another comparison hides it.
  const [copied, setCopied] = useState<{ of: ShownComparison['other']; outcome: ComparisonLinkOutcome } | null>(null);
  if (!comparison && status.kind === 'idle') return null;
  const pick = (id: string) => {
    void flow.fitView({ nodes: [{ id }], padding: 0.35, maxZoom: 1.25, duration: 250 });
    document.getElementById('vc-review-diagram')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const copy = async () => {
    if (!comparison) return;
    const other = comparison.other;
    setCopied({ of: other, outcome: await copyComparisonLink(fragment, other) });
  };
  return (
    <section className="vc-review-section vc-review-comparison" aria-labelledby="vc-review-compare" data-testid="review-comparison">
      <div className="vc-review-compare-head">
        <h2 id="vc-review-compare">{comparison ? `Compared with ${comparison.name}` : 'Comparison'}</h2>
        {comparison && (
          <div className="vc-review-compare-actions">
            <button type="button" className="vc-button" onClick={() => void copy()}>
              Copy link to this comparison
            </button>
            <button type="button" className="vc-button" onClick={onEnd}>
              End the comparison
            </button>
          </div>
        )}
      </div>
      {comparison && copied?.of === comparison.other && <CopiedLink outcome={copied.outcome} />}
      {status.kind === 'reading' && <p role="status">Reading {status.source}…</p>}
      {status.kind === 'refused' && (
        <p role="alert" className="vc-tone-error">
          <strong>{status.title}.</strong> {status.message}
        </p>
      )}
      {comparison && (
        <>
          <p className="vc-review-note">
            On the diagram, what this design adds is outlined in green, what it changes in amber, and what only {comparison.name} has is drawn dashed where it
            was there.
          </p>
          <CompareList name={comparison.name} diff={comparison.diff} onPick={pick} expanded={printing} limit={printing ? PRINTED_ITEMS : 50} />
        </>
      )}
    </section>
  );
}
