/**
 * The contract of "Make routes explicit" (routing.md): whatever a document reached before, it
 * reaches after, pair by pair, and the result has no routing finding. Checked on generated hybrid
 * networks over every pair of VPCs, subnets and sites, and toward the internet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { reachMatrix } from '../reach/reach';
import type { ReachResult } from '../reach/types';
import { RULE_CATALOGUE } from '../rules/catalogue';
import type { Finding } from '../rules/finding';
import { arbitraryNetwork } from '../testing/arbitrary-network';
import { validate } from '../validate';
import { makeRoutesExplicit } from './make-explicit';

/** Every VPC, subnet and site as a source; the same and the internet as destinations. */
function ends(doc: TopologyDocument): { from: string[]; to: string[] } {
  const index = indexOf(doc);
  const from = [...index.nodesOfKind('vpc'), ...index.nodesOfKind('subnet'), ...index.nodesOfKind('on-premises')].map((n) => n.id);
  return { from, to: [...from, ...index.nodesOfKind('internet').map((n) => n.id)] };
}

const answer = (r: ReachResult) => (r.reachable ? `reachable by ${r.path.join(' ')}` : `blocked by ${r.blockedBy.map((b) => `${b.rule} (${b.message})`).join('; ')}`);

/** The pairs whose answer changed, each with both answers, for a failure that reads at once. */
function changedPairs(before: TopologyDocument, after: TopologyDocument): string[] {
  const { from, to } = ends(before);
  const a = reachMatrix(before, from, to);
  const b = reachMatrix(after, from, to);
  const changed: string[] = [];
  from.forEach((f, i) =>
    to.forEach((t, j) => {
      if (f === t) return;
      const x = a[i]![j]!;
      const y = b[i]![j]!;
      if (x.reachable !== y.reachable) changed.push(`${f} → ${t}: before, ${answer(x)}; after, ${answer(y)}`);
    }),
  );
  return changed;
}

const isRouting = (f: Finding) => RULE_CATALOGUE[f.rule].section === 'Routing';

/**
 * Routing findings of the result, but for flows that failed before already: a flow that had no
 * path keeps failing, now blocked by the route that is missing (`route-no-route`), which is the
 * same answer in the words of routing.
 */
function newRoutingFindings(before: TopologyDocument, after: TopologyDocument): string[] {
  const flows = new Set<string>(before.connections.filter((c) => c.kind === 'flow').map((c) => c.id));
  const failedBefore = new Set(validate(before).filter((f) => flows.has(f.subjects[0]!)).map((f) => f.subjects[0]));
  return validate(after)
    .filter((f) => isRouting(f) && !failedBefore.has(f.subjects[0]))
    .map((f) => `${f.rule}: ${f.message} [${f.subjects.join(', ')}]`);
}

describe('makeRoutesExplicit on generated networks', () => {
  it('reaches exactly the pairs the document reached, and adds no routing finding', () => {
    fc.assert(
      fc.property(arbitraryNetwork, (doc) => {
        const { document } = makeRoutesExplicit(doc);
        const explain = `document:\n${JSON.stringify(doc)}`;
        expect(changedPairs(doc, document), explain).toEqual([]);
        expect(newRoutingFindings(doc, document), explain).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('makes every VPC and transit gateway explicitly routed', () => {
    fc.assert(
      fc.property(arbitraryNetwork, (doc) => {
        const { document } = makeRoutesExplicit(doc);
        for (const n of document.nodes) {
          if (n.kind === 'vpc' || n.kind === 'transit-gateway') expect((n.props?.routeTables ?? []).length, n.id).toBeGreaterThan(0);
        }
        // A second pass finds nothing left to do.
        expect(makeRoutesExplicit(document).added).toEqual({ vpcTables: 0, tgwTables: 0, routes: 0 });
      }),
      { numRuns: 50 },
    );
  });
});
