/**
 * Budgets for `reach` on large documents: one pair on a 1,000-VPC document well under 10 ms once
 * the graph is built, and every ordered pair among 200 networks in a few seconds. Budgets are
 * generous (the test machines are shared); a quadratic search would miss them by far.
 */
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { reach, reachMatrix } from './reach';

type Raw = Record<string, unknown>;

/**
 * `vpcs` VPCs in hubs of 100 on transit gateways peered in a chain, every tenth VPC also peered
 * with its neighbour, one on-premises site per hub on a VPN, and every 50th VPC with a VGW that a
 * DX gateway joins: transitive hubs, non-transitive peerings and refusals all in one graph.
 */
function bigDocument(vpcs: number): TopologyDocument {
  const nodes: Raw[] = [node('net', 'internet'), node('dxgw', 'dx-gateway')];
  const links: Raw[] = [];
  const hubs = Math.ceil(vpcs / 100);
  for (let h = 0; h < hubs; h++) {
    nodes.push(node(`tgw${h}`, 'transit-gateway'));
    if (h > 0) links.push(link(`tp${h}`, 'tgw-peering', `tgw${h - 1}`, `tgw${h}`));
    nodes.push(onPrem(`dc${h}`, [`172.${16 + (h % 16)}.${h}.0/24`]), node(`cgw${h}`, 'customer-gateway', `dc${h}`, { asn: 65000 + h }), node(`vpn${h}`, 'vpn-connection'));
    links.push(link(`vl${h}a`, 'vpn-link', `cgw${h}`, `vpn${h}`), link(`vl${h}b`, 'vpn-link', `vpn${h}`, `tgw${h}`));
  }
  for (let i = 0; i < vpcs; i++) {
    const second = i % 256;
    const first = 10 + Math.floor(i / 256);
    nodes.push(vpc(`v${i}`, [`${first}.${second}.0.0/16`]), subnet(`v${i}-s`, `v${i}`, `${first}.${second}.1.0/24`));
    if (i % 50 === 0) {
      nodes.push(node(`vgw${i}`, 'vpn-gateway', `v${i}`));
      links.push(link(`as${i}`, 'dxgw-association', 'dxgw', `vgw${i}`));
    } else {
      links.push(link(`att${i}`, 'tgw-attachment', `tgw${Math.floor(i / 100)}`, `v${i}`));
    }
    if (i % 10 === 1) links.push(link(`pcx${i}`, 'vpc-peering', `v${i}`, `v${i + 1}`));
  }
  return buildDocument(nodes, links);
}

describe('reach performance', () => {
  it('answers one pair on a 1,000-VPC document in well under 10 ms once the graph is built', () => {
    const doc = bigDocument(1000);
    const buildStart = performance.now();
    expect(reach(doc, 'v1', 'v999').reachable).toBe(true);
    const buildMs = performance.now() - buildStart;
    // Fresh sources each time, so no cached search helps; reachable, refused and unjoined pairs mixed.
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < 100; i++) pairs.push([`v${(i * 37 + 3) % 1000}`, `v${(i * 53 + 500) % 1000}`]);
    pairs.push(['v0', 'v50'], ['v2', 'v901'], ['dc0', 'v100'], ['v150', 'dc9']);
    const start = performance.now();
    for (const [from, to] of pairs) reach(doc, from, to);
    const perPair = (performance.now() - start) / pairs.length;
    expect(reach(doc, 'v0', 'v50').blockedBy[0]!.rule).toBe('dxgw-not-transitive');
    expect(reach(doc, 'v2', 'v901').reachable).toBe(true);
    expect(perPair).toBeLessThan(10);
    expect(buildMs).toBeLessThan(2000);
  });

  it('answers every ordered pair among 200 networks', () => {
    const doc = bigDocument(1000);
    const ids = Array.from({ length: 190 }, (_, i) => `v${i * 5}`).concat(Array.from({ length: 10 }, (_, h) => `dc${h}`));
    const start = performance.now();
    const matrix = reachMatrix(doc, ids);
    const ms = performance.now() - start;
    expect(matrix).toHaveLength(200);
    expect(matrix.every((row) => row.length === 200)).toBe(true);
    expect(ms).toBeLessThan(20_000);
  });
});
