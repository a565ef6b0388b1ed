'use client';
/**
 * The review page: the diagram carried by the link's fragment (`/review#v1.…`), read-only, with
 * its findings, a reachability matrix and a summary; and the design it is compared with when the
 * link carries one (`…&compare=v1.…`). Nothing is sent anywhere: the fragment never
 * leaves the browser.
 */
import { useEffect, useMemo, useState } from 'react';
import { arrange } from '../../model/edit/arrange';
import { readComparedFragment, splitComparisonFragment } from '../../model/share/comparison-fragment';
import { readSharedFragment } from '../../model/share/shared-fragment';
import { ReviewPage } from './review-page';
import './review.css';

export default function ReviewApp() {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHashChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  // `#<design>&compare=<other>`: a link to a comparison carries the other design after the first.
  const parts = useMemo(() => splitComparisonFragment(hash), [hash]);
  const link = useMemo(() => readSharedFragment(parts.design), [parts]);
  const compared = useMemo(() => readComparedFragment(parts), [parts]);
  // A shared document without positions gets the quick arrangement; the review page never edits it.
  const doc = useMemo(() => (link.kind === 'document' ? arrange(link.doc) : undefined), [link]);
  if (doc) return <ReviewPage key={hash} doc={doc} fragment={parts.design} {...(compared ? { linked: compared } : {})} />;
  return (
    <main className="vc-review-empty">
      <h1>Design review</h1>
      <p role={link.kind === 'error' ? 'alert' : undefined}>
        {link.kind === 'error' ? link.message : 'This page shows a diagram shared from VPC Canvas, but the link carries none.'}
      </p>
      <p>
        Open the editor, then use <strong>Share</strong> and <strong>Open review page</strong> to review a design.
      </p>
      <a className="vc-button vc-button-primary" href="/">
        Open the editor
      </a>
    </main>
  );
}
