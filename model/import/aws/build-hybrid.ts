/**
 * Site-to-Site VPN and Direct Connect. AWS describes the customer side only as a customer gateway
 * (VPN) or a location (Direct Connect), so each becomes an on-premises network holding a customer
 * gateway; the network's blocks are the VPN's static routes when it has any, and otherwise unknown
 * (the report says so: BGP-learned prefixes are not in the describe output).
 */
import { bool, integer, list, obj, provenance, str, stateOf } from './fields';
import { nameOf, type BuildContext } from './build-context';
import type { Attachment } from './build-transit';

type Raw = Record<string, unknown>;

export function buildVpns(ctx: BuildContext, attachments: Map<string, Attachment>): void {
  const { resources } = ctx.snapshot;
  const staticBlocks = new Map<string, Set<string>>();
  for (const [, at] of resources.VpnConnections) {
    const cgw = str(at.item, 'CustomerGatewayId');
    if (!cgw) continue;
    for (const route of list(at.item, 'Routes')) {
      const block = str(route, 'DestinationCidrBlock');
      if (block && (stateOf(route, 'State') ?? 'available') === 'available') staticBlocks.set(cgw, (staticBlocks.get(cgw) ?? new Set()).add(block));
    }
  }
  for (const [id, at] of resources.CustomerGateways) {
    if (!ctx.isLive('the customer gateway', id, stateOf(at.item, 'State'), ['available', 'pending'])) continue;
    const site = `site-${id}`;
    const cidrs = [...(staticBlocks.get(id) ?? [])].sort();
    if (cidrs.length === 0) ctx.report.gap(site, `the blocks behind ${id} are not in the describe output (BGP-learned): fill them in`);
    const asn = integer(at.item, 'BgpAsn');
    const ip = str(at.item, 'IpAddress');
    ctx.addNode({ id: site, kind: 'on-premises', name: `Site of ${nameOf(at.item, id)}`, props: { cidrs } });
    ctx.addNode({ id, kind: 'customer-gateway', name: nameOf(at.item, id), parent: site, props: { ...(ip ? { ip } : {}), ...(asn !== undefined ? { asn } : {}), ...provenance(id, at, at.item) } });
  }
  const vpnAttachment = new Map<string, string>();
  for (const a of attachments.values()) if (a.type === 'vpn' && a.resource && (a.state === undefined || ['available', 'pending', 'modifying'].includes(a.state))) vpnAttachment.set(a.resource, a.id);
  for (const [id, at] of resources.VpnConnections) {
    const { item } = at;
    if (!ctx.isLive('the VPN connection', id, stateOf(item, 'State'), ['available', 'pending'])) continue;
    const options = obj(item, 'Options');
    const tunnels = Math.min(2, Math.max(1, list(item, 'VgwTelemetry').length || list(options, 'TunnelOptions').length || 2));
    const region = ctx.regionOf(at);
    const parent = ctx.region(region);
    ctx.addNode({
      id, kind: 'vpn-connection', name: nameOf(item, id), ...(parent ? { parent } : {}),
      props: {
        tunnels, routing: bool(options, 'StaticRoutesOnly') ? 'static' : 'bgp',
        ...(bool(options, 'EnableAcceleration') ? { accelerated: true } : {}), ...provenance(id, at, item),
      },
    });
    const cgw = str(item, 'CustomerGatewayId');
    if (cgw && ctx.nodes.has(cgw)) ctx.addConnection({ id: `${id}-customer`, kind: 'vpn-link', source: id, target: cgw });
    else ctx.report.gap(id, `its customer gateway ${cgw ?? '(none named)'} is not in the input`);
    const vgw = str(item, 'VpnGatewayId');
    const tgw = str(item, 'TransitGatewayId');
    const awsSide = vgw ?? tgw;
    if (awsSide && ctx.nodes.has(awsSide)) {
      // The VPN attachment's id, so that transit gateway route tables can name it.
      const linkId = tgw ? (vpnAttachment.get(id) ?? `${id}-aws`) : `${id}-aws`;
      ctx.addConnection({ id: linkId, kind: 'vpn-link', source: id, target: awsSide });
    } else {
      ctx.report.gap(id, `its AWS side ${awsSide ?? '(none named)'} is not in the input`);
    }
  }
}

