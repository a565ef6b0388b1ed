/**
 * Transit gateways and their attachments, VPC peerings, Site-to-Site VPN and Direct Connect. As in
 * the AWS importer, the customer side is not described by the source: each customer gateway gets
 * an on-premises site whose blocks are its VPNs' static routes, each Direct Connect connection a
 * site with no blocks yet, and the report says so.
 */
import { labelOf, type IacContext } from './iac-context';
import { isLive } from './build-networks';

export function buildTransitGateways(ctx: IacContext): void {
  for (const r of ctx.of('transit-gateway')) {
    const parent = ctx.region(r.region ?? ctx.options.region);
    ctx.addNode({
      id: r.id, kind: 'transit-gateway', name: labelOf(r), ...(parent ? { parent } : {}),
      props: { ...(r.fields.asn !== undefined ? { asn: r.fields.asn } : {}), ...(r.fields.multicast ? { multicast: true } : {}), ...ctx.provenance(r) },
    });
  }
  for (const r of ctx.of('tgw-vpc-attachment')) {
    const { transitGateway: tgw, vpc } = r.fields;
    if (ctx.kindOf(tgw) !== 'transit-gateway' || ctx.kindOf(vpc) !== 'vpc') {
      ctx.gap(r, `joins ${tgw ?? '(unknown)'} and ${vpc ?? '(unknown)'}, not both of which are in the input`);
      continue;
    }
    const subnets = (r.fields.subnets ?? []).filter((s) => ctx.nodes.get(s)?.parent === vpc);
    ctx.addConnection({
      id: r.id, kind: 'tgw-attachment', source: tgw, target: vpc, name: labelOf(r),
      props: { ...(subnets.length ? { subnets } : {}), ...(r.fields.applianceMode ? { applianceMode: true } : {}), ...ctx.provenance(r) },
    });
  }
  for (const r of ctx.of('tgw-peering')) {
    const { transitGateway: tgw, peer } = r.fields;
    if (!isLive(ctx, r, 'the transit gateway peering')) continue;
    if (ctx.kindOf(tgw) !== 'transit-gateway' || ctx.kindOf(peer) !== 'transit-gateway') {
      ctx.gap(r, `peers ${tgw ?? '(unknown)'} with ${peer ?? '(unknown)'}, not both of which are in the input`);
      continue;
    }
    ctx.addConnection({ id: r.id, kind: 'tgw-peering', source: tgw, target: peer, name: labelOf(r), props: ctx.provenance(r) });
  }
  // The accepter side names the same attachment; its route tables refer to it by the accepter's id.
  for (const r of ctx.of('tgw-peering-accepter')) {
    if (ctx.kindOf(r.fields.attachment) === 'tgw-peering') ctx.attachmentAlias.set(r.id, r.fields.attachment!);
    else ctx.gap(r, `accepts ${r.fields.attachment ?? '(unknown)'}, a peering attachment that is not in the input`);
  }
}

export function buildVpcPeerings(ctx: IacContext): void {
  for (const r of ctx.of('vpc-peering')) {
    if (!isLive(ctx, r, 'the peering connection')) continue;
    const { vpc, peer } = r.fields;
    if (ctx.kindOf(vpc) !== 'vpc' || ctx.kindOf(peer) !== 'vpc') {
      ctx.gap(r, `peers ${vpc ?? '(unknown)'} with ${peer ?? '(unknown)'}, not both of which are in the input`);
      continue;
    }
    ctx.addConnection({ id: r.id, kind: 'vpc-peering', source: vpc, target: peer, name: labelOf(r), props: ctx.provenance(r) });
  }
}

export function buildVpns(ctx: IacContext): void {
  const staticBlocks = new Map<string, Set<string>>();
  const vpnsCustomer = new Map(ctx.of('vpn-connection').map((v) => [v.id, v.fields.customerGateway]));
  for (const r of ctx.of('vpn-route')) {
    const cgw = vpnsCustomer.get(r.fields.vpnConnection ?? '');
    if (!cgw || !r.fields.cidr) {
      ctx.gap(r, `a static route of ${r.fields.vpnConnection ?? '(unknown)'}${r.fields.cidr ? '' : ' with an unknown block'}, not in the input: left out`);
      continue;
    }
    staticBlocks.set(cgw, (staticBlocks.get(cgw) ?? new Set()).add(r.fields.cidr));
  }
  for (const r of ctx.of('customer-gateway')) {
    const site = `site-${r.id}`;
    const cidrs = [...(staticBlocks.get(r.id) ?? [])].sort();
    if (cidrs.length === 0) ctx.report.gap(site, `the blocks behind ${r.originId} are not in the input (BGP-learned): fill them in`);
    ctx.addNode({ id: site, kind: 'on-premises', name: `Site of ${labelOf(r)}`, props: { cidrs } });
    ctx.addNode({
      id: r.id, kind: 'customer-gateway', name: labelOf(r), parent: site,
      props: { ...(r.fields.ip ? { ip: r.fields.ip } : {}), ...(r.fields.asn !== undefined ? { asn: r.fields.asn } : {}), ...ctx.provenance(r) },
    });
  }
  for (const r of ctx.of('vpn-connection')) {
    const parent = ctx.region(r.region ?? ctx.options.region);
    ctx.addNode({
      id: r.id, kind: 'vpn-connection', name: labelOf(r), ...(parent ? { parent } : {}),
      props: { tunnels: 2, routing: r.fields.staticRoutesOnly ? 'static' : 'bgp', ...(r.fields.accelerated ? { accelerated: true } : {}), ...ctx.provenance(r) },
    });
    const cgw = r.fields.customerGateway;
    if (ctx.kindOf(cgw) === 'customer-gateway') ctx.addConnection({ id: `${r.id}-customer`, kind: 'vpn-link', source: r.id, target: cgw });
    else ctx.gap(r, `its customer gateway ${cgw ?? '(unknown)'} is not in the input`);
    const awsSide = r.fields.transitGateway ?? r.fields.vpnGateway;
    if (!ctx.has(awsSide)) {
      ctx.gap(r, `its AWS side ${awsSide ?? '(unknown)'} is not in the input`);
      continue;
    }
    // On a transit gateway the link is the VPN attachment: its AWS id when known, so route tables can name it.
    const linkId = r.fields.transitGateway ? (r.fields.attachment ?? `${r.id}-attachment`) : `${r.id}-aws`;
    ctx.addConnection({ id: linkId, kind: 'vpn-link', source: r.id, target: awsSide });
    if (r.fields.transitGateway) ctx.attachmentAlias.set(r.id, linkId);
  }
}

