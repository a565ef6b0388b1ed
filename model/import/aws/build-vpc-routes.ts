/**
 * VPC route tables from `aws ec2 describe-route-tables`: static routes (local and propagated ones
 * are implied by the document), the main table, subnet associations and VGW propagation. A VPC
 * whose tables are not in the input stays implicitly routed, and the report says so.
 */
import { list, provenance, str } from './fields';
import { nameOf, type BuildContext } from './build-context';
import type { Json } from './snapshot';

type Raw = Record<string, unknown>;

/** The fields that name a route's target, in the order AWS documents them. */
const TARGET_KEYS = [
  'GatewayId', 'NatGatewayId', 'TransitGatewayId', 'VpcPeeringConnectionId', 'EgressOnlyInternetGatewayId',
  'InstanceId', 'NetworkInterfaceId', 'CarrierGatewayId', 'LocalGatewayId', 'CoreNetworkArn',
] as const;

function targetOf(route: Json): string | undefined {
  for (const key of TARGET_KEYS) {
    const value = str(route, key);
    if (value) return value;
  }
  return undefined;
}

export function buildVpcRouteTables(ctx: BuildContext): void {
  const tablesByVpc = new Map<string, Raw[]>();
  for (const [id, at] of ctx.snapshot.resources.RouteTables) {
    const { item } = at;
    const vpc = str(item, 'VpcId');
    const vpcNode = vpc ? ctx.nodes.get(vpc) : undefined;
    if (!vpc || !vpcNode) {
      ctx.report.gap(id, `its VPC ${vpc ?? '(none named)'} is not in the input`);
      continue;
    }
    const table: Raw = { id, name: nameOf(item, id) };
    const associations = list(item, 'Associations').filter((a) => {
      const state = str(a.AssociationState as Json, 'State');
      return state === undefined || state.toLowerCase() === 'associated';
    });
    if (associations.some((a) => a.Main === true)) table.main = true;
    table.routes = routesOf(ctx, id, item);
    const propagate = list(item, 'PropagatingVgws').map((p) => str(p, 'GatewayId')).filter((g): g is string => g !== undefined);
    if (propagate.length) table.propagate = propagate;
    Object.assign(table, provenance(id, at, item, str(item, 'OwnerId')));
    tablesByVpc.set(vpc, [...(tablesByVpc.get(vpc) ?? []), table]);
    associations.forEach((a, i) => {
      const subnet = str(a, 'SubnetId');
      if (subnet) {
        const node = ctx.nodes.get(subnet);
        if (node) node.props = { ...(node.props as Raw), routeTable: id };
        else ctx.report.gap(id, `associated with subnet ${subnet}, which is not in the input`, `Associations[${i}]`);
      } else if (str(a, 'GatewayId')) {
        ctx.report.gap(id, `edge association with ${str(a, 'GatewayId')} (ingress routing) is not modelled`, `Associations[${i}]`);
      }
    });
    ctx.report.count('route-table');
  }
  for (const [vpc, tables] of tablesByVpc) {
    const node = ctx.nodes.get(vpc)!;
    node.props = { ...(node.props as Raw), routeTables: tables };
  }
  for (const [id, node] of ctx.nodes) {
    if (node.kind === 'vpc' && !tablesByVpc.has(id)) ctx.report.gap(id, 'its route tables are not in the input (aws ec2 describe-route-tables): drawn implicitly routed');
  }
  markPublicSubnets(ctx, tablesByVpc);
}

function routesOf(ctx: BuildContext, tableId: string, item: Json): Raw[] {
  const routes: Raw[] = [];
  list(item, 'Routes').forEach((route, i) => {
    const field = `Routes[${i}]`;
    const target = targetOf(route);
    if (str(route, 'GatewayId') === 'local') return;
    // Propagated routes are implied by `propagate`; the gateway endpoint's prefix-list routes by its association.
    if (str(route, 'Origin') === 'EnableVgwRoutePropagation') return;
    if (str(route, 'DestinationPrefixListId') && target?.startsWith('vpce-')) return;
    const destination = str(route, 'DestinationCidrBlock') ?? str(route, 'DestinationIpv6CidrBlock');
    if (!destination) {
      ctx.report.gap(tableId, `a route to the prefix list ${str(route, 'DestinationPrefixListId') ?? '(unnamed)'} is not modelled`, field);
      return;
    }
    if (!target) {
      ctx.report.gap(tableId, `the route to ${destination} names no target`, field);
      return;
    }
    if (!ctx.has(target)) {
      ctx.report.gap(tableId, `the route to ${destination} targets ${target}, which is not in the input: kept, and it drops traffic as a blackhole`, field);
    } else if (str(route, 'State')?.toLowerCase() === 'blackhole') {
      ctx.report.gap(tableId, `the route to ${destination} is a blackhole in AWS`, field);
    }
    routes.push({ destination, target });
  });
  return routes;
}

/** A subnet is public when its table (its own, else the main one) routes 0.0.0.0/0 to an internet gateway. */
function markPublicSubnets(ctx: BuildContext, tablesByVpc: Map<string, Raw[]>): void {
  for (const node of ctx.nodes.values()) {
    if (node.kind !== 'subnet') continue;
    const tables = tablesByVpc.get(node.parent as string);
    if (!tables) continue;
    const own = (node.props as Raw).routeTable;
    const table = tables.find((t) => (own ? t.id === own : t.main === true));
    const routes = (table?.routes ?? []) as Raw[];
    const isPublic = routes.some((r) => r.destination === '0.0.0.0/0' && ctx.nodes.get(r.target as string)?.kind === 'internet-gateway');
    if (isPublic) node.props = { ...(node.props as Raw), public: true };
  }
}
