import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from './document/types';
import { RULES } from './all-rules';
import { sampleOfSize } from './layout/sample-networks';
import { cachedFindings, carryFindings, seedFindings, validate } from './validate';

/** Every node moved and every container resized, nothing else changed. */
function moved(doc: TopologyDocument): TopologyDocument {
  return { ...doc, nodes: doc.nodes.map((n, i) => ({ ...n, position: { x: i * 10, y: i * 7 }, ...(i % 3 === 0 ? { size: { width: 300 + i, height: 200 } } : {}) })) };
}

/** A deep copy: a document object validate has never seen. */
const fresh = (doc: TopologyDocument): TopologyDocument => structuredClone(doc);

describe('carryFindings', () => {
  it('gives a document that differs only in geometry the findings worked out for the other', () => {
    const doc = sampleOfSize(60);
    const before = validate(doc);
    expect(before.length).toBeGreaterThan(0);
    const next = moved(doc);
    expect(carryFindings(doc, next)).toBe(true);
    expect(validate(next)).toBe(before);
    // The same findings as validating it from scratch.
    expect(validate(fresh(next))).toEqual(before);
  });

  it('carries nothing when a node changes more than its geometry, or the connections change', () => {
    const doc = sampleOfSize(60);
    validate(doc);
    const renamed = moved(doc);
    renamed.nodes[4] = { ...renamed.nodes[4]!, name: 'renamed' };
    expect(carryFindings(doc, renamed)).toBe(false);
    const rewired = { ...moved(doc), connections: doc.connections.slice(1) };
    expect(carryFindings(doc, rewired)).toBe(false);
    const fewer = { ...doc, nodes: doc.nodes.slice(1) };
    expect(carryFindings(doc, fewer)).toBe(false);
  });

  it('carries them over saved routes too (an auto-layout saves its lines), but not over a changed connection', () => {
    const doc = sampleOfSize(60);
    const before = validate(doc);
    const route = { points: [{ x: 0, y: 0 }, { x: 10, y: 0 }], sourceRect: { x: 0, y: 0, width: 1, height: 1 }, targetRect: { x: 9, y: 0, width: 1, height: 1 } };
    const routed = { ...moved(doc), connections: doc.connections.map((c) => ({ ...c, route })) };
    expect(carryFindings(doc, routed)).toBe(true);
    expect(validate(routed)).toBe(before);
    const renamed = { ...moved(doc), connections: doc.connections.map((c, i) => (i === 0 ? { ...c, route, name: 'renamed' } : c)) };
    expect(carryFindings(doc, renamed)).toBe(false);
  });

  it('carries nothing from a document not validated yet', () => {
    const doc = fresh(sampleOfSize(60));
    expect(carryFindings(doc, moved(doc))).toBe(false);
  });
});

describe('seedFindings', () => {
  it("makes findings worked out on a copy (a worker's) validate's answer for the document, without validating it", () => {
    const doc = sampleOfSize(60);
    const elsewhere = validate(fresh(doc));
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(cachedFindings(doc)).toBeUndefined();
    seedFindings(doc, elsewhere);
    expect(cachedFindings(doc)).toBe(elsewhere);
    expect(validate(doc)).toBe(elsewhere);
    // Seeded findings carry over geometry-only changes like validated ones.
    const next = moved(doc);
    expect(carryFindings(doc, next)).toBe(true);
    expect(validate(next)).toBe(elsewhere);
  });

  it("keeps the findings of a document already validated, and seeds nothing for a lookalike object", () => {
    const doc = sampleOfSize(60);
    const own = validate(doc);
    seedFindings(doc, []);
    expect(validate(doc)).toBe(own);
    const other = fresh(doc);
    seedFindings(doc, own);
    expect(cachedFindings(other)).toBeUndefined();
  });

  it('answers only for the full rule list: validating with chosen rules ignores the seed', () => {
    const doc = sampleOfSize(60);
    seedFindings(doc, []);
    expect(validate(doc)).toEqual([]);
    expect(validate(doc, RULES).length).toBe(0);
    expect(validate(doc, [...RULES]).length).toBeGreaterThan(0);
  });
});
