'use client';
/**
 * The comparison on the review page: the list of differences (the editor's, components/diagram/
 * compare/), whose added and changed elements frame themselves on the diagram above. Every part
 * of the list is open on paper.
 */
import { useReactFlow } from '@xyflow/react';
import { CompareList } from '../diagram/compare/compare-list';
import type { ComparisonStatus, ShownComparison } from './use-comparison';
import { usePrinting } from './use-printing';

/** On paper the list is not cut at 50 per section, within reason. */
const PRINTED_ITEMS = 500;

export function ReviewComparison({ comparison, status, onEnd }: { comparison: ShownComparison | null; status: ComparisonStatus; onEnd(): void }) {
  const flow = useReactFlow();
  const printing = usePrinting();
  if (!comparison && status.kind === 'idle') return null;
  const pick = (id: string) => {
    void flow.fitView({ nodes: [{ id }], padding: 0.35, maxZoom: 1.25, duration: 250 });
    document.getElementById('vc-review-diagram')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  return (
    <section className="vc-review-section vc-review-comparison" aria-labelledby="vc-review-compare" data-testid="review-comparison">
      <div className="vc-review-compare-head">
        <h2 id="vc-review-compare">{comparison ? `Compared with ${comparison.name}` : 'Comparison'}</h2>
        {comparison && (
          <button type="button" className="vc-button" onClick={onEnd}>
            End the comparison
          </button>
        )}
      </div>
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
