/**
 * A comparison that travels in a link: the review page's fragment carries the design under review
 * as a share link does (`v1.<checksum>.<payload>`, share-link.ts) and, after `&compare=`, the
 * design it is compared with, in the same encoding:
 *
 *     /review#v1.<checksum>.<payload>&compare=v1.<checksum>.<payload>
 *
 * The payload alphabet (`A–Z a–z 0–9 + - $`) has neither `&` nor `=`, so the two parts split
 * without ambiguity. The whole fragment keeps to SHARE_FRAGMENT_LIMIT, like a one-design link: what
 * chat apps and address bars cut short does not depend on how many designs the link carries.
 */
import { TopologyParseError } from '../document/parse-error';
import type { TopologyDocument } from '../document/types';
import { decodeShareFragment, encodeShareFragment, SHARE_FRAGMENT_LIMIT, type ShareEncodeResult } from './share-link';
import { groupDigits } from '../text/group-digits';

/** What separates the two designs in the fragment. */
export const COMPARE_SEPARATOR = '&compare=';

/**
 * The separator as a link may arrive: as written, or percent-encoded by a mail or chat app that
 * considered `&` and `=` unsafe (`%26compare%3D`).
 */
const SEPARATOR_PATTERN = /(?:&|%26)compare(?:=|%3D)/i;

/** A fragment's two parts: the design (a share link's fragment, or whatever the fragment is) and, when given, the compared one. */
export interface ComparisonFragmentParts {
  design: string;
  /** The compared design's fragment; undefined when the link carries no comparison. */
  compare?: string;
}

/** Splits a page's fragment (with or without `#`) at `&compare=`. A fragment without it is all design. */
export function splitComparisonFragment(hash: string): ComparisonFragmentParts {
  const text = hash.replace(/^#/, '');
  const match = SEPARATOR_PATTERN.exec(text);
  if (!match) return { design: text };
  return { design: text.slice(0, match.index), compare: text.slice(match.index + match[0].length) };
}

/**
 * The fragment of a link to the design `designFragment` (a share link's fragment, as the page
 * was opened with) compared with `other`; or, when both would not fit in one link, why, with the
 * size the link would have had.
 */
export function encodeComparisonFragment(designFragment: string, other: TopologyDocument): ShareEncodeResult {
  // Whitespace is what mail apps add when they wrap a long link: the link written is whole again.
  const design = splitComparisonFragment(designFragment).design.replace(/\s/g, '');
  const room = SHARE_FRAGMENT_LIMIT - design.length - COMPARE_SEPARATOR.length;
  const encoded = encodeShareFragment(other);
  if (!encoded.ok || encoded.fragment.length > room) {
    const size = design.length + COMPARE_SEPARATOR.length + (encoded.ok ? encoded.fragment.length : encoded.size);
    return {
      ok: false,
      size,
      reason:
        `This comparison is too large to share as a link: the two designs need ${groupDigits(size)} characters together, ` +
        `and links are kept under ${groupDigits(SHARE_FRAGMENT_LIMIT)} so that chat apps and address bars do not cut them short. ` +
        'Share both JSON files instead.',
    };
  }
  return { ok: true, fragment: `${design}${COMPARE_SEPARATOR}${encoded.fragment}` };
}

/** The compared design a link carries, or why it cannot be shown. */
export type ComparedFragment = { kind: 'document'; doc: TopologyDocument } | { kind: 'error'; message: string };

/**
 * Reads the compared design of a fragment split by `splitComparisonFragment`; undefined when the
 * link carries none. A damaged compared design does not keep the design under review from opening:
 * the page shows it with this message where the comparison would be.
 */
export function readComparedFragment(parts: ComparisonFragmentParts): ComparedFragment | undefined {
  if (parts.compare === undefined) return undefined;
  const cannot = (reason: string): ComparedFragment => ({ kind: 'error', message: `The design this link compares with cannot be opened: ${reason}.` });
  // Whitespace is what mail apps add when they wrap a long link; the share decoder drops it too.
  const length = (text: string) => text.replace(/\s/g, '').length;
  if (length(parts.design) + COMPARE_SEPARATOR.length + length(parts.compare) > SHARE_FRAGMENT_LIMIT) {
    return cannot('this link is damaged or incomplete (it is longer than any link VPC Canvas writes); ask for the link again, or for the JSON files');
  }
  try {
    return { kind: 'document', doc: decodeShareFragment(parts.compare) };
  } catch (error) {
    if (error instanceof TopologyParseError) return cannot(error.message);
    throw error;
  }
}
