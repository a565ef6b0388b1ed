/**
 * VPC and transit gateway route tables. Routes come inline (Terraform's `route` blocks) or as
 * resources of their own; the main table is named by a main-table association or a default
 * route table resource. AWS creates every VPC's main table itself, so a template or a module that
 * never names it still has one: when a VPC has tables but none is main, an empty main table (the
 * local routes only, as AWS creates it) stands for it, and the report says so.
 */
import { BLACKHOLE } from '../../kinds/route-tables';
import { labelOf, type IacContext } from './iac-context';
import type { IacResource, IacRoute } from './resources';

type Raw = Record<string, unknown>;
type Table = Raw & { id: string; routes: Raw[] };

export function buildVpcRouteTables(ctx: IacContext): void {
  const tables = new Map<string, Table>();
  const vpcOfTable = new Map<string, string>();
  const add = (r: IacResource, main: boolean) => {
    const vpc = r.fields.vpc;
    if (ctx.kindOf(vpc) !== 'vpc') {
      ctx.gap(r, `its VPC ${vpc ?? '(unknown)'} is not in the input`);
      return;
    }
    const propagate = (r.fields.propagate ?? []).filter((g) => {
      if (ctx.kindOf(g) === 'vpn-gateway') return true;
      ctx.gap(r, `propagates from ${g}, which is not in the input: left out`);
      return false;
    });
    tables.set(r.id, { id: r.id, name: labelOf(r), ...(main ? { main: true } : {}), routes: routesOf(ctx, r, r.fields.routes ?? []), ...(propagate.length ? { propagate } : {}), ...ctx.provenance(r) });
    vpcOfTable.set(r.id, vpc!);
    ctx.report.count('route-table');
  };
  for (const r of ctx.of('default-route-table')) add(r, true);
  for (const r of ctx.of('route-table')) add(r, false);
  for (const r of ctx.of('main-route-table-association')) {
    const table = tables.get(r.fields.table ?? '');
    if (!table || vpcOfTable.get(table.id) !== r.fields.vpc) {
      ctx.gap(r, `makes ${r.fields.table ?? '(unknown)'} the main table of ${r.fields.vpc ?? '(unknown)'}, not both of which are in the input`);
      continue;
    }
    for (const [id, other] of tables) if (vpcOfTable.get(id) === r.fields.vpc) delete other.main;
    table.main = true;
  }
  // A table named by its VPC (`aws_vpc.main.main_route_table_id`) is that VPC's main table.
  const tableOf = (id: string | undefined): Table | undefined => {
    if (ctx.kindOf(id) !== 'vpc') return tables.get(id ?? '');
    const main = [...tables.values()].find((t) => t.main === true && vpcOfTable.get(t.id) === id);
    return main ?? addMainTable(id!);
  };
  const addMainTable = (vpc: string): Table => {
    const table: Table = { id: `${vpc}-main-route-table`, name: 'main', main: true, routes: [] };
    tables.set(table.id, table);
    vpcOfTable.set(table.id, vpc);
    ctx.report.gap(vpc, `its main route table is not in the input (AWS creates it with the VPC): ${table.id}, with the local routes only, stands for it`);
    ctx.report.count('route-table');
    return table;
  };
  for (const r of ctx.of('route')) {
    const table = tableOf(r.fields.table);
    if (!table) {
      ctx.gap(r, `a route of ${r.fields.table ?? '(an unknown table)'}, which is not in the input: left out`);
      continue;
    }
    table.routes.push(...routesOf(ctx, r, [{ destination: r.fields.destination, target: r.fields.target, field: r.originId }]));
  }
  for (const r of ctx.of('vgw-propagation')) {
    const vgw = r.fields.gateway;
    if (ctx.kindOf(vgw) !== 'vpn-gateway') {
      ctx.gap(r, `propagates from ${vgw ?? '(an unknown gateway)'}, which is not in the input`);
      continue;
    }
    for (const id of r.fields.routeTables ?? []) {
      const table = tableOf(id);
      if (table) table.propagate = [...new Set([...((table.propagate as string[] | undefined) ?? []), vgw!])].sort();
      else ctx.gap(r, `propagates into ${id}, which is not in the input`);
    }
  }
  for (const r of ctx.of('route-table-association')) {
    const { subnet, gateway } = r.fields;
    const table = tableOf(r.fields.table)?.id;
    if (!table) ctx.gap(r, `associates ${r.fields.table ?? '(an unknown table)'}, which is not in the input`);
    else if (gateway) ctx.gap(r, `edge association with ${gateway} (ingress routing) is not modelled`);
    else if (ctx.kindOf(subnet) !== 'subnet') ctx.gap(r, `associates ${subnet ?? '(an unknown subnet)'}, which is not in the input`);
    else if (ctx.nodes.get(subnet!)!.parent !== vpcOfTable.get(table!)) ctx.gap(r, `associates ${subnet} with a table of another VPC: left out`);
    else {
      const node = ctx.nodes.get(subnet!)!;
      node.props = { ...(node.props as Raw), routeTable: table };
    }
  }
  const byVpc = new Map<string, Raw[]>();
  for (const [id, table] of tables) {
    const vpc = vpcOfTable.get(id)!;
    const { routes, ...rest } = table;
    byVpc.set(vpc, [...(byVpc.get(vpc) ?? []), { ...rest, ...(routes.length ? { routes } : {}) }]);
  }
  for (const [vpc, list] of byVpc) {
    // The main table first, as AWS lists it; the others in the order of their addresses or logical ids.
    list.sort((a, b) => Number(b.main === true) - Number(a.main === true));
    if (!list.some((t) => t.main === true)) {
      const { routes, ...main } = addMainTable(vpc);
      list.unshift({ ...main, ...(routes.length ? { routes } : {}) });
    }
    const node = ctx.nodes.get(vpc)!;
    node.props = { ...(node.props as Raw), routeTables: list };
  }
  for (const [id, node] of ctx.nodes) {
    if (node.kind === 'vpc' && !byVpc.has(id)) ctx.report.gap(id, 'no route table of it is in the input: drawn implicitly routed (AWS gives it a main table with the local routes only)');
  }
  markPublicSubnets(ctx, byVpc);
}

