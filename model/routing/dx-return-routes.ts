/**
 * Routes for traffic arriving at a transit gateway from a Direct Connect gateway toward a site
 * that sits behind that same DX gateway and is also reached another way (a VPN, another DX
 * gateway, a peered transit gateway).
 *
 * A DX gateway never passes traffic from one of its virtual interfaces back out to another
 * (routing.md, "Forwarding", rule 4: `dxgw-not-transitive`). Implicitly routed, a second site
 * behind the DX gateway still reaches such a site: through the transit gateway and the other way.
 * Made explicit, the gateway's one table prefers the DX gateway's propagated route to the site
 * (a DX gateway before a VPN, AWS's route evaluation order), so that traffic would be sent
 * straight back into the DX gateway and refused. A static route toward the other way fixes it,
 * since static routes win over propagated ones; but written in the shared table it would also
 * move every VPC's traffic to the site off Direct Connect onto the VPN, which is not what a
 * design with Direct Connect as its primary link wants. So the routes are written in a table of
 * the DX gateway's attachment alone (an attachment has exactly one associated table; a table
 * may serve any number), and every other attachment keeps using Direct Connect.
 */
import type { CidrBlock } from '../cidr/cidr';
import type { Connection, TopologyNode } from '../document/types';
import { propagationRank } from './tgw-route-choice';
import type { TgwAttachment, TransitFacts } from './transit-networks';

/** The static routes (destination, target attachment id) one DX gateway attachment needs in a table of its own. */
export interface DxReturnRoutes {
  attachment: Connection;
  routes: Array<[string, string]>;
}

const delivers = (a: TgwAttachment, block: CidrBlock) => a.behind.some((n) => n.blocks.some((b) => b.canonical === block.canonical));

/** True when `a` leads to sites by a way other than the DX gateway `dxgw` (a different attachment, never a peering). */
const otherWay = (a: TgwAttachment, dxgw: TopologyNode | undefined) => !a.peer && (a.dxGateway === undefined || a.dxGateway !== dxgw);

/**
 * Another way from this gateway to `block` than `from` (a DX gateway attachment): the best-ranked
 * other attachment that delivers it (first in attachment order among equals), else the peering
 * toward the nearest peered gateway that delivers it by a way other than the same DX gateway.
 */
function alternative(facts: TransitFacts, all: ReadonlyMap<TopologyNode, TransitFacts>, from: TgwAttachment, block: CidrBlock): string | undefined {
  let best: TgwAttachment | undefined;
  for (const a of facts.attachments) {
    if (a === from || !otherWay(a, from.dxGateway) || !delivers(a, block)) continue;
    if (!best || propagationRank(a.connection.kind) < propagationRank(best.connection.kind)) best = a;
  }
  if (best) return best.connection.id;
  // viaPeering lists the other gateways breadth first: the first that delivers the block is a nearest one.
  for (const [gateway, peering] of facts.viaPeering) {
    if (all.get(gateway)!.attachments.some((a) => otherWay(a, from.dxGateway) && delivers(a, block))) return peering.id;
  }
  return undefined;
}

/**
 * For each DX gateway attachment of the gateway whose traffic the shared table would send back
 * into the same DX gateway although another way exists: the static routes its own table needs.
 * `chosen(block)` is the attachment id the shared table routes exactly that site block to.
 */
export function dxReturnRoutes(facts: TransitFacts, all: ReadonlyMap<TopologyNode, TransitFacts>, chosen: (block: CidrBlock) => string | undefined): DxReturnRoutes[] {
  const result: DxReturnRoutes[] = [];
  for (const from of facts.attachments) {
    if (from.connection.kind !== 'dxgw-association') continue;
    const routes: Array<[string, string]> = [];
    for (const site of from.behind) {
      for (const block of site.blocks) {
        if (chosen(block) !== from.connection.id) continue;
        const target = alternative(facts, all, from, block);
        if (target) routes.push([block.canonical, target]);
      }
    }
    if (routes.length > 0) result.push({ attachment: from.connection, routes });
  }
  return result;
}
