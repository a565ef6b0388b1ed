import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../../../model';
import { buildDocument, link, vpc } from '../../../model/testing/build';
import { sampleOfSize } from '../../../model/layout/sample-networks';
import { cachedFindings, seedFindings, validate } from '../../../model/validate';
import { badgesFrom } from './badges';
import { elementCount, findingsNow, WORKER_THRESHOLD } from './findings-now';

/** VPCs peered in a chain, all with the same block (so that there are findings), `elements` nodes and connections in all. */
function chainOf(elements: number): TopologyDocument {
  const vpcs = Math.ceil((elements + 1) / 2);
  const nodes = Array.from({ length: vpcs }, (_, i) => vpc(`vpc-${i}`, ['10.0.0.0/16']));
  const connections = Array.from({ length: elements - vpcs }, (_, i) => link(`pcx-${i}`, 'vpc-peering', `vpc-${i}`, `vpc-${i + 1}`));
  return buildDocument(nodes, connections);
}

/** Every node moved, nothing else changed. */
const moved = (doc: TopologyDocument): TopologyDocument => ({ ...doc, nodes: doc.nodes.map((n, i) => ({ ...n, position: { x: i * 10, y: 0 } })) });

describe('findingsNow', () => {
  it('validates a document at the threshold here, and leaves one element more to the worker', () => {
    const at = chainOf(WORKER_THRESHOLD);
    expect(elementCount(at)).toBe(WORKER_THRESHOLD);
    const found = findingsNow(at);
    expect(found?.length).toBeGreaterThan(0);
    expect(found).toBe(cachedFindings(at));
    expect(found).toEqual(validate(structuredClone(at)));

    const above = chainOf(WORKER_THRESHOLD + 1);
    expect(elementCount(above)).toBe(WORKER_THRESHOLD + 1);
    expect(findingsNow(above)).toBeUndefined();
    // Nothing was validated on the way: the decision costs no validation.
    expect(cachedFindings(above)).toBeUndefined();
  });

  it('answers a large document at once when its findings are known: validated before, or seeded from the worker', () => {
    const doc = sampleOfSize(1_000);
    expect(elementCount(doc)).toBeGreaterThan(WORKER_THRESHOLD);
    expect(findingsNow(doc)).toBeUndefined();
    const fromWorker = validate(structuredClone(doc));
    seedFindings(doc, fromWorker);
    expect(findingsNow(doc)).toBe(fromWorker);
  });

  it("carries a large document's findings over a geometry-only change from the document shown before, and nothing else", () => {
    const doc = sampleOfSize(1_000);
    const findings = validate(doc);
    const next = moved(doc);
    expect(findingsNow(next, { doc, findings })).toBe(findings);

    const renamed = moved(doc);
    renamed.nodes[3] = { ...renamed.nodes[3]!, name: 'renamed' };
    expect(findingsNow(renamed, { doc, findings })).toBeUndefined();
    // Without a document before, a moved copy is not known either.
    expect(findingsNow(moved(doc))).toBeUndefined();
  });
});

describe('badgesFrom', () => {
  it("gives each subject its worst severity and its count, the same map for the same findings", () => {
    const findings = validate(chainOf(5));
    const badges = badgesFrom(findings);
    expect(badges.size).toBeGreaterThan(0);
    for (const [id, badge] of badges) {
      const about = findings.filter((f) => f.subjects.includes(id as never));
      expect(badge.count).toBe(about.length);
      expect(badge.severity).toBe(about[0]!.severity);
    }
    expect(badges.size).toBe(new Set(findings.flatMap((f) => f.subjects)).size);
    expect(badgesFrom(findings)).toBe(badges);
  });
});
