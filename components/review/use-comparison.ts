'use client';
/**
 * The review page's "Compare with…": the other document read as the editor reads it (our JSON,
 * or AWS, Terraform or CloudFormation files imported in the worker), and its differences from
 * the design under review, computed with the editor's compare code. A link to a comparison opens
 * the page with it shown (or with why the linked design cannot be).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { TopologyDocument } from '../../model';
import { arrange } from '../../model/edit/arrange';
import { splitComparisonFragment, type ComparedFragment } from '../../model/share/comparison-fragment';
import { diffDocuments, type DocumentDiff } from '../../model/diff/diff-documents';
import type { Mark } from '../diagram/diagram-types';
import { compareMarks, ghostsOf, type Ghost } from '../diagram/compare/compare-overlay';
import { readComparison, type Comparison } from '../editor/compare/read-comparison';
import type { GivenFile } from '../editor/import/read-given-files';

/** What the page shows of a comparison: the list's data and the diagram's overlay. */
export interface ShownComparison extends Comparison {
  diff: DocumentDiff;
  marks: ReadonlyMap<string, Mark>;
  ghosts: readonly Ghost[];
}

/** Where reading the other document stands: a notice while it is read, or why it was refused. */
export type ComparisonStatus = { kind: 'idle' } | { kind: 'reading'; source: string } | { kind: 'refused'; title: string; message: string };

/** The comparison a link carries, named as the files' one would be. */
function linkedComparison(doc: TopologyDocument): Comparison {
  const name = doc.name?.trim();
  return { name: name ? `“${name}”` : 'the linked design', other: arrange(doc) };
}

/** Takes a linked comparison out of the address bar once it is ended or replaced, so that a reload does not bring it back. */
function forgetLinkedComparison(): void {
  const parts = splitComparisonFragment(window.location.hash);
  if (parts.compare !== undefined) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}#${parts.design}`);
}

/** `linked`: the compared design the page's link carries, if any. */
export function useComparison(doc: TopologyDocument, linked?: ComparedFragment) {
  const [comparison, setComparison] = useState<Comparison | null>(() => (linked?.kind === 'document' ? linkedComparison(linked.doc) : null));
  const [status, setStatus] = useState<ComparisonStatus>(() =>
    linked?.kind === 'error' ? { kind: 'refused', title: 'The comparison in this link is not shown', message: linked.message } : { kind: 'idle' },
  );
  // A later choice wins over a read still running.
  const latest = useRef(0);
  const compareWith = useCallback(async (given: readonly GivenFile[]) => {
    const ticket = ++latest.current;
    const read = await readComparison(given, (source) => setStatus({ kind: 'reading', source }));
    if (ticket !== latest.current || !read) return;
    if ('ok' in read) {
      setStatus({ kind: 'refused', title: read.title, message: read.message.replace('The current diagram was not changed.', 'The review was not changed.') });
      return;
    }
    setStatus({ kind: 'idle' });
    forgetLinkedComparison();
    setComparison(read);
  }, []);
  const end = useCallback(() => {
    latest.current++;
    forgetLinkedComparison();
    setComparison(null);
    setStatus({ kind: 'idle' });
  }, []);
  const shown = useMemo((): ShownComparison | null => {
    if (!comparison) return null;
    // The same direction as the editor: what the design under review adds, changes and lacks.
    const diff = diffDocuments(comparison.other, doc);
    return { ...comparison, diff, marks: compareMarks(diff), ghosts: ghostsOf(comparison.other, diff) };
  }, [comparison, doc]);
  return { comparison: shown, status, compareWith, end };
}