export function buildDirectConnect(ctx: IacContext): void {
  for (const r of ctx.of('dx-gateway')) {
    ctx.addNode({ id: r.id, kind: 'dx-gateway', name: labelOf(r), props: { ...(r.fields.asn !== undefined ? { asn: r.fields.asn } : {}), ...ctx.provenance(r) } });
  }
  for (const r of ctx.of('dx-connection')) {
    const { location } = r.fields;
    const parent = ctx.region(r.region ?? ctx.options.region);
    ctx.addNode({
      id: r.id, kind: 'dx-connection', name: labelOf(r), ...(parent ? { parent } : {}),
      props: { ...(location ? { location } : {}), ...(r.fields.bandwidth ? { bandwidth: r.fields.bandwidth } : {}), ...ctx.provenance(r) },
    });
    const site = `site-dx-${location ?? r.id}`;
    if (!ctx.nodes.has(site)) {
      ctx.addNode({ id: site, kind: 'on-premises', name: `Site at ${location ?? labelOf(r)}`, props: { cidrs: [] } });
      ctx.report.gap(site, `stands for the network behind Direct Connect location ${location ?? '(unknown)'}: fill in its blocks`);
    }
    const router = `router-${r.id}`;
    ctx.addNode({ id: router, kind: 'customer-gateway', name: `Router on ${labelOf(r)}`, parent: site });
    ctx.addConnection({ id: `${r.id}-link`, kind: 'dx-link', source: r.id, target: router });
  }
  for (const r of ctx.of('virtual-interface')) {
    const type = r.fields.vifType ?? 'private';
    const end = type === 'public' ? 'internet' : (r.fields.dxGateway ?? r.fields.vpnGateway);
    if (type === 'public' && !ctx.nodes.has('internet')) ctx.addNode({ id: 'internet', kind: 'internet', name: 'Internet' });
    if (ctx.kindOf(r.fields.connection) !== 'dx-connection' || !ctx.has(end)) {
      ctx.gap(r, `joins ${r.fields.connection ?? '(unknown)'} and ${end ?? '(unknown)'}, not both of which are in the input`);
      continue;
    }
    ctx.addConnection({ id: r.id, kind: 'vif', source: r.fields.connection, target: end, name: labelOf(r), props: { type, ...ctx.provenance(r) } });
  }
  // A look-up of the association's transit gateway attachment gives its AWS id, which the connection takes (as the AWS importer's does).
  const attachmentIds = new Map<string, string>();
  for (const r of ctx.of('tgw-attachment-lookup')) if (r.fields.dxGateway) attachmentIds.set(`${r.fields.dxGateway}|${r.fields.transitGateway}`, r.id);
  for (const r of ctx.of('dx-gateway-association')) {
    const { dxGateway, gateway } = r.fields;
    const kind = ctx.kindOf(gateway);
    if (ctx.kindOf(dxGateway) !== 'dx-gateway' || (kind !== 'vpn-gateway' && kind !== 'transit-gateway')) {
      ctx.gap(r, `joins ${dxGateway ?? '(unknown)'} and ${gateway ?? '(unknown)'}, not both of which are in the input`);
      continue;
    }
    const allowed = r.fields.allowedPrefixes ?? [];
    const id = (kind === 'transit-gateway' ? attachmentIds.get(`${dxGateway}|${gateway}`) : undefined) ?? r.id;
    if (id !== r.id) ctx.attachmentAlias.set(r.id, id);
    ctx.addConnection({ id, kind: 'dxgw-association', source: dxGateway, target: gateway, props: { ...(allowed.length ? { allowedPrefixes: allowed } : {}), ...ctx.provenance(r) } });
  }
  // A lookup of the attachment a VPN or a Direct Connect gateway made on a transit gateway stands for that connection.
  for (const r of ctx.of('tgw-attachment-lookup')) {
    const { transitGateway: tgw, vpnConnection, dxGateway } = r.fields;
    const found = [...ctx.connections.values()].find((c) =>
      (vpnConnection !== undefined && c.kind === 'vpn-link' && c.source === vpnConnection && c.target === tgw) ||
      (dxGateway !== undefined && c.kind === 'dxgw-association' && c.source === dxGateway && c.target === tgw));
    if (found) ctx.attachmentAlias.set(r.id, found.id as string);
    else ctx.gap(r, `looks up the attachment of ${vpnConnection ?? dxGateway ?? '(unknown)'} on ${tgw ?? '(unknown)'}, which is not in the input`);
  }
}
