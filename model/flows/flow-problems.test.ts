/**
 * Flows checked together (`flowProblems`, grouped by the search that answers them) give exactly
 * the findings of flows checked one by one (`flowProblem`), on generated documents and on a
 * design with more sources than the graph keeps searches for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { flowNoPath, flowProblem, flowProblems } from './flow-no-path';

type Raw = Record<string, unknown>;

/** One flow at a time in document order, one direction after the other, on a fresh copy of the document (no search cached by the grouped run). */
function oneByOne(doc: TopologyDocument) {
  const index = indexOf(structuredClone(doc));
  return index.connectionsOfKind('flow').flatMap((flow) => flowProblem(index, flow) ?? []);
}

/**
 * 72 VPCs on two transit gateways (not peered), every seventh one public and peered with the next,
 * a data centre on a VPN to the first hub, an internet node, and flows from the data centre to every
 * VPC, VPC pairs across and within the hubs, subnets to the internet, in an interleaved order.
 */
function manySources(): TopologyDocument {
  const nodes: Raw[] = [node('net', 'internet'), node('tgw0', 'transit-gateway'), node('tgw1', 'transit-gateway')];
  const links: Raw[] = [];
  nodes.push(onPrem('dc', ['192.168.0.0/16']), node('cgw', 'customer-gateway', 'dc', { asn: 65001 }), node('vpn', 'vpn-connection'));
  links.push(link('vl-c', 'vpn-link', 'vpn', 'cgw'), link('vl-t', 'vpn-link', 'vpn', 'tgw0'));
  const count = 72;
  for (let i = 0; i < count; i++) {
    nodes.push(vpc(`v${i}`, [`10.${i}.0.0/16`]), subnet(`v${i}-s`, `v${i}`, `10.${i}.1.0/24`, { props: { public: i % 7 === 0 } }));
    if (i % 7 === 0) nodes.push(node(`igw${i}`, 'internet-gateway', `v${i}`));
    if (i % 7 === 0 && i + 1 < count) links.push(link(`pcx${i}`, 'vpc-peering', `v${i}`, `v${i + 1}`));
    links.push(link(`att${i}`, 'tgw-attachment', `tgw${i % 2}`, `v${i}`));
  }
  for (let i = 0; i < count; i++) {
    links.push(link(`f-dc-${i}`, 'flow', 'dc', `v${(i * 11) % count}`, { bidirectional: i % 3 === 0 }));
    links.push(link(`f-pair-${i}`, 'flow', `v${i}`, `v${(i * 17 + 5) % count}`, { bidirectional: i % 2 === 0 }));
    if (i % 4 === 0) links.push(link(`f-net-${i}`, 'flow', `v${i}-s`, 'net', { bidirectional: false }));
  }
  return buildDocument(nodes, links.filter((l) => l.source !== l.target));
}

describe('flowProblems', () => {
  it('gives the findings of flowProblem flow by flow on generated documents', () => {
    let withFindings = 0;
    fc.assert(
      fc.property(arbitraryDocument({ maxNodes: 30, maxConnections: 30, unknownFields: false }), (doc) => {
        const grouped = flowProblems(indexOf(doc));
        expect(grouped).toEqual(oneByOne(doc));
        if (grouped.length > 0) withFindings++;
      }),
      // A fixed seed: how many generated documents have failing flows varies run to run, and the count below must not flake.
      { numRuns: 150, seed: 20261205 },
    );
    // Documents whose flows fail are what the comparison is about; the generator must give some.
    expect(withFindings).toBeGreaterThan(10);
  });

  it('gives the findings of flowProblem flow by flow with more sources than the graph keeps searches for', () => {
    const doc = manySources();
    const grouped = flowNoPath.check(indexOf(doc));
    expect(grouped).toEqual(oneByOne(doc));
    // The design has flows that hold and flows stopped for several reasons, so the comparison means something.
    expect(new Set(grouped.map((f) => f.rule)).size).toBeGreaterThan(1);
    expect(grouped.length).toBeLessThan(indexOf(doc).connectionsOfKind('flow').length);
  });
});
