/**
 * Transit gateways, their attachments and route tables, and VPC peering connections. An
 * attachment's id (`tgw-attach-…`) becomes the id of the connection that stands for it (the VPC
 * attachment, the VPN link to the gateway, the Direct Connect gateway association, the peering),
 * so that the route tables' associations, propagations and targets name it as AWS does.
 */
import { BLACKHOLE } from '../../kinds/route-tables';
import { integer, list, obj, provenance, str, stateOf, strings } from './fields';
import { nameOf, type BuildContext } from './build-context';
import type { Json, Located } from './snapshot';

type Raw = Record<string, unknown>;

const LIVE_ATTACHMENT = ['available', 'modifying', 'pending'];

export function buildTransitGateways(ctx: BuildContext): void {
  for (const [id, at] of ctx.snapshot.resources.TransitGateways) {
    const { item } = at;
    if (!ctx.isLive('the transit gateway', id, stateOf(item, 'State'), ['available', 'pending', 'modifying'])) continue;
    const options = obj(item, 'Options');
    const asn = integer(options, 'AmazonSideAsn');
    const region = ctx.regionOf(at, 'TransitGatewayArn');
    const parent = ctx.region(region);
    ctx.addNode({
      id, kind: 'transit-gateway', name: nameOf(item, id), ...(parent ? { parent } : {}),
      props: {
        ...(asn !== undefined ? { asn } : {}),
        ...(str(options, 'MulticastSupport') === 'enable' ? { multicast: true } : {}),
        ...provenance(id, { ...at, region }, item, str(item, 'OwnerId')),
      },
    });
  }
}

/** Every attachment the input describes, merged from the three describe calls, by id. */
export interface Attachment {
  id: string;
  at: Located;
  type: string;
  gateway?: string;
  resource?: string;
  state?: string;
  /** The table it is associated with, when the input says. */
  table?: string;
  vpc?: Json;
  peering?: Json;
}

export function collectAttachments(ctx: BuildContext): Map<string, Attachment> {
  const out = new Map<string, Attachment>();
  const { resources } = ctx.snapshot;
  for (const [id, at] of resources.TransitGatewayAttachments) {
    const association = obj(at.item, 'Association');
    const associated = association && (str(association, 'State') ?? 'associated').toLowerCase() === 'associated';
    out.set(id, {
      id, at, type: (str(at.item, 'ResourceType') ?? '').toLowerCase(), gateway: str(at.item, 'TransitGatewayId'),
      resource: str(at.item, 'ResourceId'), state: stateOf(at.item, 'State'),
      ...(associated && str(association, 'TransitGatewayRouteTableId') ? { table: str(association, 'TransitGatewayRouteTableId') } : {}),
    });
  }
  for (const [id, at] of resources.TransitGatewayVpcAttachments) {
    const known = out.get(id);
    out.set(id, { ...(known ?? { id, at, type: 'vpc', gateway: str(at.item, 'TransitGatewayId'), resource: str(at.item, 'VpcId'), state: stateOf(at.item, 'State') }), vpc: at.item });
  }
  for (const [id, at] of resources.TransitGatewayPeeringAttachments) {
    const known = out.get(id);
    const requester = str(obj(at.item, 'RequesterTgwInfo'), 'TransitGatewayId');
    out.set(id, { ...(known ?? { id, at, type: 'peering', gateway: requester, state: stateOf(at.item, 'State') }), peering: at.item });
  }
  return out;
}

export function buildVpcAttachmentsAndPeerings(ctx: BuildContext, attachments: Map<string, Attachment>): void {
  for (const a of attachments.values()) {
    if (a.type !== 'vpc' && a.type !== 'peering') continue;
    if (!ctx.isLive('the transit gateway attachment', a.id, a.state, LIVE_ATTACHMENT)) continue;
    if (a.type === 'vpc') {
      if (!a.gateway || !ctx.nodes.has(a.gateway) || !a.resource || !ctx.nodes.has(a.resource)) {
        ctx.report.gap(a.id, `joins ${a.gateway ?? '?'} and ${a.resource ?? '?'}, not both of which are in the input`);
        continue;
      }
      const subnets = strings(a.vpc, 'SubnetIds').filter((s) => ctx.nodes.get(s)?.parent === a.resource);
      const applianceMode = str(obj(a.vpc, 'Options'), 'ApplianceModeSupport') === 'enable';
      ctx.addConnection({
        id: a.id, kind: 'tgw-attachment', source: a.gateway, target: a.resource, name: nameOf(a.vpc ?? a.at.item, a.id),
        props: { ...(subnets.length ? { subnets } : {}), ...(applianceMode ? { applianceMode } : {}), ...provenance(a.id, a.at, a.at.item) },
      });
    } else {
      const requester = str(obj(a.peering, 'RequesterTgwInfo'), 'TransitGatewayId') ?? a.gateway;
      const accepter = str(obj(a.peering, 'AccepterTgwInfo'), 'TransitGatewayId') ?? (a.resource !== requester ? a.resource : undefined);
      if (!requester || !accepter || !ctx.nodes.has(requester) || !ctx.nodes.has(accepter)) {
        ctx.report.gap(a.id, `peers ${requester ?? '?'} with ${accepter ?? '?'}, not both of which are in the input`);
        continue;
      }
      ctx.addConnection({ id: a.id, kind: 'tgw-peering', source: requester, target: accepter, name: nameOf(a.peering ?? a.at.item, a.id), props: provenance(a.id, a.at, a.at.item) });
    }
  }
  for (const a of attachments.values()) {
    if (!['vpc', 'peering', 'vpn', 'direct-connect-gateway'].includes(a.type)) ctx.report.gap(a.id, `a ${a.type || 'untyped'} attachment has no kind in VPC Canvas yet`);
  }
}

