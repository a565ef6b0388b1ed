/**
 * Whether the findings of a document can be had at once, on the main thread, or must be worked
 * out by the validation worker: the decision behind `useFindings`, kept free of React so that it
 * can be tested.
 */
import type { Finding, TopologyDocument } from '../../../model';
import { cachedFindings, carryFindings, validate } from '../../../model/validate';

/**
 * Documents with more elements (nodes and connections) than this are validated in the worker.
 * Validation costs about 65 µs per element in Chromium here (380 ms for the 5,842 elements of a
 * 5,000-node sample), so 1,000 elements take about 65 ms: within the 100 ms that issue 11 allows
 * a task while importing, with room for the render that asks. Below it a worker's round trip
 * (starting it, cloning the document there and the findings back) would only delay the counts.
 */
export const WORKER_THRESHOLD = 1_000;

/** A document and its findings, as a consumer last showed them. */
export interface KnownFindings {
  doc: TopologyDocument;
  findings: readonly Finding[];
}

/** How many elements validation visits: what its cost grows with. */
export function elementCount(doc: TopologyDocument): number {
  return doc.nodes.length + doc.connections.length;
}

/**
 * The findings of `doc` if they can be had now: already known (validated, seeded from the worker,
 * carried over a geometry-only change from `last`, the document the caller showed before), or
 * cheap enough to validate here. `undefined`: ask the worker.
 */
export function findingsNow(doc: TopologyDocument, last?: KnownFindings): Finding[] | undefined {
  const known = cachedFindings(doc);
  if (known) return known;
  // A drag or a layout of a large diagram moves nodes only: no rule reads geometry.
  if (last && last.doc !== doc && carryFindings(last.doc, doc)) return cachedFindings(doc);
  return elementCount(doc) <= WORKER_THRESHOLD ? validate(doc) : undefined;
}