function routesOf(ctx: IacContext, r: IacResource, routes: readonly IacRoute[]): Raw[] {
  const out: Raw[] = [];
  for (const route of routes) {
    const field = route.field === r.originId ? undefined : route.field;
    if (!route.destination) {
      ctx.gap(r, 'a route whose destination is a prefix list or is not known is not modelled', field);
      continue;
    }
    if (!route.target) {
      ctx.gap(r, `the route to ${route.destination} names no target this version maps (or it is unknown until apply)`, field);
      continue;
    }
    const target = ctx.attachment(route.target)!;
    if (!ctx.has(target)) ctx.gap(r, `the route to ${route.destination} targets ${route.target}, which is not in the input: kept, and it drops traffic as a blackhole`, field);
    out.push({ destination: route.destination, target });
  }
  return out;
}

/** A subnet is public when its table (its own, else the main one) routes 0.0.0.0/0 to an internet gateway. */
function markPublicSubnets(ctx: IacContext, byVpc: Map<string, Raw[]>): void {
  for (const node of ctx.nodes.values()) {
    if (node.kind !== 'subnet') continue;
    const tables = byVpc.get(node.parent as string);
    if (!tables) continue;
    const own = (node.props as Raw).routeTable;
    const table = tables.find((t) => (own ? t.id === own : t.main === true));
    const routes = (table?.routes ?? []) as Raw[];
    if (routes.some((x) => x.destination === '0.0.0.0/0' && ctx.kindOf(x.target as string) === 'internet-gateway')) node.props = { ...(node.props as Raw), public: true };
  }
}

export function buildTgwRouteTables(ctx: IacContext): void {
  type TgwTable = Raw & { associations: string[]; propagations: string[]; routes: Raw[] };
  const tables = new Map<string, TgwTable>();
  const tgwOf = new Map<string, string>();
  for (const r of ctx.of('tgw-route-table')) {
    const tgw = r.fields.transitGateway;
    if (ctx.kindOf(tgw) !== 'transit-gateway') {
      ctx.gap(r, `its transit gateway ${tgw ?? '(unknown)'} is not in the input`);
      continue;
    }
    tables.set(r.id, { id: r.id, name: labelOf(r), associations: [], propagations: [], routes: [], ...ctx.provenance(r) });
    tgwOf.set(r.id, tgw!);
    ctx.report.count('route-table');
  }
  const member = (r: IacResource, what: string): { table: TgwTable; attachment: string } | undefined => {
    const table = tables.get(r.fields.table ?? '');
    const attachment = ctx.attachment(r.fields.attachment);
    if (!table || !ctx.has(attachment)) {
      ctx.gap(r, `${what} ${r.fields.attachment ?? '(an unknown attachment)'} in ${r.fields.table ?? '(an unknown table)'}, not both of which are in the input`);
      return undefined;
    }
    return { table, attachment };
  };
  for (const r of ctx.of('tgw-association')) {
    const m = member(r, 'associates');
    if (m) m.table.associations.push(m.attachment);
  }
  for (const r of ctx.of('tgw-propagation')) {
    const m = member(r, 'propagates');
    if (m) m.table.propagations.push(m.attachment);
  }
  for (const r of ctx.of('tgw-route')) {
    const table = tables.get(r.fields.table ?? '');
    if (!table || !r.fields.destination) {
      ctx.gap(r, `a route of ${r.fields.table ?? '(an unknown table)'}${r.fields.destination ? ', which is not in the input' : ' to an unknown destination'}: left out`);
      continue;
    }
    if (r.fields.blackhole) {
      table.routes.push({ destination: r.fields.destination, target: BLACKHOLE });
      continue;
    }
    const target = ctx.attachment(r.fields.attachment);
    if (!target) {
      ctx.gap(r, `the route to ${r.fields.destination} names no attachment (or it is unknown until apply): left out`);
      continue;
    }
    if (!ctx.has(target)) ctx.gap(r, `the route to ${r.fields.destination} targets ${target}, which is not in the input: kept, and it drops traffic`);
    table.routes.push({ destination: r.fields.destination, target });
  }
  const byTgw = new Map<string, Raw[]>();
  for (const [id, t] of tables) {
    const { associations, propagations, routes, ...rest } = t;
    const tgw = tgwOf.get(id)!;
    byTgw.set(tgw, [...(byTgw.get(tgw) ?? []), {
      ...rest, ...(associations.length ? { associations: [...associations].sort() } : {}),
      ...(propagations.length ? { propagations: [...propagations].sort() } : {}), ...(routes.length ? { routes } : {}),
    }]);
  }
  for (const [tgw, list] of byTgw) {
    const node = ctx.nodes.get(tgw)!;
    node.props = { ...(node.props as Raw), routeTables: list };
  }
}
