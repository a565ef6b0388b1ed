/**
 * "Copy link to this comparison": the review page's link (`/review#<design>&compare=<other>`,
 * model/share/comparison-fragment.ts), which opens this review with the comparison shown.
 */
import type { TopologyDocument } from '../../model';
import { encodeComparisonFragment } from '../../model/share/comparison-fragment';
import { REVIEW_PATH } from '../editor/share/share-fragment';

/** The link, or why the two designs do not fit in one. */
export type ComparisonLink = { ok: true; url: string } | { ok: false; reason: string };

/** What copying produced: the link and whether the clipboard took it, or why there is none. */
export type ComparisonLinkOutcome = { ok: true; url: string; copied: boolean } | { ok: false; reason: string };

/** The link to the review of `designFragment` (as the page was opened with) compared with `other`. */
export function comparisonLink(designFragment: string, other: TopologyDocument): ComparisonLink {
  const encoded = encodeComparisonFragment(designFragment, other);
  if (!encoded.ok) return { ok: false, reason: encoded.reason };
  return { ok: true, url: `${window.location.origin}${REVIEW_PATH}#${encoded.fragment}` };
}

/** Puts the link on the clipboard; when the browser refuses, the page shows it to copy by hand. */
export async function copyComparisonLink(designFragment: string, other: TopologyDocument): Promise<ComparisonLinkOutcome> {
  const link = comparisonLink(designFragment, other);
  if (!link.ok) return link;
  try {
    await navigator.clipboard.writeText(link.url);
    return { ...link, copied: true };
  } catch {
    // No clipboard (an insecure origin, or the browser said no).
    return { ...link, copied: false };
  }
}
