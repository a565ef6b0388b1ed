'use client';
/**
 * The review page: the diagram carried by the link's fragment (`/review#v1.…`), read-only, with
 * its findings, a reachability matrix and a summary. Nothing is sent anywhere: the fragment never
 * leaves the browser.
 */
import { useEffect, useMemo, useState } from 'react';
import { arrange } from '../../model/edit/arrange';
import { readSharedFragment, type SharedFragment } from '../../model/share/shared-fragment';
import { ReviewPage } from './review-page';
import './review.css';

export default function ReviewApp() {
  const [link, setLink] = useState<SharedFragment>(() => readSharedFragment(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setLink(readSharedFragment(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  // A shared document without positions gets the quick arrangement; the review page never edits it.
  const doc = useMemo(() => (link.kind === 'document' ? arrange(link.doc) : undefined), [link]);
  if (doc) return <ReviewPage key={window.location.hash} doc={doc} fragment={window.location.hash.slice(1)} />;
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
