import type { Connection, TopologyNode } from '../document/types';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** A transit gateway associated with a DX gateway, with its ASN and region when known. */
interface Associated {
  association: Connection;
  tgw: TopologyNode<'transit-gateway'>;
  asn: number | undefined;
  region: string | undefined;
}

function associatedTgws(index: TopologyIndex, dxgw: TopologyNode): Associated[] {
  const result: Associated[] = [];
  for (const association of index.connectionsOf(dxgw.id)) {
    if (association.kind !== 'dxgw-association') continue;
    const tgw = index.otherEnd(association, dxgw.id);
    if (tgw?.kind !== 'transit-gateway' || result.some((a) => a.tgw === tgw)) continue;
    result.push({ association, tgw, asn: index.props(tgw).asn, region: index.regionOf(tgw) });
  }
  return result;
}

/**
 * Conflicts on one DX gateway: each transit gateway with the DX gateway's own ASN (AWS refuses the
 * association), and each later transit gateway sharing an ASN with an earlier one in another region.
 * An ASN or region that is not set yet never conflicts: the designer has not chosen it.
 */
function conflictsOn(index: TopologyIndex, dxgw: TopologyNode<'dx-gateway'>): Finding[] {
  const dxAsn = index.props(dxgw).asn;
  const members = associatedTgws(index, dxgw);
  const findings: Finding[] = [];
  for (const [i, member] of members.entries()) {
    if (member.asn === undefined) continue;
    if (member.asn === dxAsn) {
      findings.push(
        finding(
          'dx-asn-conflict',
          `${index.label(member.tgw)} and ${index.label(dxgw)} both use ASN ${member.asn}; AWS refuses to associate a transit gateway with a Direct Connect gateway of the same ASN, so give one of them another private ASN.`,
          [member.association.id, member.tgw.id, dxgw.id],
        ),
      );
      continue;
    }
    const earlier = members.slice(0, i).find((m) => m.asn === member.asn && m.region && member.region && m.region !== member.region);
    if (!earlier) continue;
    findings.push(
      finding(
        'dx-asn-conflict',
        `${index.label(member.tgw)} (${member.region}) and ${index.label(earlier.tgw)} (${earlier.region}) share ASN ${member.asn} on ${index.label(dxgw)}; ` +
          'transit gateways in different regions on one Direct Connect gateway need unique ASNs, or each ignores the routes the other advertises.',
        [member.association.id, member.tgw.id, earlier.tgw.id, dxgw.id, earlier.association.id],
      ),
    );
  }
  return findings;
}

/** `dx-asn-conflict`: a transit gateway with its DX gateway's ASN, or two in different regions on one DX gateway sharing one. */
export const dxAsnConflict = defineRule('dx-asn-conflict', {
  check: (index) => index.nodesOfKind('dx-gateway').flatMap((dxgw) => conflictsOn(index, dxgw)),
});
