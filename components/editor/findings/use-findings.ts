'use client';
/**
 * The findings of the document shown, for everything that shows them (the toolbar's chip, the
 * findings panel, the badges, the inspector, the review page). Small documents are validated at
 * once, as they always were; a large one is validated in a web worker, and until its findings
 * arrive the consumer shows those of the document it had before, marked pending.
 */
import { useEffect, useReducer, useRef } from 'react';
import type { Finding, TopologyDocument } from '../../../model';
import { seedFindings, validate } from '../../../model/validate';
import { badgesFrom, type Badge } from './badges';
import { validateInWorker } from './findings-client';
import { findingsNow, type KnownFindings } from './findings-now';

/** What a consumer shows. */
export interface FindingsView {
  /** The document's findings; while `pending`, those of the document shown before (or none). */
  findings: readonly Finding[];
  /** The worker is validating the document: `findings` are not its own. */
  pending: boolean;
}

const NO_FINDINGS: readonly Finding[] = [];

/** One question to the worker per document object, however many consumers ask. Resolves true once `validate(doc)` would answer at once. */
const asked = new WeakMap<TopologyDocument, Promise<boolean>>();

function askWorker(doc: TopologyDocument): Promise<boolean> {
  let answer = asked.get(doc);
  if (answer) return answer;
  answer = validateInWorker(doc).then(
    (findings) => {
      if (findings) seedFindings(doc, findings);
      // Superseded: a later ask (an undo back to this document) asks again.
      else asked.delete(doc);
      return findings !== undefined;
    },
    (error: unknown) => {
      // A broken worker must not leave the findings unknown: validate here, slow as it is.
      console.warn(`Validating on the page instead: ${error instanceof Error ? error.message : String(error)}`);
      validate(doc);
      return true;
    },
  );
  asked.set(doc, answer);
  return answer;
}

/** The findings of `doc` (none for `null`: a consumer that shows none, such as a diagram drawn without badges). */
export function useFindings(doc: TopologyDocument | null): FindingsView {
  const [, answered] = useReducer((n: number) => n + 1, 0);
  // The document this consumer last showed with its own findings: shown, marked pending, while the
  // worker validates the next, and the base that a geometry-only change carries findings from.
  const last = useRef<KnownFindings | undefined>(undefined);
  const now = doc ? findingsNow(doc, last.current) : undefined;
  useEffect(() => {
    if (doc && now) last.current = { doc, findings: now };
  }, [doc, now]);
  useEffect(() => {
    if (!doc || now) return;
    let current = true;
    void askWorker(doc).then((known) => {
      if (current && known) answered();
    });
    return () => {
      current = false;
    };
  }, [doc, now]);
  if (!doc) return { findings: NO_FINDINGS, pending: false };
  return now ? { findings: now, pending: false } : { findings: last.current?.findings ?? NO_FINDINGS, pending: true };
}

/** Every element's badge for `doc` (none for `null`), from the same findings as `useFindings`. */
export function useBadges(doc: TopologyDocument | null): ReadonlyMap<string, Badge> {
  return badgesFrom(useFindings(doc).findings);
}