export function buildVpcPeerings(ctx: BuildContext): void {
  for (const [id, at] of ctx.snapshot.resources.VpcPeeringConnections) {
    const { item } = at;
    if (!ctx.isLive('the peering connection', id, stateOf(item, 'Status'), ['active'])) continue;
    const requester = str(obj(item, 'RequesterVpcInfo'), 'VpcId');
    const accepter = str(obj(item, 'AccepterVpcInfo'), 'VpcId');
    if (!requester || !accepter || !ctx.nodes.has(requester) || !ctx.nodes.has(accepter)) {
      ctx.report.gap(id, `peers ${requester ?? '?'} with ${accepter ?? '?'}, not both of which are in the input`);
      continue;
    }
    ctx.addConnection({ id, kind: 'vpc-peering', source: requester, target: accepter, name: nameOf(item, id), props: provenance(id, at, item) });
  }
}

/**
 * Transit gateway route tables: associations from the attachments (or the per-table call),
 * propagations and static routes from the per-table calls. A gateway whose tables are not in the
 * input stays implicitly routed.
 */
export function buildTgwRouteTables(ctx: BuildContext, attachments: Map<string, Attachment>): void {
  const { resources, tableCalls } = ctx.snapshot;
  const tableIds = [...resources.TransitGatewayRouteTables.keys()];
  // A per-table call that does not say its table belongs to the only table there is, or to none.
  const tableOf = (listing: { table?: string; source: string }): string | undefined => {
    if (listing.table) return listing.table;
    if (tableIds.length === 1) return tableIds[0];
    ctx.report.gap(listing.source, 'a per-route-table listing that does not say its route table (add "TransitGatewayRouteTableId" beside it, as scripts/aws-snapshot.sh does): left out');
    return undefined;
  };
  const tables = new Map<string, Raw & { associations: string[]; propagations: string[]; routes: Raw[] }>();
  const byGateway = new Map<string, string[]>();
  for (const [id, at] of resources.TransitGatewayRouteTables) {
    const gateway = str(at.item, 'TransitGatewayId');
    if (!gateway || !ctx.nodes.has(gateway)) {
      ctx.report.gap(id, `its transit gateway ${gateway ?? '(none named)'} is not in the input`);
      continue;
    }
    if (!ctx.isLive('the transit gateway route table', id, stateOf(at.item, 'State'), ['available', 'pending'])) continue;
    tables.set(id, { id, name: nameOf(at.item, id), associations: [], propagations: [], routes: [], ...provenance(id, at, at.item) });
    byGateway.set(gateway, [...(byGateway.get(gateway) ?? []), id]);
    ctx.report.count('route-table');
  }
  const drawn = (attachment: string, table: string, what: string): boolean => {
    if (ctx.connections.has(attachment)) return true;
    ctx.report.gap(table, `${what} ${attachment}, which is not drawn`);
    return false;
  };
  for (const a of attachments.values()) {
    if (a.table && tables.has(a.table) && drawn(a.id, a.table, 'associated with')) tables.get(a.table)!.associations.push(a.id);
  }
  for (const listing of tableCalls.Associations) {
    const table = tableOf(listing);
    const target = table ? tables.get(table) : undefined;
    if (!target) continue;
    for (const entry of listing.entries) {
      const id = str(entry, 'TransitGatewayAttachmentId');
      if (id && (stateOf(entry, 'State') ?? 'associated') === 'associated' && !target.associations.includes(id) && drawn(id, target.id as string, 'associated with')) target.associations.push(id);
    }
  }
  for (const listing of tableCalls.TransitGatewayRouteTablePropagations) {
    const table = tableOf(listing);
    const target = table ? tables.get(table) : undefined;
    if (!target) continue;
    for (const entry of listing.entries) {
      const id = str(entry, 'TransitGatewayAttachmentId');
      if (id && (stateOf(entry, 'State') ?? 'enabled') === 'enabled' && drawn(id, target.id as string, 'learns from')) target.propagations.push(id);
    }
  }
  for (const listing of tableCalls.Routes) {
    const table = tableOf(listing);
    const target = table ? tables.get(table) : undefined;
    if (!target) continue;
    listing.entries.forEach((entry, i) => {
      // Propagated routes follow from `propagations`; only static ones are written.
      if ((str(entry, 'Type') ?? 'static').toLowerCase() !== 'static') return;
      const destination = str(entry, 'DestinationCidrBlock');
      if (!destination) {
        ctx.report.gap(target.id as string, `a route to the prefix list ${str(entry, 'PrefixListId') ?? '(unnamed)'} is not modelled`, `Routes[${i}]`);
        return;
      }
      const via = str(list(entry, 'TransitGatewayAttachments')[0], 'TransitGatewayAttachmentId');
      const blackhole = (str(entry, 'State') ?? '').toLowerCase() === 'blackhole' || !via;
      target.routes.push({ destination, target: blackhole ? BLACKHOLE : via });
    });
  }
  for (const [gateway, ids] of byGateway) {
    const node = ctx.nodes.get(gateway)!;
    node.props = { ...(node.props as Raw), routeTables: ids.map((id) => compactTable(tables.get(id)!)) };
  }
  for (const [id, node] of ctx.nodes) {
    if (node.kind === 'transit-gateway' && !byGateway.has(id)) {
      ctx.report.gap(id, 'its route tables are not in the input (aws ec2 describe-transit-gateway-route-tables): drawn implicitly routed');
    }
  }
}

function compactTable(table: Raw & { associations: string[]; propagations: string[]; routes: Raw[] }): Raw {
  const { associations, propagations, routes, ...rest } = table;
  return { ...rest, ...(associations.length ? { associations } : {}), ...(propagations.length ? { propagations } : {}), ...(routes.length ? { routes } : {}) };
}