export function buildDirectConnect(ctx: BuildContext, attachments: Map<string, Attachment>): void {
  const { resources } = ctx.snapshot;
  for (const [id, at] of resources.DirectConnectGateways) {
    if (!ctx.isLive('the Direct Connect gateway', id, stateOf(at.item, 'DirectConnectGatewayState'), ['available', 'pending'])) continue;
    const asn = integer(at.item, 'AmazonSideAsn');
    ctx.addNode({ id, kind: 'dx-gateway', name: str(at.item, 'DirectConnectGatewayName') ?? id, props: { ...(asn !== undefined ? { asn } : {}), ...provenance(id, at, at.item, str(at.item, 'OwnerAccount')) } });
  }
  for (const [id, at] of resources.Connections) {
    const { item } = at;
    if (!ctx.isLive('the Direct Connect connection', id, stateOf(item, 'ConnectionState'), ['available', 'down', 'pending', 'ordering', 'requested'])) continue;
    const location = str(item, 'Location');
    const region = str(item, 'Region') ?? at.region;
    const parent = ctx.region(region);
    const encryption = (str(item, 'EncryptionMode') ?? '').toLowerCase();
    ctx.addNode({
      id, kind: 'dx-connection', name: str(item, 'ConnectionName') ?? id, ...(parent ? { parent } : {}),
      props: {
        ...(location ? { location } : {}), type: str(item, 'PartnerName') ? 'hosted' : 'dedicated',
        ...(str(item, 'Bandwidth') ? { bandwidth: str(item, 'Bandwidth') } : {}),
        ...(encryption === 'must_encrypt' || encryption === 'should_encrypt' ? { macsec: true } : {}),
        ...provenance(id, { ...at, region }, item, str(item, 'OwnerAccount')),
      },
    });
    // The customer's router at the location: AWS does not describe it, so one stands for it.
    const site = `site-dx-${location ?? id}`;
    if (!ctx.nodes.has(site)) {
      ctx.addNode({ id: site, kind: 'on-premises', name: `Site at ${location ?? id}`, props: { cidrs: [] } });
      ctx.report.gap(site, `stands for the network behind Direct Connect location ${location ?? '(unknown)'}: fill in its blocks`);
    }
    const router = `router-${id}`;
    ctx.addNode({ id: router, kind: 'customer-gateway', name: `Router on ${str(item, 'ConnectionName') ?? id}`, parent: site });
    ctx.addConnection({ id: `${id}-link`, kind: 'dx-link', source: id, target: router });
  }
  for (const [id, at] of resources.VirtualInterfaces) {
    const { item } = at;
    if (!ctx.isLive('the virtual interface', id, stateOf(item, 'VirtualInterfaceState'), ['available', 'down', 'pending', 'confirming', 'verifying'])) continue;
    const connection = str(item, 'ConnectionId');
    const type = (str(item, 'VirtualInterfaceType') ?? 'private').toLowerCase();
    if (!['private', 'transit', 'public'].includes(type)) {
      ctx.report.gap(id, `a ${type} virtual interface has no kind in VPC Canvas`);
      continue;
    }
    const end = type === 'public' ? 'internet' : str(item, 'DirectConnectGatewayId') || str(item, 'VirtualGatewayId');
    if (type === 'public' && !ctx.nodes.has('internet')) ctx.addNode({ id: 'internet', kind: 'internet', name: 'Internet' });
    if (!connection || !ctx.nodes.has(connection) || !end || !ctx.nodes.has(end)) {
      ctx.report.gap(id, `joins ${connection ?? '?'} and ${end || '?'}, not both of which are in the input`);
      continue;
    }
    ctx.addConnection({
      id, kind: 'vif', source: connection, target: end, name: str(item, 'VirtualInterfaceName') ?? id,
      props: { type, ...(bool(item, 'SiteLinkEnabled') ? { siteLink: true } : {}), ...provenance(id, at, item, str(item, 'OwnerAccount')) },
    });
  }
  // A transit gateway's Direct Connect gateway attachment and the association are one thing; the attachment's id wins.
  const dxAttachment = new Map<string, string>();
  for (const a of attachments.values()) if (a.type === 'direct-connect-gateway' && a.resource && a.gateway) dxAttachment.set(`${a.resource}|${a.gateway}`, a.id);
  for (const [id, at] of resources.DirectConnectGatewayAssociations) {
    const { item } = at;
    if (!ctx.isLive('the Direct Connect gateway association', id, stateOf(item, 'AssociationState'), ['associated', 'associating', 'updating'])) continue;
    const dxgw = str(item, 'DirectConnectGatewayId');
    const gateway = str(obj(item, 'AssociatedGateway'), 'Id') ?? str(item, 'VirtualGatewayId');
    if (!dxgw || !gateway || !ctx.nodes.has(dxgw) || !ctx.nodes.has(gateway)) {
      ctx.report.gap(id, `joins ${dxgw ?? '?'} and ${gateway ?? '?'}, not both of which are in the input`);
      continue;
    }
    const allowedPrefixes = list(item, 'AllowedPrefixesToDirectConnectGateway').map((p) => str(p, 'Cidr')).filter((c): c is string => c !== undefined);
    const connectionId = dxAttachment.get(`${dxgw}|${gateway}`) ?? id;
    dxAttachment.delete(`${dxgw}|${gateway}`);
    const props: Raw = { ...(allowedPrefixes.length ? { allowedPrefixes } : {}), ...provenance(id, at, item) };
    ctx.addConnection({ id: connectionId, kind: 'dxgw-association', source: dxgw, target: gateway, props });
  }
  // Attachments whose association was not described still join the two gateways.
  for (const [key, attachmentId] of dxAttachment) {
    const [dxgw, gateway] = key.split('|') as [string, string];
    if (ctx.nodes.has(dxgw) && ctx.nodes.has(gateway)) {
      ctx.addConnection({ id: attachmentId, kind: 'dxgw-association', source: dxgw, target: gateway });
      ctx.report.gap(attachmentId, 'the association itself is not in the input (aws directconnect describe-direct-connect-gateway-associations): its allowed prefixes are unknown');
    } else {
      ctx.report.gap(attachmentId, `joins ${dxgw} and ${gateway}, not both of which are in the input`);
    }
  }
}
