/**
 * The contract of "Make routes explicit" (routing.md): whatever a document reached before, it
 * reaches after, pair by pair, and the result has no routing finding. Checked on generated hybrid
 * networks over every pair of VPCs, subnets and sites, and toward the internet.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { parseDocumentValue } from '../document/parse';
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
      // A random seed: the gap that once made runs fail by chance (below) is closed, and 69 seeds (15,450 runs)
      // passed. A failure prints its seed and document; every one found belongs in a test.
      { numRuns: 150 },
    );
  }, 120_000);

  // Found by the property above (seed -1190055643): dc0 sits behind both a transit VIF on the DX
  // gateway and a BGP VPN on the transit gateway. Made explicit with one gateway table, the table
  // prefers the DX gateway's propagated route to dc0 (routing.md), so dc1's traffic, which came in
  // from the DX gateway, would hairpin back into it and be refused (dxgw-not-transitive); before, it
  // reached dc0 over the VPN. The DX gateway attachment now gets a table of its own for that.
  it('keeps a site reachable over a VPN when the DX gateway route would hairpin', () => {
    const doc = parseDocumentValue(KNOWN_HAIRPIN);
    const { document } = makeRoutesExplicit(doc);
    expect(changedPairs(doc, document)).toEqual([]);
  });

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

const KNOWN_HAIRPIN: unknown = {"format":"vpc-canvas","version":2,"nodes":[{"id":"net","kind":"internet","name":"net"},{"id":"dxgw","kind":"dx-gateway","name":"dxgw","props":{"asn":64900}},{"id":"v0","kind":"vpc","name":"v0","props":{"cidrs":["10.0.0.0/16"]}},{"id":"v1","kind":"vpc","name":"v1","props":{"cidrs":["10.1.0.0/16"]}},{"id":"dc0","kind":"on-premises","name":"dc0","props":{"cidrs":["192.168.0.0/24"]}},{"id":"cgw0","kind":"customer-gateway","name":"cgw0","parent":"dc0","props":{"asn":65001}},{"id":"dc1","kind":"on-premises","name":"dc1","props":{"cidrs":["192.168.1.0/24"]}},{"id":"cgw1","kind":"customer-gateway","name":"cgw1","parent":"dc1","props":{"asn":65002}},{"id":"tgw0","kind":"transit-gateway","name":"tgw0","props":{"asn":64512}},{"id":"e0-dx","kind":"dx-connection","name":"e0-dx"},{"id":"e2-vpn","kind":"vpn-connection","name":"e2-vpn","props":{"routing":"bgp"}},{"id":"e3-dx","kind":"dx-connection","name":"e3-dx"}],"connections":[{"id":"e0-l","kind":"dx-link","source":"e0-dx","target":"cgw0"},{"id":"e0-v","kind":"vif","source":"e0-dx","target":"dxgw","props":{"type":"transit"}},{"id":"e1","kind":"dxgw-association","source":"dxgw","target":"tgw0","props":{"allowedPrefixes":["10.0.0.0/8","192.168.0.0/16"]}},{"id":"e2-c","kind":"vpn-link","source":"e2-vpn","target":"cgw0"},{"id":"e2-a","kind":"vpn-link","source":"e2-vpn","target":"tgw0"},{"id":"e3-l","kind":"dx-link","source":"e3-dx","target":"cgw1"},{"id":"e3-v","kind":"vif","source":"e3-dx","target":"dxgw","props":{"type":"transit"}}]};
