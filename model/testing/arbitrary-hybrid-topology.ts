import fc from 'fast-check';
import type { TopologyDocument } from '../document/types';
import { buildDocument, link, node, onPrem, subnet, vpc } from './build';

type Raw = Record<string, unknown>;

/**
 * Random hybrid topologies (tests only): two to five VPCs with a public and a private subnet each
 * (few distinct blocks, so that overlaps happen), VGWs, internet and NAT gateways, one to three
 * sites with customer gateways, up to two transit gateways, one DX gateway, and random peerings,
 * attachments, TGW peerings, VPNs (BGP or static), DX connections with VIFs and DX gateway
 * associations. Ids are `v0`, `v0-pub`, `dc0`, `tgw0`, `e3`…; names equal ids.
 */
export const arbitraryHybridTopology: fc.Arbitrary<TopologyDocument> = hybridTopology(fc.integer({ min: 0, max: 9 }));

/**
 * The same, with the kinds of the random connections drawn from `edgeKind` (0–1 peering, 2–3 TGW
 * attachment, 4 TGW peering, 5 VPN to a VGW, 6 VPN to a TGW, 7 DX connection with a VIF, 8–9 DX
 * gateway association, 10 DX connection with a transit VIF to the DX gateway): hub-heavy mixes
 * make the paths that several routes could take.
 */
export function hybridTopology(edgeKind: fc.Arbitrary<number>, { minSites = 1, minTransitGateways = 0 } = {}): fc.Arbitrary<TopologyDocument> {
  return fc
    .record({
      vpcs: fc.integer({ min: 2, max: 5 }),
      sites: fc.integer({ min: minSites, max: 3 }),
      tgws: fc.integer({ min: minTransitGateways, max: 2 }),
      cidrs: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
      vgws: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      igws: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      nats: fc.array(fc.constantFrom('none', 'public', 'private'), { minLength: 5, maxLength: 5 }),
      asns: fc.array(fc.constantFrom(65001, 65002, 65003), { minLength: 3, maxLength: 3 }),
      edges: fc.array(fc.tuple(edgeKind, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 14 }),
    })
    .map(({ vpcs, sites, tgws, cidrs, vgws, igws, nats, asns, edges }) => {
      const nodes: Raw[] = [node('net', 'internet'), node('dxgw', 'dx-gateway')];
      const vpcIds: string[] = [];
      const vgwIds: string[] = [];
      for (let i = 0; i < vpcs; i++) {
        // Few distinct blocks, so that overlaps happen.
        const block = `10.${cidrs[i]!}.0.0/16`;
        nodes.push(vpc(`v${i}`, [block]), subnet(`v${i}-pub`, `v${i}`, `10.${cidrs[i]!}.1.0/24`, { props: { public: true } }), subnet(`v${i}-app`, `v${i}`, `10.${cidrs[i]!}.2.0/24`));
        vpcIds.push(`v${i}`);
        if (vgws[i]) {
          nodes.push(node(`vgw${i}`, 'vpn-gateway', `v${i}`));
          vgwIds.push(`vgw${i}`);
        }
        if (igws[i]) nodes.push(node(`igw${i}`, 'internet-gateway', `v${i}`));
        if (nats[i] !== 'none') nodes.push(node(`nat${i}`, 'nat-gateway', nats[i] === 'public' ? `v${i}-pub` : `v${i}-app`));
      }
      const siteIds: string[] = [];
      for (let s = 0; s < sites; s++) {
        nodes.push(onPrem(`dc${s}`, [`10.${cidrs[5 + s]!}.0.0/16`]), node(`cgw${s}`, 'customer-gateway', `dc${s}`, { asn: asns[s] }));
        siteIds.push(`dc${s}`);
      }
      const tgwIds = Array.from({ length: tgws }, (_, t) => `tgw${t}`);
      for (const t of tgwIds) nodes.push(node(t, 'transit-gateway'));
      const links: Raw[] = [];
      const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
      edges.forEach(([kind, x, y, flag], e) => {
        const id = `e${e}`;
        const a = pick(vpcIds, x)!;
        const b = pick(vpcIds, y)!;
        switch (kind) {
          case 0:
          case 1:
            if (a !== b) links.push(link(id, 'vpc-peering', a, b));
            break;
          case 2:
          case 3: {
            const t = pick(tgwIds, y);
            if (t) links.push(link(id, 'tgw-attachment', t, a));
            break;
          }
          case 4: {
            const [t1, t2] = [pick(tgwIds, x), pick(tgwIds, y)];
            if (t1 && t2 && t1 !== t2) links.push(link(id, 'tgw-peering', t1, t2));
            break;
          }
          case 5:
          case 6: {
            // A VPN from a site to a VGW or a transit gateway.
            const site = pick(siteIds, x)!;
            const aws = kind === 5 ? pick(vgwIds, y) : pick(tgwIds, y);
            if (!aws) break;
            nodes.push(node(`${id}-vpn`, 'vpn-connection', undefined, { routing: flag ? 'bgp' : 'static' }));
            links.push(link(`${id}-c`, 'vpn-link', `cgw${site.slice(2)}`, `${id}-vpn`), link(`${id}-a`, 'vpn-link', `${id}-vpn`, aws));
            break;
          }
          case 7:
          case 10: {
            // A DX connection with a VIF to the DX gateway, a VGW, or the internet (10: a transit VIF to the DX gateway).
            const site = pick(siteIds, x)!;
            const v = kind === 10 ? 0 : y;
            const target = v % 3 === 0 ? 'dxgw' : v % 3 === 1 ? pick(vgwIds, v) : 'net';
            if (!target) break;
            nodes.push(node(`${id}-dx`, 'dx-connection'));
            links.push(link(`${id}-l`, 'dx-link', `cgw${site.slice(2)}`, `${id}-dx`));
            links.push(link(`${id}-v`, 'vif', `${id}-dx`, target, { type: target === 'net' ? 'public' : v % 2 ? 'private' : 'transit', siteLink: flag }));
            break;
          }
          case 8:
          case 9: {
            const target = y % 2 ? pick(vgwIds, y) : pick(tgwIds, y);
            if (target) links.push(link(id, 'dxgw-association', 'dxgw', target));
          }
        }
      });
      return buildDocument(nodes, links);
    });
}
