'use client';
/** Loads the review page in the browser only: the diagram is in the URL fragment, which only the browser sees. */
import dynamic from 'next/dynamic';
import { loadInStages } from '../editor/load-in-stages';

const ReviewApp = dynamic(() => loadInStages(() => import('./review-app')), {
  ssr: false,
  loading: () => <div className="vc-loading">Loading the review…</div>,
});

export function ReviewLoader() {
  return <ReviewApp />;
}
